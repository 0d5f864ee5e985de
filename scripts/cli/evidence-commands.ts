// `npm run cordon -- evidence …`: checking evidence from the terminal.
//   evidence verify-bundle <zip>   check an export bundle offline (exit 0 ok, 1 problems)
//   evidence verify-all            re-hash every stored artefact now and record the results
type Options = Record<string, string | true>;
type EvidenceCommand = {
  usage: string;
  // Needs no database: the launcher may skip opening one.
  offline?: boolean;
  run: (options: Options, args?: string[]) => Promise<number>;
};

// The zip path is positional (or --zip).
function bundlePathFrom(options: Options, args: string[] | undefined): string {
  const path = typeof options.zip === "string" ? options.zip : args?.[0];
  if (!path) throw new Error("Name the bundle: evidence verify-bundle <zip>");
  return path;
}

export async function runVerifyBundle(zipPath: string): Promise<number> {
  const { verifyEvidenceBundle } = await import("../../lib/evidence/bundle/verify-evidence-bundle");
  const { formatBundleReport } = await import("../../lib/evidence/bundle/format-bundle-report");
  const result = await verifyEvidenceBundle(zipPath);
  (result.ok ? process.stdout : process.stderr).write(formatBundleReport(result));
  return result.ok ? 0 : 1;
}

export const EVIDENCE_COMMANDS: Record<string, EvidenceCommand> = {
  "evidence verify-bundle": {
    usage: "evidence verify-bundle <zip>",
    offline: true,
    run: (options, args) => runVerifyBundle(bundlePathFrom(options, args)),
  },
  "evidence verify-all": {
    usage: "evidence verify-all",
    async run() {
      const { verifyAllEvidence } = await import("../../lib/evidence/verify-all-evidence");
      const summary = await verifyAllEvidence();
      console.log(
        `Verified ${summary.checked} artefacts: ${summary.ok} ok, ${summary.mismatch} mismatched, ${summary.missing} missing` +
          (summary.errors ? `; ${summary.errors} could not be checked (see the log)` : ""),
      );
      return summary.mismatch + summary.missing + summary.errors === 0 ? 0 : 1;
    },
  },
};
