"use client";

/** Last resort when a root layout itself fails: no layout, no translations, just a way back. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="de">
      <body style={{ fontFamily: "system-ui, sans-serif", textAlign: "center", padding: "6rem 1rem" }}>
        <h1>Etwas ist schiefgelaufen</h1>
        <p>Bitte versuchen Sie es gleich noch einmal.</p>
        <button type="button" onClick={reset}>
          Erneut versuchen
        </button>
      </body>
    </html>
  );
}
