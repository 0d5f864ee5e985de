import "server-only";
import { z } from "zod";
import { ROLES } from "@/lib/users/schemas";
import { parseRoleMap } from "@/lib/auth/sso/role-map";
import { parsePublicLocation } from "@/lib/public-status/public-location";

// The environment is read once and validated here; nothing else reads
// process.env. A bad value stops the server with a message naming it.
const ZEnv = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("production"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (npm start sets it for the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// connection string"),
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is not set (npm start generates one under .data/)" })
    .min(32, "AUTH_SECRET must be at least 32 characters"),
  CORDON_SECRET_KEY: z
    .string({ error: "CORDON_SECRET_KEY is not set (npm start generates one under .data/)" })
    .regex(/^[0-9a-fA-F]{64}$/, "CORDON_SECRET_KEY must be 64 hexadecimal characters (32 bytes)"),
  // Keys CORDON_SECRET_KEY replaced, still read (never written) until
  // `cordon secrets reseal` has sealed everything with the current key.
  CORDON_SECRET_KEY_PREVIOUS: z
    .string()
    .optional()
    .refine(
      (value) => value === undefined || value.split(",").every((key) => /^[0-9a-fA-F]{64}$/.test(key.trim())),
      "CORDON_SECRET_KEY_PREVIOUS must be a comma-separated list of 64-hexadecimal-character keys",
    ),
  CORDON_PASSWORD_COST: z.coerce.number().int().min(4).max(15).default(12),
  CORDON_MAX_JSON_BYTES: z.coerce.number().int().positive().default(1_048_576),
  CORDON_PUBLIC_URL: z.url("CORDON_PUBLIC_URL must be an absolute URL").optional(),
  // Where the web server listens (scripts/serve.ts sets them to what it was
  // started with); without CORDON_PUBLIC_URL, links in messages point there.
  PORT: z.coerce.number({ error: "PORT must be a port number" }).int().min(1, "PORT must be 1–65535").max(65535, "PORT must be 1–65535").default(3000),
  HOST: z.string().trim().default("127.0.0.1"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),

  // Evidence storage (lib/evidence/storage): the local filesystem by
  // default, or S3-compatible object storage.
  CORDON_EVIDENCE_BACKEND: z.enum(["filesystem", "s3"]).default("filesystem"),
  CORDON_EVIDENCE_DIR: z.string().default(".data/evidence"),
  CORDON_EVIDENCE_MAX_BYTES: z.coerce.number().int().positive().default(20 * 1024 ** 3),
  CORDON_S3_ENDPOINT: z.url("CORDON_S3_ENDPOINT must be a URL").optional(),
  CORDON_S3_BUCKET: z.string().optional(),
  CORDON_S3_REGION: z.string().default("us-east-1"),
  CORDON_S3_ACCESS_KEY_ID: z.string().optional(),
  CORDON_S3_SECRET_ACCESS_KEY: z.string().optional(),
  CORDON_S3_FORCE_PATH_STYLE: z.stringbool().default(false),
  CORDON_S3_OBJECT_LOCK_MODE: z.enum(["GOVERNANCE", "COMPLIANCE"]).optional(),
  CORDON_S3_OBJECT_LOCK_DAYS: z.coerce.number().int().positive().optional(),

  // The sandbox cluster that `npm start` runs for drills and demos
  // (sandbox/); "off" skips it.
  CORDON_SANDBOX: z.enum(["on", "off"]).default("on"),

  // Mail for status-page subscriptions: smtp://user:pass@host:587 (STARTTLS
  // when the server offers it) or smtps:// for implicit TLS.
  CORDON_SMTP_URL: z.string().regex(/^smtps?:\/\//, "CORDON_SMTP_URL must start with smtp:// or smtps://").optional(),
  CORDON_MAIL_FROM: z.string().default("Cordon status <status@cordon.local>"),

  // The demo webhook receiver that `npm start` runs (lib/notify/demo-receiver):
  // where it listens and the token that reads what it received. Set by the
  // launcher, never by hand.
  CORDON_DEMO_RECEIVER_URL: z.url("CORDON_DEMO_RECEIVER_URL must be a URL").optional(),
  CORDON_DEMO_RECEIVER_TOKEN: z.string().optional(),

  // The public status page; "off" answers 404 there.
  CORDON_PUBLIC_STATUS: z.enum(["on", "off"]).default("on"),
  // Where it is reached: a path on Cordon's host (default /status/public) or
  // a host name of its own, e.g. https://status.example.com/ (see
  // lib/public-status/public-location.ts).
  CORDON_PUBLIC_STATUS_URL: z
    .string()
    .optional()
    .superRefine((value, context) => {
      try {
        parsePublicLocation(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
      }
    }),

  // Single sign-on through an OpenID Connect provider (lib/auth/sso). Off
  // unless CORDON_OIDC_ISSUER is set; then the client id and secret are needed.
  CORDON_OIDC_ISSUER: z.url("CORDON_OIDC_ISSUER must be the provider's issuer URL").optional(),
  CORDON_OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  CORDON_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  CORDON_OIDC_SCOPES: z.string().trim().default("openid email profile groups"),
  // Shown on the sign-in button: "Sign in with <name>".
  CORDON_OIDC_NAME: z.string().trim().min(1).max(60).default("single sign-on"),
  CORDON_OIDC_GROUPS_CLAIM: z.string().trim().min(1).default("groups"),
  // group=ROLE pairs, comma-separated: security-admins=ADMIN,responders=RESPONDER
  CORDON_OIDC_ROLE_MAP: z
    .string()
    .default("")
    .superRefine((value, context) => {
      try {
        parseRoleMap(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: error instanceof Error ? error.message : String(error) });
      }
    }),
  // The role of someone in no mapped group, or "deny" to refuse them.
  CORDON_OIDC_DEFAULT_ROLE: z
    .enum(["deny", ...ROLES], { error: `CORDON_OIDC_DEFAULT_ROLE must be deny or one of ${ROLES.join(", ")}` })
    .default("deny"),
  CORDON_OIDC_ALLOW_UNVERIFIED_EMAIL: z.stringbool().default(false),
  // Password sign-in: "all" accounts, or only "break-glass" ones (the
  // default once single sign-on is configured).
  CORDON_LOCAL_SIGN_IN: z.enum(["all", "break-glass"], { error: "CORDON_LOCAL_SIGN_IN must be all or break-glass" }).optional(),
}).superRefine((value, context) => {
  if (!value.CORDON_OIDC_ISSUER) return;
  for (const name of ["CORDON_OIDC_CLIENT_ID", "CORDON_OIDC_CLIENT_SECRET"] as const) {
    if (!value[name]) context.addIssue({ code: "custom", path: [name], message: `${name} is needed when CORDON_OIDC_ISSUER is set` });
  }
});

export type TEnv = z.infer<typeof ZEnv>;

export function parseEnv(source: Record<string, string | undefined>): TEnv {
  const result = ZEnv.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Cordon cannot start: invalid environment\n${problems.join("\n")}`);
}

let cached: TEnv | undefined;

export function env(): TEnv {
  cached ??= parseEnv(process.env);
  return cached;
}
