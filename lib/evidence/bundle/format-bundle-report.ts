import type { BundleVerification } from "./verify-evidence-bundle";
import { countOf } from "@/lib/rules/text/plural";

// Plain text for the CLI (`npm run cordon -- evidence verify-bundle`) and for
// pasting into a custody note.
export function formatBundleReport(result: BundleVerification): string {
  const lines = [
    result.ok
      ? `Evidence bundle OK: all ${countOf(result.files.length, "file")} match SHA256SUMS and the manifest.`
      : `Evidence bundle FAILED verification: ${countOf(result.problems.length, "problem")}.`,
    "",
  ];
  for (const file of result.files) {
    const status = file.ok ? "OK" : file.actual === null ? "MISSING" : "MISMATCH";
    lines.push(`${status.padEnd(9)} ${file.name}`);
    if (!file.ok) {
      lines.push(`          expected ${file.expected}`);
      lines.push(`          actual   ${file.actual ?? "(not in the zip)"}`);
    }
  }
  if (result.problems.length) {
    lines.push("", "Problems:", ...result.problems.map((problem) => `  - ${problem}`));
  }
  return `${lines.join("\n")}\n`;
}
