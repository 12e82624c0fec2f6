/** Input of the media actions. The file's bytes are checked in lib/media.ts; here only its presence. */
import { z } from "zod";

export const uploadImageSchema = z.object({
  // A Blob passes too: some runtimes hand FormData files over as Blob, and the bytes decide anyway.
  file: z.instanceof(Blob, { message: "Bitte wählen Sie ein Bild aus." }),
});
