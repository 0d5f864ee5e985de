import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkServerLog, findUncaughtErrors } from "./server-output";

const CLEAN = [
  "▸ Starting the web server on 127.0.0.1:3203",
  "Cordon listening on http://127.0.0.1:3203",
  `{"level":50,"msg":"request failed","err":{"type":"TypeError","message":"fetch failed"}}`,
  "  Demo logins (password for all: e2e-demo-password) — just created",
].join("\n");

describe("findUncaughtErrors", () => {
  it("finds nothing in a clean start, JSON log lines included", () => {
    expect(findUncaughtErrors(CLEAN)).toEqual([]);
  });

  it.each([
    "TypeError [ERR_INVALID_STATE]: Invalid state: ReadableStream is already closed",
    " ⨯ unhandledRejection: Error: connection terminated",
    "uncaughtException: Error: boom",
    "Uncaught exception in the web server: TypeError: Cannot read properties of undefined (reading 'id')",
    "TypeError: Cannot read properties of undefined (reading 'id')",
    "RangeError: Maximum call stack size exceeded",
  ])("reports %s", (line) => {
    expect(findUncaughtErrors(`${CLEAN}\n${line}\n    at ReadableByteStreamController.close (node:internal/webstreams/readablestream:1162:13)\n`)).toEqual([line]);
  });
});

describe("checkServerLog", () => {
  const dir = mkdtempSync(join(tmpdir(), "cordon-server-log-"));

  it("passes a clean log", () => {
    const path = join(dir, "clean.log");
    writeFileSync(path, CLEAN);
    expect(() => checkServerLog(path)).not.toThrow();
  });

  it("fails on a log with an uncaught exception, quoting the line", () => {
    const path = join(dir, "uncaught.log");
    writeFileSync(path, `${CLEAN}\nTypeError [ERR_INVALID_STATE]: Invalid state: ReadableStream is already closed\n`);
    expect(() => checkServerLog(path)).toThrow(/1 uncaught error\(s\)[\s\S]*ReadableStream is already closed/);
  });

  it("fails when the log is missing, rather than passing silently", () => {
    expect(() => checkServerLog(join(dir, "missing.log"))).toThrow(/missing/);
  });
});
