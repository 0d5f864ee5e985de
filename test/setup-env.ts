import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.CORDON_SECRET_KEY ??= "0".repeat(64);
process.env.AUTH_SECRET ??= "test-auth-secret-test-auth-secret-0000";
// A low bcrypt cost keeps tests fast; production uses the default of 12.
process.env.CORDON_PASSWORD_COST ??= "4";
