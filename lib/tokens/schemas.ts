import { z } from "zod";

export const MAX_TOKEN_DAYS = 365;

export const ZCreateTokenInput = z.object({
  name: z.string().trim().min(1, "Name the token after what will use it").max(80),
  expiresInDays: z.coerce
    .number()
    .int()
    .min(1, "A token lives at least one day")
    .max(MAX_TOKEN_DAYS, `A token lives at most ${MAX_TOKEN_DAYS} days`)
    .default(90),
});
export type TCreateTokenInput = z.input<typeof ZCreateTokenInput>;

export const ZRevokeTokenInput = z.object({ tokenId: z.uuid() });
