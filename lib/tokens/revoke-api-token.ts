import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import { TOKEN_LIST_SELECT } from "./token-select";

// People revoke their own tokens; the lookup is scoped to the owner so
// another person's token is simply "not found".
export async function revokeApiToken(actor: Actor, userId: string, tokenId: string) {
  return transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId }, select: TOKEN_LIST_SELECT });
    if (!token) throw notFound("API token");
    if (token.revokedAt) throw badRequest(`The token "${token.name}" is already revoked`);
    const revoked = await tx.apiToken.update({
      where: { id: tokenId },
      data: { revokedAt: new Date() },
      select: TOKEN_LIST_SELECT,
    });
    await appendAudit(tx, actor, { action: "token.revoke", targetType: "api_token", targetId: tokenId, data: { name: token.name } });
    return revoked;
  });
}
