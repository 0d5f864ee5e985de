import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { generateApiToken } from "@/lib/auth/bearer-token";
import { transaction } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { ZCreateTokenInput, type TCreateTokenInput } from "./schemas";
import { TOKEN_LIST_SELECT } from "./token-select";

// Creates a personal API token. The token itself is returned only here, once;
// Cordon keeps nothing but its hash.
export async function createApiToken(actor: Actor, userId: string, input: TCreateTokenInput) {
  const { name, expiresInDays } = parseInput(ZCreateTokenInput, input);
  const { token, tokenHash, prefix } = generateApiToken();
  const expiresAt = new Date(Date.now() + expiresInDays * 24 * 60 * 60_000);
  return transaction(async (tx) => {
    const record = await tx.apiToken.create({
      data: { userId, name, tokenHash, prefix, expiresAt },
      select: TOKEN_LIST_SELECT,
    });
    await appendAudit(tx, actor, {
      action: "token.create",
      targetType: "api_token",
      targetId: record.id,
      data: { userId, name, prefix, expiresAt: expiresAt.toISOString() },
    });
    return { ...record, token };
  });
}
