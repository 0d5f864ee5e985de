import { existsSync } from "node:fs";

// The system Chromium (Debian's `chromium` package) unless CHROMIUM_PATH
// points elsewhere, e.g. at a browser that Playwright downloaded.
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
}

export function assertChromiumInstalled(): void {
  const path = chromiumPath();
  if (existsSync(path)) return;
  throw new Error(
    `No Chromium at ${path}. Install one (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
      "or set CHROMIUM_PATH to a Chromium or Chrome executable.",
  );
}

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--headless",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
