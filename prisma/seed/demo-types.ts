import type { SessionUser } from "@/lib/auth/session-user";

export type DemoPeople = Record<"admin" | "lead" | "responder" | "exec" | "auditor", SessionUser>;
export type DemoIncidents = { minerId: string; leakId: string; exposureId: string };
