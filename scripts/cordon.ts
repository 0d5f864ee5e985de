// `npm run cordon -- <command>`: administration from the terminal.
//   token create --email <user> [--name n] [--days 90]   print a new API token
//   audit verify                                        check the audit hash chain
//   user create --email e --name n --role ADMIN [--password p]
import { resolve } from "node:path";
import { loadDotEnv } from "../lib/db/load-dot-env";
import { parseArgs } from "./lib/args";
import { openDatabase } from "./lib/database";
import { loadOrCreateLocalSecrets } from "./lib/local-secrets";
import { COMMANDS } from "./cli/commands";

loadDotEnv();
const { positional, options } = parseArgs(process.argv.slice(2));
const key = positional.slice(0, 2).join(" ");
const command = COMMANDS[key];

async function main(): Promise<number> {
  if (!command) {
    console.error(`Unknown command "${key}". Commands:\n${Object.values(COMMANDS).map((c) => `  ${c.usage}`).join("\n")}`);
    return 2;
  }
  const args = positional.slice(2);
  if (command.offline) return command.run(options, args);
  const dataDir = resolve(process.env.CORDON_DATA_DIR ?? ".data");
  const secrets = loadOrCreateLocalSecrets(dataDir);
  process.env.AUTH_SECRET ??= secrets.AUTH_SECRET;
  process.env.CORDON_SECRET_KEY ??= secrets.CORDON_SECRET_KEY;
  const database = await openDatabase(dataDir);
  process.env.DATABASE_URL = database.url;
  try {
    return await command.run(options, args);
  } finally {
    const { db } = await import("../lib/db");
    await db.$disconnect();
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: Error) => {
    console.error(`Error: ${error.message}`);
    process.exit(1);
  },
);
