// Signing in over HTTP as the sign-in form does (Auth.js credentials
// callback), from a client address of the test's choosing: the node reads
// it from X-Forwarded-For, as behind the load balancer.
export type SignInOutcome = "signed-in" | "invalid" | "throttled" | "deactivated" | "other";

export async function signInOverHttp(base: string, email: string, password: string, clientAddress: string): Promise<SignInOutcome> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookies = csrf.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
  const answer = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: cookies, "x-forwarded-for": clientAddress },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/` }),
  });
  const location = new URL(answer.headers.get("location") ?? "/", base);
  if (location.searchParams.get("error") === "CredentialsSignin") return (location.searchParams.get("code") as SignInOutcome | null) ?? "other";
  return answer.headers.getSetCookie().some((cookie) => cookie.includes("session-token=")) ? "signed-in" : "other";
}
