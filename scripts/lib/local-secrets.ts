// Secrets for a self-contained installation, generated on first start and
// kept under the data directory (mode 0600). Values set in the environment
// always win, which is how production deployments supply their own.
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { generateWebhookSecret } from "../../lib/notify/channels/standard-webhooks";

// DEMO_WEBHOOK_SECRET: the demo receiver's copy of the demo channel's
// signing secret (lib/notify/demo-receiver).
type LocalSecrets = { AUTH_SECRET: string; CORDON_SECRET_KEY: string; DEMO_PASSWORD: string; DEMO_WEBHOOK_SECRET: string };

export function loadOrCreateLocalSecrets(dataDir: string): LocalSecrets {
  const file = join(dataDir, "secrets.json");
  const existing: Partial<LocalSecrets> = existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {};
  const secrets: LocalSecrets = {
    AUTH_SECRET: existing.AUTH_SECRET ?? randomBytes(32).toString("base64url"),
    CORDON_SECRET_KEY: existing.CORDON_SECRET_KEY ?? randomBytes(32).toString("hex"),
    DEMO_PASSWORD: existing.DEMO_PASSWORD ?? readablePassword(),
    DEMO_WEBHOOK_SECRET: existing.DEMO_WEBHOOK_SECRET ?? generateWebhookSecret(),
  };
  writeFileSync(file, JSON.stringify(secrets, null, 2), { mode: 0o600 });
  return secrets;
}

// Four groups of letters and digits: easy to type from a terminal.
function readablePassword(): string {
  const alphabet = "abcdefghjkmnpqrstuvwxyz23456789";
  const bytes = randomBytes(16);
  const chars = Array.from(bytes, (b) => alphabet[b % alphabet.length]);
  return [0, 4, 8, 12].map((i) => chars.slice(i, i + 4).join("")).join("-");
}
