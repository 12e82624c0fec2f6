/** zod's error messages in German, the UI's default language. */
import { z } from "zod";

z.config(z.locales.de());
