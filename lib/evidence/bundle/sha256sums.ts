export type Sha256SumsLine = { sha256: string; name: string };

// The exact format `sha256sum -c` reads: hash, two spaces (text mode) or
// space + "*" (binary mode), then the path.
const LINE = /^([0-9a-f]{64}) [ *](.+)$/;

export function formatSha256Sums(lines: readonly Sha256SumsLine[]): string {
  return lines.map(({ sha256, name }) => `${sha256}  ${name}\n`).join("");
}

export function parseSha256Sums(text: string): { lines: Sha256SumsLine[]; malformed: string[] } {
  const lines: Sha256SumsLine[] = [];
  const malformed: string[] = [];
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\r$/, "");
    if (line === "") continue;
    const match = LINE.exec(line);
    if (match?.[1] && match[2]) lines.push({ sha256: match[1], name: match[2] });
    else malformed.push(line);
  }
  return { lines, malformed };
}
