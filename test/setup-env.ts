import { inject } from "vitest";

// Each test file talks to the database the global setup prepared.
process.env.DATABASE_URL = inject("databaseUrl");
