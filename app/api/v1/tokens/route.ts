import { route } from "@/lib/http/route";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";
import { ZCreateTokenInput } from "@/lib/tokens/schemas";

export const GET = route({ capability: "tokens:own", handler: async ({ user }) => ({ tokens: await listApiTokens(user.id) }) });

export const POST = route({
  capability: "tokens:own",
  body: ZCreateTokenInput,
  status: 201,
  handler: ({ user, actor, body }) => createApiToken(actor, user.id, body),
});
