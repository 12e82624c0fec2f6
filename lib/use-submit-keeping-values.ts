import { startTransition, type FormEvent } from "react";

/**
 * React resets a form after its `action` ran, which would throw away what was typed or ticked when
 * the server answers with errors. Submitting through a transition from onSubmit keeps the inputs;
 * the form keeps its `action` too, so it still posts without JavaScript.
 */
export function useSubmitKeepingValues(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}
