import pino from "pino";

// Structured JSON logs on stdout. Read LOG_LEVEL directly: logging must work
// even when the rest of the environment is invalid (to report that).
export const log = pino({
  level: process.env.LOG_LEVEL ?? "info",
  base: { service: "cordon" },
  redact: { paths: ["password", "*.password", "token", "*.token", "authorization", "*.authorization"], remove: true },
});
