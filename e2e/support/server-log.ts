// Where the e2e web server's output is kept (scripts/e2e-server.ts), per port
// so that two suites can run side by side. Outside the data directory, which
// `--fresh` empties at start.
export function e2ePort(): number {
  return Number(process.env.E2E_PORT ?? 3100);
}

export function serverLogPath(port = e2ePort()): string {
  return `.data/e2e-${port}-server.log`;
}
