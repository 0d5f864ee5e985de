import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { resealSecrets } from "@/lib/secrets/reseal-secrets";
import { openSecret, openSecretWithKeyIndex, sealSecret } from "@/lib/secrets/secret-box";
import { secretKeyRing } from "@/lib/secrets/secret-key-ring";
import { uniqueWord } from "@/test/helpers/incidents";

// Other test files share this database and read their rows with the test
// key, so the ring here keeps that key current and only adds an older one.
const ring = { ...secretKeyRing(), previous: [randomBytes(32)] };
const created: { channels: string[]; clusters: string[] } = { channels: [], clusters: [] };

afterAll(async () => {
  await db.notifyChannel.deleteMany({ where: { id: { in: created.channels } } });
  await db.cluster.deleteMany({ where: { id: { in: created.clusters } } });
});

async function channelSealedWith(key: Buffer, secrets: Record<string, string>) {
  const channel = await db.notifyChannel.create({
    data: { name: uniqueWord("reseal"), kind: "WEBHOOK", enabled: false, secretsSealed: sealSecret(JSON.stringify(secrets), key), previousSecretSealed: sealSecret("old-signing", key) },
    select: { id: true, name: true },
  });
  created.channels.push(channel.id);
  return channel;
}

describe("re-sealing stored secrets after a key rotation", () => {
  it("seals with the current key what a previous key sealed, keeps the plaintext, names what no key opens, and audits it", async () => {
    const rotated = await channelSealedWith(ring.previous[0]!, { url: "https://hooks.example/r", signingSecret: "whsec_1" });
    const cluster = await db.cluster.create({
      data: { name: uniqueWord("reseal-cluster"), credentialKind: "kubeconfig", kubeconfigEncrypted: sealSecret("apiVersion: v1", ring.previous[0]!) },
      select: { id: true },
    });
    created.clusters.push(cluster.id);
    const lost = await channelSealedWith(randomBytes(32), { url: "https://hooks.example/lost" });

    const report = await resealSecrets(SYSTEM_ACTOR, ring);

    // This file's three values (two of the channel, one kubeconfig) were resealed.
    expect(report.resealed).toBeGreaterThanOrEqual(3);
    expect(report.unreadable).toEqual(expect.arrayContaining([`secrets of channel ${lost.name}`, `previous signing secret of channel ${lost.name}`]));
    const channel = await db.notifyChannel.findUniqueOrThrow({ where: { id: rotated.id } });
    expect(openSecretWithKeyIndex(channel.secretsSealed, [ring.current]).plaintext).toBe(JSON.stringify({ url: "https://hooks.example/r", signingSecret: "whsec_1" }));
    expect(openSecret(channel.previousSecretSealed!, ring.current)).toBe("old-signing");
    const kubeconfig = await db.cluster.findUniqueOrThrow({ where: { id: cluster.id }, select: { kubeconfigEncrypted: true } });
    expect(openSecret(kubeconfig.kubeconfigEncrypted!, ring.current)).toBe("apiVersion: v1");
    // What no key opens is left as it was, for its owner to enter again.
    const untouched = await db.notifyChannel.findUniqueOrThrow({ where: { id: lost.id } });
    expect(() => openSecret(untouched.secretsSealed, [ring.current, ...ring.previous])).toThrow();

    const audit = await db.auditEntry.findFirst({ where: { action: "secrets.resealed" }, orderBy: { seq: "desc" } });
    expect(audit?.data).toMatchObject({ resealed: report.resealed, previousKeys: 1 });

    // A second run finds everything readable already current.
    const again = await resealSecrets(SYSTEM_ACTOR, ring);
    expect(again.resealed).toBe(0);
  });
});
