import { startEmbeddedPostgres } from "/work/main/scripts/lib/embedded-postgres";
const db = await startEmbeddedPostgres({ dataDir: "/work/main/.data/dev", database: "cordon", port: 54329, log: (l) => console.log("pg:", l.slice(0, 100)) });
console.log(db.url);
await new Promise((r) => process.on("SIGINT", r));
await db.stop();
