import { z } from "zod";
import type { ServiceAccountKey } from "./cloud-config";

// The body of PUT /clusters/{id}/cloud-provider. Credentials may be left
// out to keep the stored ones (changing only the region, say) when the kind
// stays the same; the operation says so when there are none to keep.

const blankAsUnset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankAsUnset, schema.optional());

const LOOPBACK = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** https anywhere; plain http only to this machine (a test server, a local proxy). */
export function endpointProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text.replaceAll("{service}", "service"));
  } catch {
    return "Give the endpoint as a URL, e.g. https://compute.example.internal";
  }
  if (url.protocol === "https:") return undefined;
  if (url.protocol === "http:" && LOOPBACK.has(url.hostname)) return undefined;
  return "The endpoint must use https (plain http only to 127.0.0.1 or localhost)";
}

const ZEndpoint = z
  .string()
  .trim()
  .max(300, "The endpoint is at most 300 characters")
  .superRefine((text, context) => {
    const problem = endpointProblem(text);
    if (problem) context.addIssue({ code: "custom", message: problem });
  });

const ZGceProject = z
  .string()
  .trim()
  .regex(/^[a-z][-a-z0-9]{4,28}[a-z0-9]$/, "A project id has 6–30 lowercase letters, digits or '-', e.g. prod-platform-4711");

/** A service account key file as downloaded from the console, checked for the fields Cordon signs with. */
export const ZServiceAccountKey = z
  .string()
  .max(16 * 1024, "A service account key is at most 16 KiB")
  .transform((text, context): ServiceAccountKey => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      context.addIssue({ code: "custom", message: "Paste the service account key file (JSON) as downloaded" });
      return z.NEVER;
    }
    const key = parsed as Partial<Record<string, unknown>>;
    const missing = ["client_email", "private_key"].filter((field) => typeof key[field] !== "string" || key[field] === "");
    if (key.type !== "service_account" || missing.length > 0) {
      context.addIssue({ code: "custom", message: `This is not a service account key: it needs "type": "service_account"${missing.length ? ` and ${missing.join(", ")}` : ""}` });
      return z.NEVER;
    }
    if (!String(key.private_key).includes("PRIVATE KEY")) {
      context.addIssue({ code: "custom", message: "The key's private_key is not a PEM private key" });
      return z.NEVER;
    }
    const tokenProblem = typeof key.token_uri === "string" ? endpointProblem(key.token_uri) : undefined;
    if (tokenProblem) {
      context.addIssue({ code: "custom", message: `token_uri: ${tokenProblem}` });
      return z.NEVER;
    }
    const text_ = (field: string) => (typeof key[field] === "string" ? { [field]: key[field] as string } : {});
    return { type: "service_account", client_email: String(key.client_email), private_key: String(key.private_key), ...text_("private_key_id"), ...text_("project_id"), ...text_("token_uri") };
  });

const ZGceInput = z.strictObject({
  kind: z.literal("gce"),
  project: optional(ZGceProject),
  serviceAccountKey: optional(ZServiceAccountKey),
  apiEndpoint: optional(ZEndpoint),
});

const ZAwsInput = z
  .strictObject({
    kind: z.literal("aws"),
    region: optional(z.string().trim().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, "A region looks like eu-west-1")),
    accessKeyId: optional(z.string().trim().regex(/^[A-Z0-9]{16,128}$/, "An access key id is 16–128 capital letters and digits, e.g. AKIAIOSFODNN7EXAMPLE")),
    secretAccessKey: optional(z.string().trim().min(16, "The secret access key is too short").max(128, "The secret access key is at most 128 characters")),
    sessionToken: optional(z.string().trim().max(4096, "The session token is at most 4096 characters")),
    roleArn: optional(z.string().trim().regex(/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/, "A role ARN looks like arn:aws:iam::123456789012:role/cordon-evidence")),
    apiEndpoint: optional(ZEndpoint),
  })
  .refine((input) => (input.accessKeyId === undefined) === (input.secretAccessKey === undefined), {
    message: "Give the access key id and the secret access key together",
    path: ["secretAccessKey"],
  })
  .refine((input) => input.sessionToken === undefined || input.accessKeyId !== undefined, {
    message: "A session token goes with the access key it was issued for: give the key too",
    path: ["sessionToken"],
  });

export const ZSetCloudProviderInput = z.discriminatedUnion("kind", [ZGceInput, ZAwsInput], { error: 'Choose the provider: "gce" or "aws"' });
export type TSetCloudProviderInput = z.input<typeof ZSetCloudProviderInput>;
export type SetCloudProviderData = z.output<typeof ZSetCloudProviderInput>;
