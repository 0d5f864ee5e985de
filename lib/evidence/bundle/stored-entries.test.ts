import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import yazl from "yazl";
import { readStream, sha256Of } from "../hashing/test-streams";
import { forEachZipEntry } from "./read-zip";
import { verifyEvidenceBundle } from "./verify-evidence-bundle";
import { writeEvidenceBundle } from "./write-evidence-bundle";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cordon-bundle-stored-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

// Recipients re-zip bundles with tools that store entries uncompressed
// (zip -0, Python's zipfile): verification must read those too, and never
// stall into a silent "success".
async function rezipStored(source: string, target: string, change?: { name: string; content: Buffer }) {
  const zip = new yazl.ZipFile();
  await forEachZipEntry(source, async (entry, open) => {
    const data = await readStream(await open());
    zip.addBuffer(entry.fileName === change?.name ? change.content : data, entry.fileName, { compress: false });
  });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(target));
}

describe("bundles with stored (uncompressed) entries", () => {
  it("verify when intact and report a changed artefact", async () => {
    const original = path.join(dir, "original.zip");
    const content = Buffer.from("pod log\n");
    await writeEvidenceBundle(createWriteStream(original), {
      incident: { number: 7, title: "Miner" },
      artefacts: [{ fileName: "pod.log", manifestEntry: { sha256: sha256Of(content) }, open: async () => Readable.from([content]) }],
      custodyCsvRows: [["evidence", "action"]],
      timeline: [],
      summaryHtml: "<p>summary</p>",
      generatedBy: "test",
      generatedAt: new Date("2026-01-01T00:00:00Z"),
    });
    const stored = path.join(dir, "stored.zip");
    await rezipStored(original, stored);
    expect(await verifyEvidenceBundle(stored)).toMatchObject({ ok: true, problems: [] });

    const tampered = path.join(dir, "tampered.zip");
    await rezipStored(original, tampered, { name: "artefacts/pod.log", content: Buffer.from("pod lOg\n") });
    const result = await verifyEvidenceBundle(tampered);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([`artefacts/pod.log does not match SHA256SUMS: expected ${sha256Of(content)}, actual ${sha256Of("pod lOg\n")}`]);
  });
});
