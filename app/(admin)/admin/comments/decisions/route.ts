/**
 * POST /admin/comments/decisions: the moderation desk's decisions as JSON — `{ "command": "decide" }`
 * (one comment: the card buttons and the keyboard), `"bulk"` (the bulk bar) and `"undo"`, with the
 * command's fields beside it (features/comments/desk-commands.ts: session, permission, zod, one
 * transaction). Answers the ActionResult with 200, 400, 401, 403 or 409. A route handler, not a server
 * action: an action's POST to the queue page went through the page's machinery, ~4 ms of each decision.
 */
import { DESK_COMMANDS } from "@/features/comments/desk-commands";
import { staffRoute } from "@/lib/action";

export const dynamic = "force-dynamic";

export const POST = staffRoute(DESK_COMMANDS);
