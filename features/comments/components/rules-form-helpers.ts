import { startTransition, type FormEvent } from "react";

export type { FormAction } from "@/components/ui/action-button";

/**
 * React resets a form after its `action` ran, which would throw away what was typed when the server
 * answers with errors. Submitting through a transition from onSubmit keeps the inputs; the form keeps
 * its `action` too, so it still posts without JavaScript. (The same small helper as the sections forms'.)
 */
export function submitKeepingValues(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => formAction(data));
  };
}
