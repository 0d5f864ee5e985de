import type { Readable } from "node:stream";

export type BundleArtefactInput = {
  // Every field of the Evidence record; must include its `sha256`.
  manifestEntry: Record<string, unknown>;
  // As uploaded or collected; only a sanitised form reaches the zip.
  fileName: string;
  open: () => Promise<Readable>;
};

export type EvidenceBundleInput = {
  incident: { number: number; title: string; [field: string]: unknown };
  artefacts: readonly BundleArtefactInput[];
  // Written as given: the first row is the header.
  custodyCsvRows: readonly (readonly string[])[];
  timeline: readonly unknown[];
  summaryHtml: string;
  generatedBy: string | Record<string, unknown>;
  generatedAt: Date;
};

export type BundleFileDigest = { path: string; sha256: string; size: number };

export type EvidenceBundleManifest = {
  format: "cordon-evidence-bundle";
  formatVersion: 1;
  generatedAt: string;
  generatedBy: EvidenceBundleInput["generatedBy"];
  incident: EvidenceBundleInput["incident"];
  artefacts: (BundleFileDigest & { originalFileName: string; evidence: Record<string, unknown> })[];
  // The other files the manifest vouches for (custody record, timeline, summary).
  files: BundleFileDigest[];
};

export type EvidenceBundleResult = {
  artefacts: BundleFileDigest[];
  manifestSha256: string;
};

export const BUNDLE_ENTRY = {
  artefactsDir: "artefacts/",
  manifest: "manifest.json",
  sums: "SHA256SUMS",
  custody: "custody.csv",
  timeline: "timeline.json",
  summary: "summary.html",
} as const;
