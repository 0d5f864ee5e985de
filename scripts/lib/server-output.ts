// Finds, in what the web server printed, the errors nobody handled. Next
// logs an uncaught exception (console.error of the error) or an unhandled
// rejection ("⨯ unhandledRejection: …") and keeps serving, so such a bug
// shows only as a line in the output; the e2e suite fails on these lines
// (e2e/global-teardown.ts) rather than letting them scroll by.
import { existsSync, readFileSync } from "node:fs";

const UNCAUGHT_LINE = [
  // scripts/serve.ts's own marker, Next's and Node's wording.
  /uncaught ?exception/i,
  /unhandled ?rejection/i,
  // An error printed at the start of a line with Node's error code, e.g.
  // "TypeError [ERR_INVALID_STATE]: Invalid state: ReadableStream is already closed".
  /^\s*(?:⨯\s*)?\w*Error \[ERR_[A-Z0-9_]+\]:/,
  // A programming error printed bare (Cordon's own logs are JSON lines).
  /^\s*(?:⨯\s*)?(?:Type|Reference|Range|Syntax)Error: /,
];

/** The lines of `output` that report an uncaught exception or unhandled rejection. */
export function findUncaughtErrors(output: string): string[] {
  return output.split(/\r?\n/).filter((line) => !line.trimStart().startsWith("{") && UNCAUGHT_LINE.some((pattern) => pattern.test(line)));
}

/** Throws, quoting the lines, when the server log at `path` reports an uncaught error. */
export function checkServerLog(path: string): void {
  if (!existsSync(path)) throw new Error(`The web server's log ${path} is missing: was the server started through scripts/e2e-server.ts?`);
  const found = findUncaughtErrors(readFileSync(path, "utf8"));
  if (found.length > 0) {
    throw new Error(`The web server reported ${found.length} uncaught error(s) during the run (full output in ${path}):\n${found.map((line) => `  ${line}`).join("\n")}`);
  }
}
