import "server-only";
import { db } from "@/lib/db";

export const METHOD_SELECT = { id: true, kind: true, value: true, label: true, events: true, createdAt: true } as const;

// A person's own contact methods; nobody else's are reachable through here.
export async function listContactMethods(userId: string) {
  return db.contactMethod.findMany({ where: { userId }, orderBy: { createdAt: "asc" }, select: METHOD_SELECT });
}

export type ContactMethodView = Awaited<ReturnType<typeof listContactMethods>>[number];
