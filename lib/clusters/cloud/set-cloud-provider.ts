import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import type { Actor } from "@/lib/audit/actor";
import type { SessionUser } from "@/lib/auth/session-user";
import { db, transaction } from "@/lib/db";
import { badRequest, notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUuid } from "@/lib/incidents/incident-id";
import { parseInput } from "@/lib/validation";
import { CLUSTER_SELECT, toClusterView } from "../cluster-view";
import { checkCloudCredentials } from "./check-cloud-credentials";
import type { AwsCredentials, AwsSettings, GceCredentials, GceSettings } from "./cloud-config";
import { readStoredCredentials, sealCloudCredentials } from "./load-cloud-config";
import { ZSetCloudProviderInput, type SetCloudProviderData, type TSetCloudProviderInput } from "./schemas";

type Resolved = { settings: GceSettings | AwsSettings; credentials: GceCredentials | AwsCredentials; credentialsReplaced: boolean };

const needCredentials = (field: string, message: string) => badRequest(`Cloud provider not saved: ${message}`, { [field]: [message] });

// New credentials replace the stored ones; none given keeps them, but only
// for the same kind of provider (a GCE key is no use to AWS).
function resolve(data: SetCloudProviderData, stored: { kind: string; credentials: Record<string, unknown> } | null): Resolved {
  const kept = stored?.kind === data.kind ? stored.credentials : undefined;
  if (data.kind === "gce") {
    const key = data.serviceAccountKey ?? (kept as GceCredentials | undefined)?.serviceAccountKey;
    if (!key) throw needCredentials("serviceAccountKey", "paste the service account key (JSON) Cordon signs in with");
    const settings: GceSettings = { serviceAccountEmail: key.client_email, ...(data.project ? { project: data.project } : {}), ...(data.apiEndpoint ? { apiEndpoint: data.apiEndpoint } : {}) };
    return { settings, credentials: { serviceAccountKey: key }, credentialsReplaced: data.serviceAccountKey !== undefined };
  }
  const given = data.accessKeyId && data.secretAccessKey ? { accessKeyId: data.accessKeyId, secretAccessKey: data.secretAccessKey, ...(data.sessionToken ? { sessionToken: data.sessionToken } : {}) } : undefined;
  const credentials = given ?? (kept as AwsCredentials | undefined);
  if (!credentials) throw needCredentials("accessKeyId", "give the access key id and secret access key Cordon signs in with");
  const settings: AwsSettings = { ...(data.region ? { region: data.region } : {}), ...(data.roleArn ? { roleArn: data.roleArn } : {}), ...(data.apiEndpoint ? { apiEndpoint: data.apiEndpoint } : {}) };
  return { settings, credentials, credentialsReplaced: given !== undefined };
}

/**
 * Sets or replaces a cluster's cloud provider (admins only, checked by the
 * route). The credentials are first checked live with one read-only call
 * to the provider — outside the transaction, as it is network I/O — and a
 * failed check stores nothing. Then the credentials are sealed; the audit
 * entry records what changed and whom the check signed in as, never a
 * secret, in the same transaction as the change.
 */
export async function setCloudProvider(user: SessionUser, actor: Actor, clusterId: string, input: TSetCloudProviderInput) {
  const data = parseInput(ZSetCloudProviderInput, input);
  if (!isUuid(clusterId)) throw notFound("Cluster");
  if (!(await db.cluster.findUnique({ where: { id: clusterId }, select: { id: true } }))) throw notFound("Cluster");
  const { settings, credentials, credentialsReplaced } = resolve(data, await readStoredCredentials(db, clusterId));
  const check = await checkCloudCredentials(data.kind, settings, credentials);
  if (!check.ok) throw badRequest(`Cloud provider not saved: ${check.message}`, { [check.field]: [check.message] });
  const checkedAt = new Date();
  return transaction(async (tx) => {
    const cluster = await tx.cluster.findUnique({ where: { id: clusterId }, select: { id: true, name: true } });
    if (!cluster) throw notFound("Cluster");
    const stored = await tx.clusterCloudProvider.findUnique({ where: { clusterId }, select: { kind: true } });
    // What is stored is exactly what was checked.
    const row = { kind: data.kind, settings: settings as unknown as Prisma.InputJsonObject, credentialsEncrypted: sealCloudCredentials(credentials), checkedAt, checkedAs: check.checkedAs, updatedById: user.id };
    await tx.clusterCloudProvider.upsert({ where: { clusterId }, create: { clusterId, ...row }, update: row, select: { clusterId: true } });
    await appendAudit(tx, actor, {
      action: stored ? "cluster.cloud_provider_replaced" : "cluster.cloud_provider_set",
      targetType: "cluster",
      targetId: clusterId,
      data: { name: cluster.name, kind: data.kind, ...settings, ...(stored && stored.kind !== data.kind ? { previousKind: stored.kind } : {}), credentialsReplaced, checkedAs: check.checkedAs },
    });
    return toClusterView(await tx.cluster.findUniqueOrThrow({ where: { id: clusterId }, select: CLUSTER_SELECT }));
  });
}
