import "server-only";
import { createHash } from "node:crypto";
import type { PassThrough, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import yazl from "yazl";
import { badRequest } from "@/lib/errors";
import { HashMismatchError } from "../hashing/hash-errors";
import { createHashingCounter } from "../hashing/hashing-counter";
import { isSha256Hex } from "../hashing/sha256-hex";
import { EvidenceTamperedError } from "./bundle-errors";
import {
  BUNDLE_ENTRY,
  type BundleArtefactInput,
  type BundleFileDigest,
  type EvidenceBundleInput,
  type EvidenceBundleManifest,
  type EvidenceBundleResult,
} from "./bundle-types";
import { formatCsv } from "./csv";
import { assignSafeFileNames } from "./safe-file-names";
import { formatSha256Sums } from "./sha256sums";
import { toPrettyJson } from "./to-json";

// Streams a zip to `output`: artefacts one at a time straight from storage,
// each re-hashed on the way in, so neither the zip nor an artefact is ever
// held in memory. On failure the output is destroyed (never left looking
// like a complete bundle) and the promise rejects.
export async function writeEvidenceBundle(output: Writable, input: EvidenceBundleInput): Promise<EvidenceBundleResult> {
  // Checked before the first byte is written: a bad entry is a caller bug.
  const expectedHashes = input.artefacts.map(expectedSha256Of);
  const paths = assignSafeFileNames(input.artefacts.map((artefact) => artefact.fileName)).map(
    (name) => `${BUNDLE_ENTRY.artefactsDir}${name}`,
  );
  const mtime = input.generatedAt;
  const zip = new yazl.ZipFile();
  const zipOutput = zip.outputStream as PassThrough;
  // If the destination fails, the artefact being streamed must stop too,
  // or it would wait forever on backpressure.
  const outputFailed = new AbortController();
  const written = pipeline(zipOutput, output);
  written.catch((error: unknown) => outputFailed.abort(error));
  zip.on("error", (error: Error) => zipOutput.destroy(error));

  try {
    const artefacts: BundleFileDigest[] = [];
    for (const [index, artefact] of input.artefacts.entries()) {
      const path = paths[index]!;
      const expected = expectedHashes[index]!;
      artefacts.push(await addArtefact(zip, artefact, path, expected, mtime, outputFailed.signal));
    }
    const files = [
      addText(zip, BUNDLE_ENTRY.custody, formatCsv(input.custodyCsvRows), mtime),
      addText(zip, BUNDLE_ENTRY.timeline, toPrettyJson(input.timeline), mtime),
      addText(zip, BUNDLE_ENTRY.summary, input.summaryHtml, mtime),
    ];
    const manifest = addText(zip, BUNDLE_ENTRY.manifest, toPrettyJson(buildManifest(input, artefacts, files)), mtime);
    zip.addBuffer(Buffer.from(formatSha256Sums([...artefacts, manifest, ...files].map(toSumsLine))), BUNDLE_ENTRY.sums, {
      mtime,
    });
    zip.end();
    await written;
    return { artefacts, manifestSha256: manifest.sha256 };
  } catch (error) {
    const cause: unknown = outputFailed.signal.aborted ? outputFailed.signal.reason : error;
    zipOutput.destroy(cause instanceof Error ? cause : new Error(String(cause)));
    await written.catch(() => undefined);
    throw cause;
  }
}

async function addArtefact(
  zip: yazl.ZipFile,
  artefact: BundleArtefactInput,
  path: string,
  expectedSha256: string,
  mtime: Date,
  signal: AbortSignal,
): Promise<BundleFileDigest> {
  const source = await artefact.open();
  // The counter fails at its end on a mismatch, before yazl can finish the
  // entry, so a tampered artefact never appears complete in the zip.
  const counter = createHashingCounter({ expectedSha256, label: path });
  zip.addReadStream(counter, path, { mtime });
  try {
    await pipeline(source, counter, { signal });
  } catch (error) {
    if (error instanceof HashMismatchError) throw new EvidenceTamperedError(path, error.expected, error.actual);
    throw error;
  }
  return { path, ...counter.digest() };
}

function addText(zip: yazl.ZipFile, path: string, text: string, mtime: Date): BundleFileDigest {
  const buffer = Buffer.from(text, "utf8");
  zip.addBuffer(buffer, path, { mtime });
  return { path, sha256: createHash("sha256").update(buffer).digest("hex"), size: buffer.length };
}

function expectedSha256Of(artefact: BundleArtefactInput, index: number): string {
  const value = artefact.manifestEntry.sha256;
  const sha256 = typeof value === "string" ? value.toLowerCase() : value;
  if (!isSha256Hex(sha256)) {
    throw badRequest(`Artefact ${index + 1} (${artefact.fileName}) has no valid sha256 in its evidence record`);
  }
  return sha256;
}

function buildManifest(
  input: EvidenceBundleInput,
  artefacts: BundleFileDigest[],
  files: BundleFileDigest[],
): EvidenceBundleManifest {
  return {
    format: "cordon-evidence-bundle",
    formatVersion: 1,
    generatedAt: input.generatedAt.toISOString(),
    generatedBy: input.generatedBy,
    incident: input.incident,
    artefacts: artefacts.map((digest, index) => ({
      ...digest,
      originalFileName: input.artefacts[index]!.fileName,
      evidence: input.artefacts[index]!.manifestEntry,
    })),
    files,
  };
}

const toSumsLine = ({ path, sha256 }: BundleFileDigest) => ({ name: path, sha256 });
