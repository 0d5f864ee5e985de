import { z } from "zod";
import { BUNDLE_ENTRY } from "./bundle-types";
import { type BundleEntries, readBundleEntries } from "./read-bundle-entries";
import { parseSha256Sums, type Sha256SumsLine } from "./sha256sums";

export type BundleFileCheck = { name: string; expected: string; actual: string | null; ok: boolean };
export type BundleVerification = { ok: boolean; files: BundleFileCheck[]; problems: string[] };

const ZManifestDigests = z.object({
  artefacts: z.array(z.object({ path: z.string(), sha256: z.string() })),
  files: z.array(z.object({ path: z.string(), sha256: z.string() })).default([]),
});

// Checks a bundle the way its recipient would: every SHA256SUMS line against
// the bytes in the zip, nothing missing or extra, and manifest.json telling
// the same story as SHA256SUMS.
export async function verifyEvidenceBundle(zipPath: string): Promise<BundleVerification> {
  let entries: BundleEntries;
  try {
    entries = await readBundleEntries(zipPath);
  } catch (error) {
    return { ok: false, files: [], problems: [`The zip could not be read: ${(error as Error).message}`] };
  }
  const problems = entries.duplicates.map((name) => `${name} appears more than once in the zip`);
  if (entries.sumsText === null) {
    return { ok: false, files: [], problems: [...problems, `${BUNDLE_ENTRY.sums} is missing from the bundle`] };
  }
  const { lines, malformed } = parseSha256Sums(entries.sumsText);
  problems.push(...malformed.map((line) => `${BUNDLE_ENTRY.sums} has a malformed line: ${line.slice(0, 120)}`));
  const files = lines.map((line) => checkLine(line, entries, problems));
  checkCoverage(lines, entries, problems);
  checkManifest(lines, entries.manifestText, problems);
  return { ok: problems.length === 0 && files.every((file) => file.ok), files, problems };
}

function checkLine({ name, sha256 }: Sha256SumsLine, entries: BundleEntries, problems: string[]): BundleFileCheck {
  const actual = entries.digests.get(name)?.sha256 ?? null;
  if (actual === null) problems.push(`${name} is listed in ${BUNDLE_ENTRY.sums} but missing from the zip`);
  else if (actual !== sha256) problems.push(`${name} does not match ${BUNDLE_ENTRY.sums}: expected ${sha256}, actual ${actual}`);
  return { name, expected: sha256, actual, ok: actual === sha256 };
}

function checkCoverage(lines: Sha256SumsLine[], entries: BundleEntries, problems: string[]) {
  const counts = new Map<string, number>();
  for (const { name } of lines) counts.set(name, (counts.get(name) ?? 0) + 1);
  for (const [name, count] of counts) {
    if (count > 1) problems.push(`${name} is listed ${count} times in ${BUNDLE_ENTRY.sums}`);
  }
  for (const name of entries.digests.keys()) {
    if (name !== BUNDLE_ENTRY.sums && !counts.has(name)) problems.push(`${name} is in the zip but not listed in ${BUNDLE_ENTRY.sums}`);
  }
}

function checkManifest(lines: Sha256SumsLine[], manifestText: string | null, problems: string[]) {
  if (manifestText === null) {
    problems.push(`${BUNDLE_ENTRY.manifest} is missing from the bundle`);
    return;
  }
  let manifest: z.infer<typeof ZManifestDigests>;
  try {
    manifest = ZManifestDigests.parse(JSON.parse(manifestText));
  } catch {
    problems.push(`${BUNDLE_ENTRY.manifest} is not a valid Cordon bundle manifest`);
    return;
  }
  const fromManifest = new Map([...manifest.artefacts, ...manifest.files].map((item) => [item.path, item.sha256]));
  const fromSums = new Map(lines.map((line) => [line.name, line.sha256]));
  for (const [path, sha256] of fromManifest) {
    const listed = fromSums.get(path);
    if (listed === undefined) problems.push(`${path} is in ${BUNDLE_ENTRY.manifest} but not in ${BUNDLE_ENTRY.sums}`);
    else if (listed !== sha256) problems.push(`${BUNDLE_ENTRY.manifest} and ${BUNDLE_ENTRY.sums} disagree about ${path}`);
  }
  for (const path of fromSums.keys()) {
    if (path !== BUNDLE_ENTRY.manifest && !fromManifest.has(path)) {
      problems.push(`${path} is in ${BUNDLE_ENTRY.sums} but not in ${BUNDLE_ENTRY.manifest}`);
    }
  }
}
