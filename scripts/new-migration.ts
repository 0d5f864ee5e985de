// `npm run db:migration -- <name>`: writes a new migration from the change
// between the committed migrations and prisma/schema. It uses one shadow
// database run (`prisma migrate diff`), which Prisma 6.19's JS engine handles
// reliably; `prisma migrate dev` also works for the first pass but its engine
// loses the shadow-database factory on a second pass in the same run.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const name = process.argv[2];
if (!name || !/^[a-z0-9_]+$/.test(name)) {
  console.error("Usage: npm run db:migration -- <name_in_snake_case>   (DATABASE_URL must name a PostgreSQL where databases can be created)");
  process.exit(2);
}
const diff = spawnSync(
  process.execPath,
  ["node_modules/prisma/build/index.js", "migrate", "diff", "--from-migrations", "prisma/migrations", "--to-schema-datamodel", "prisma/schema", "--script"],
  { encoding: "utf8" },
);
if (diff.status !== 0) {
  console.error(diff.stderr || diff.stdout);
  process.exit(diff.status ?? 1);
}
const sql = diff.stdout.replace(/^.*?(?=--|CREATE|ALTER|DROP)/s, "");
if (!/\b(CREATE|ALTER|DROP)\b/.test(sql)) {
  console.log("The schema matches the migrations: nothing to write.");
  process.exit(0);
}
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const dir = join("prisma/migrations", `${stamp}_${name}`);
mkdirSync(dir, { recursive: true });
writeFileSync(join(dir, "migration.sql"), sql);
console.log(`Wrote ${dir}/migration.sql — review it, add anything Prisma cannot express (partial indexes, triggers), then apply with npx prisma migrate deploy.`);
