export const DEMO_PASSWORD = "e2e-demo-password";

export const ACCOUNTS = {
  admin: "admin@cordon.local",
  lead: "lead@cordon.local",
  responder: "responder@cordon.local",
  exec: "exec@cordon.local",
  auditor: "auditor@cordon.local",
} as const;

export type AccountName = keyof typeof ACCOUNTS;

export const storageStateFor = (name: AccountName) => `e2e/.auth/${name}.json`;
