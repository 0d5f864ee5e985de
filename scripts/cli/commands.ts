import { SYSTEM_ACTOR } from "../../lib/audit/actor";
import { EVIDENCE_COMMANDS } from "./evidence-commands";

type Options = Record<string, string | true>;
// `offline` commands need no database (e.g. checking an export bundle).
type Command = { usage: string; offline?: boolean; run: (options: Options, args?: string[]) => Promise<number> };

function required(options: Options, name: string): string {
  const value = options[name];
  if (typeof value !== "string" || value === "") throw new Error(`--${name} is required`);
  return value;
}

export const COMMANDS: Record<string, Command> = {
  ...EVIDENCE_COMMANDS,
  "token create": {
    usage: "token create --email <user> [--name <name>] [--days <1-365>]",
    async run(options) {
      const { db } = await import("../../lib/db");
      const { createApiToken } = await import("../../lib/tokens/create-api-token");
      const email = required(options, "email").toLowerCase();
      const user = await db.user.findFirst({ where: { email, deactivatedAt: null }, select: { id: true, email: true } });
      if (!user) throw new Error(`No active account for ${email}`);
      const name = typeof options.name === "string" ? options.name : "cli";
      const days = typeof options.days === "string" ? options.days : 90;
      const created = await createApiToken({ ...SYSTEM_ACTOR, label: `cli for ${user.email}` }, user.id, { name, expiresInDays: days });
      console.log(created.token);
      return 0;
    },
  },
  "audit verify": {
    usage: "audit verify",
    async run() {
      const { verifyAuditChain } = await import("../../lib/audit/verify-audit-chain");
      const result = await verifyAuditChain();
      if (result.ok) {
        console.log(`Audit chain intact: ${result.entries} entries verified.`);
        return 0;
      }
      console.error(`Audit chain BROKEN at entry ${result.brokenAt}: ${result.reason} (${result.entries} entries before it verified).`);
      return 1;
    },
  },
  "secrets reseal": {
    usage: "secrets reseal   (after a key rotation: seal every stored secret with the current CORDON_SECRET_KEY)",
    async run() {
      const { resealSecrets } = await import("../../lib/secrets/reseal-secrets");
      const report = await resealSecrets({ ...SYSTEM_ACTOR, label: "cli" });
      console.log(`Resealed ${report.resealed} stored secrets with the current key; ${report.alreadyCurrent} already were.`);
      if (report.unreadable.length === 0) {
        console.log("Every stored secret now opens with CORDON_SECRET_KEY alone: CORDON_SECRET_KEY_PREVIOUS can be removed.");
        return 0;
      }
      console.error(`No key opens ${report.unreadable.length} of them; enter these again in Cordon:\n${report.unreadable.map((name) => `  - ${name}`).join("\n")}`);
      return 1;
    },
  },
  "user create": {
    usage: "user create --email <e> --name <n> --role <ADMIN|LEAD|RESPONDER|EXECUTIVE|AUDITOR> [--password <p>] [--break-glass]",
    async run(options) {
      const { createUser } = await import("../../lib/users/create-user");
      const generated = typeof options.password !== "string";
      const password = generated ? crypto.randomUUID() : (options.password as string);
      const user = await createUser({ ...SYSTEM_ACTOR, label: "cli" }, {
        email: required(options, "email"),
        name: required(options, "name"),
        role: required(options, "role").toUpperCase() as "ADMIN",
        password,
        // Keeps password sign-in when single sign-on limits it to break-glass accounts.
        breakGlass: options["break-glass"] === true,
      });
      console.log(`Created ${user.role}${user.breakGlass ? " (break-glass)" : ""} ${user.email}${generated ? ` with password ${password}` : ""}`);
      return 0;
    },
  },
};
