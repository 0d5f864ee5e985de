// Checks a Cordon evidence bundle without a database or any configuration:
//   node node_modules/tsx/dist/cli.mjs --conditions=react-server scripts/verify-bundle.ts <zip>
// Exit 0: every file matches SHA256SUMS and the manifest; 1: problems; 2: usage.
import { runVerifyBundle } from "./cli/evidence-commands";

const zipPath = process.argv.slice(2).find((arg) => !arg.startsWith("--"));
if (!zipPath) {
  console.error("Usage: verify-bundle <zip>");
  process.exit(2);
}
// A read that stalls would otherwise end the process with exit code 0,
// which must never read as "verified".
process.on("beforeExit", () => {
  console.error("Error: verification stopped before it finished");
  process.exit(1);
});
runVerifyBundle(zipPath).then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Error: ${error.message}`);
    process.exit(1);
  },
);
