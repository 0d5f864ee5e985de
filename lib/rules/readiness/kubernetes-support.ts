// Upstream end-of-life of each Kubernetes minor release (kubernetes.io/releases,
// "End of Life" column; patch support ends then). Managed services extend
// these, but upstream fixes stop: that is what the check judges. Reviewed
// with each Cordon release; a minor newer than the table is treated as
// supported, since it can only be newer than the newest listed.
export const SUPPORT_TABLE_REVIEWED = "2026-12-01";

export const UPSTREAM_END_OF_LIFE: Readonly<Record<string, string>> = {
  "1.25": "2023-10-28",
  "1.26": "2024-02-28",
  "1.27": "2024-06-28",
  "1.28": "2024-10-28",
  "1.29": "2025-02-28",
  "1.30": "2025-06-28",
  "1.31": "2025-10-28",
  "1.32": "2026-02-28",
  "1.33": "2026-06-28",
  "1.34": "2026-10-27",
  "1.35": "2027-02-28",
  "1.36": "2027-06-28",
};

export type ParsedVersion = { major: number; minor: number; text: string };

export function parseKubernetesVersion(text: string): ParsedVersion | undefined {
  const match = /^v?(\d+)\.(\d+)(?:\.\d+)?/.exec(text.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), text };
}

export type Support = { supported: true; endOfLife?: string } | { supported: false; endOfLife: string } | { supported: "unknown" };

/** `today` is a calendar day (YYYY-MM-DD, UTC); passed in so the answer is reproducible. */
export function upstreamSupport(version: ParsedVersion, today: string): Support {
  const key = `${version.major}.${version.minor}`;
  const endOfLife = UPSTREAM_END_OF_LIFE[key];
  if (endOfLife) return today <= endOfLife ? { supported: true, endOfLife } : { supported: false, endOfLife };
  const listed = Object.keys(UPSTREAM_END_OF_LIFE).map((k) => Number(k.split(".")[1]));
  if (version.major === 1 && version.minor > Math.max(...listed)) return { supported: true };
  if (version.major === 1 && version.minor < Math.min(...listed)) return { supported: false, endOfLife: `before ${UPSTREAM_END_OF_LIFE["1.25"]}` };
  return { supported: "unknown" };
}
