// Loaded with `node --import`: lets a bench probe import the app's server modules outside Next, where the
// `server-only` guard package would throw (Next and Vitest resolve it to an empty module too).
import { register } from "node:module";

register(
  "data:text/javascript," +
    encodeURIComponent(
      `export async function resolve(specifier, context, next) {
        if (specifier === "server-only") return { url: "data:text/javascript,", shortCircuit: true };
        return next(specifier, context);
      }`,
    ),
);
