/**
 * zod's error messages in plain German for newsroom users ("Mindestens 10 Zeichen."), falling back to
 * zod's own German locale for the rarer cases. Schemas can still pass their own message.
 */
import { z } from "zod";

const fallback = z.locales.de().localeError;

z.config({
  localeError: (issue) => {
    switch (issue.code) {
      case "too_small":
        if (issue.origin === "string") return Number(issue.minimum) <= 1 ? "Bitte ausfüllen." : `Mindestens ${issue.minimum} Zeichen.`;
        if (issue.origin === "array" || issue.origin === "set") return `Bitte mindestens ${issue.minimum} auswählen.`;
        return `Mindestens ${issue.minimum}.`;
      case "too_big":
        if (issue.origin === "string") return `Höchstens ${issue.maximum} Zeichen.`;
        if (issue.origin === "array" || issue.origin === "set") return `Höchstens ${issue.maximum} auswählen.`;
        return `Höchstens ${issue.maximum}.`;
      case "invalid_type":
        return issue.input === undefined || issue.input === "" ? "Pflichtfeld." : "Ungültiger Wert.";
      case "invalid_format":
        if (issue.format === "email") return "Bitte eine gültige E-Mail-Adresse angeben.";
        if (issue.format === "url") return "Bitte eine gültige Adresse (URL) angeben.";
        return "Ungültiges Format.";
      case "invalid_value":
        return "Bitte eine der angebotenen Möglichkeiten wählen.";
      default:
        return fallback(issue);
    }
  },
});
