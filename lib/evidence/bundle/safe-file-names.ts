const MAX_NAME_LENGTH = 120;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

// Uploaded names come from anyone and end up as paths on the recipient's
// machine, so only the last path segment survives, reduced to characters that
// are safe in every unzip tool and in a SHA256SUMS line.
export function toSafeFileName(name: string): string {
  const lastSegment = name.split(/[\\/]/).pop() ?? "";
  let safe = lastSegment
    .normalize("NFKD")
    // NFKD splits "é" into "e" + a combining accent; keep the letter.
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9._-]+/g, "_")
    .replace(/^[.]+/, "")
    .replace(/_+/g, "_");
  if (WINDOWS_RESERVED.test(safe)) safe = `_${safe}`;
  if (safe.length > MAX_NAME_LENGTH) {
    const extension = extensionOf(safe).slice(0, 20);
    safe = safe.slice(0, MAX_NAME_LENGTH - extension.length) + extension;
  }
  return safe === "" || safe === "_" ? "artefact" : safe;
}

// Names that collide (case-insensitively, for Windows and macOS) get -2, -3…
// before the extension, in input order, so the result is deterministic.
export function assignSafeFileNames(names: readonly string[]): string[] {
  const taken = new Set<string>();
  return names.map((name) => {
    const safe = toSafeFileName(name);
    const extension = extensionOf(safe);
    const stem = safe.slice(0, safe.length - extension.length);
    let candidate = safe;
    for (let n = 2; taken.has(candidate.toLowerCase()); n += 1) candidate = `${stem}-${n}${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot) : "";
}
