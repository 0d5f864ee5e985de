// Starts the production server against a given database for a benchmark,
// building first if the build is stale.
import { spawn, type ChildProcess } from "node:child_process";
import { buildIfStale } from "../../scripts/lib/build";
import { freePort } from "../../scripts/lib/embedded-postgres";
import { serverProcess } from "../../scripts/lib/server-process";
import { waitForHealthy } from "../../scripts/lib/wait-for-healthy";

export async function startServer(env: Record<string, string>): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  await buildIfStale();
  // BENCH_PORT pins the port where only some ports may be used.
  const port = process.env.BENCH_PORT ? Number(process.env.BENCH_PORT) : await freePort();
  // Exactly as `npm start` runs it.
  const server = serverProcess(port, "127.0.0.1");
  const child = spawn(server.command, server.args, {
    env: { ...process.env, ...server.env, ...env, LOG_LEVEL: "warn" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const url = `http://127.0.0.1:${port}`;
  await waitForHealthy(url, 120_000);
  return {
    url,
    child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

// Signs in through the real credentials flow and returns the session cookie.
export async function signInCookie(baseUrl: string, email: string, password: string): Promise<string> {
  const csrfResponse = await fetch(`${baseUrl}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password }),
  });
  const session = response.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c?.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (${response.status})`);
  return session;
}
