import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getCurrentUser } from "./current-user";
import { can, type Capability } from "./permissions";
import type { SessionUser } from "./session-user";

// For pages: the signed-in person, sent to sign-in when there is none and
// shown 403 when their role lacks the capability.
export async function requireUser(capability?: Capability): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  if (capability && !can(user.role, capability)) forbidden();
  return user;
}
