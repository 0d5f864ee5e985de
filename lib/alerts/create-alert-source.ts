import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { parseInput } from "@/lib/validation";
import { generateIngestToken } from "./ingest-token";
import { ZCreateAlertSourceInput, type TCreateAlertSourceInput } from "./schemas";
import { ingestUrlOf } from "./source-select";

// Registers a sender of alerts. The token is returned here only, once.
export async function createAlertSource(actor: Actor, input: TCreateAlertSourceInput, options: { sandbox?: boolean } = {}) {
  const data = parseInput(ZCreateAlertSourceInput, input);
  const { token, tokenHash, tokenPrefix } = generateIngestToken();
  return transaction(async (tx) => {
    const source = await tx.alertSource.create({
      data: { kind: data.kind, name: data.name, tokenHash, tokenPrefix, mapping: (data.mapping ?? undefined) as Prisma.InputJsonValue | undefined, sandbox: options.sandbox ?? false },
      select: { id: true, kind: true, name: true },
    });
    await appendAudit(tx, actor, { action: "alert_source.create", targetType: "alert_source", targetId: source.id, data: { kind: data.kind, name: data.name, tokenPrefix } });
    return { source, ingestUrl: ingestUrlOf(source.id), token };
  });
}
