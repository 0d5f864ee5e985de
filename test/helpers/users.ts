import { randomUUID } from "node:crypto";
import type { Actor } from "@/lib/audit/actor";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { createUser } from "@/lib/users/create-user";

type Role = "ADMIN" | "LEAD" | "RESPONDER" | "EXECUTIVE" | "AUDITOR";

export const TEST_PASSWORD = "correct horse battery staple";

// A fresh account with a unique email, so tests never collide.
export async function makeUser(role: Role = "RESPONDER", actor: Actor = SYSTEM_ACTOR) {
  const email = `${role.toLowerCase()}-${randomUUID().slice(0, 8)}@test.cordon.local`;
  return createUser(actor, { email, name: `Test ${role}`, role, password: TEST_PASSWORD });
}

export function actorFor(user: { id: string; email: string }): Actor {
  return { id: user.id, label: user.email };
}
