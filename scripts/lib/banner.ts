import { DEMO_USERS } from "../../prisma/seed/demo-users";

type Banner = { url: string; embedded: boolean; dataDir: string; seeded: boolean; showDemoLogins: boolean; demoPassword: string; sandboxUrl?: string; receiverUrl?: string };

export function printBanner(b: Banner) {
  const lines = [
    "",
    "  Cordon is running",
    "",
    `  Open        ${b.url}`,
    `  Database    ${b.embedded ? `embedded PostgreSQL, data in ${b.dataDir}` : "external (DATABASE_URL)"}`,
    `  Sandbox     ${b.sandboxUrl ? `Kubernetes API at ${b.sandboxUrl} (cluster "sandbox", for drills and demos)` : "off (CORDON_SANDBOX=off)"}`,
  ];
  if (b.receiverUrl) lines.push(`  Webhooks    demo receiver at ${b.receiverUrl} (what it gets: Settings → Channels)`);
  if (b.showDemoLogins) {
    lines.push("", `  Demo logins (password for all: ${b.demoPassword})${b.seeded ? " — just created" : ""}`);
    for (const user of DEMO_USERS) lines.push(`    ${user.role.padEnd(10)} ${user.email}`);
  } else {
    lines.push("", "  First time? Create an administrator:", "    npm run cordon -- user create --email you@example.com --name 'Your Name' --role ADMIN");
  }
  lines.push("", "  Press Ctrl-C to stop.", "");
  console.log(lines.join("\n"));
}
