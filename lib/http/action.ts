import "server-only";
import type { z } from "zod";
import { actorOf, type Actor } from "@/lib/audit/actor";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can, type Capability } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, type FieldErrors } from "@/lib/errors";
import { log } from "@/lib/log";
import { parseInput } from "@/lib/validation";
import { mapDatabaseError } from "./map-database-error";

export type ActionResult<T> = { ok: true; data: T } | { ok: false; error: string; fields?: FieldErrors };

type ActionCtx = { user: SessionUser; actor: Actor };

// The one wrapper every server action goes through. Actions answer with a
// result object instead of throwing, so forms can show the message.
export function action<S extends z.ZodType, T>(
  capability: Capability,
  schema: S,
  run: (input: z.infer<S>, ctx: ActionCtx) => Promise<T>,
): (input: z.input<S>) => Promise<ActionResult<T>> {
  return async (input) => {
    try {
      const user = await getCurrentUser();
      if (!user) throw new AppError("UNAUTHENTICATED", "Your session has ended; sign in again");
      if (!can(user.role, capability)) throw new AppError("FORBIDDEN", "Your role does not allow this");
      const data = await run(parseInput(schema, input), { user, actor: actorOf(user) });
      return { ok: true, data };
    } catch (error) {
      const known = error instanceof AppError ? error : mapDatabaseError(error);
      if (known) return { ok: false, error: known.message, fields: known.details?.fields };
      log.error({ err: error }, "unhandled error in server action");
      return { ok: false, error: "Something went wrong on our side. It has been logged; please try again." };
    }
  };
}
