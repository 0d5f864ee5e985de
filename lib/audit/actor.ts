// Who did something: a signed-in person, a token on their behalf, or Cordon
// itself (jobs, the launcher, the CLI).
export type Actor = { id: string | null; label: string };

export const SYSTEM_ACTOR: Actor = { id: null, label: "system" };

export function actorOf(user: { id: string; email: string }, via?: "token"): Actor {
  return { id: user.id, label: via ? `${user.email} (API token)` : user.email };
}
