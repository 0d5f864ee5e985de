import "server-only";
import type { z } from "zod";
import { actorOf, type Actor } from "@/lib/audit/actor";
import { userForBearerToken } from "@/lib/auth/bearer-token";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can, type Capability } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session-user";
import { AppError, forbidden } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { toErrorResponse } from "./error-response";
import { readJsonBody } from "./read-json-body";

type Ctx<P, Q, B> = { user: SessionUser; actor: Actor; params: P; query: Q; body: B; request: Request };

type RouteSpec<P, Q, B> = {
  // Every route names the capability it needs; there is no anonymous default.
  capability: Capability;
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  body?: z.ZodType<B>;
  status?: number;
  handler: (ctx: Ctx<P, Q, B>) => Promise<unknown>;
};

type NextRouteContext = { params: Promise<Record<string, string | string[]>> };

// The one wrapper every API route handler goes through: who is asking (a
// session cookie or a bearer token), may they, is the input valid — then the
// handler, whose result becomes JSON and whose errors become problem+json.
export function route<P = undefined, Q = undefined, B = undefined>(spec: RouteSpec<P, Q, B>) {
  return async (request: Request, context?: NextRouteContext): Promise<Response> => {
    try {
      const { user, viaToken } = await authenticate(request);
      if (!can(user.role, spec.capability)) throw forbidden();
      const url = new URL(request.url);
      const params = spec.params ? parseInput(spec.params, await context?.params, "Path") : (undefined as P);
      const query = spec.query ? parseInput(spec.query, Object.fromEntries(url.searchParams), "Query") : (undefined as Q);
      const body = spec.body ? parseInput(spec.body, await readJsonBody(request), "Body") : (undefined as B);
      const actor = actorOf(user, viaToken ? "token" : undefined);
      const result = await spec.handler({ user, actor, params, query, body, request });
      if (result instanceof Response) return result;
      return Response.json(result ?? null, { status: spec.status ?? 200, headers: { "cache-control": "no-store" } });
    } catch (error) {
      return toErrorResponse(error, request);
    }
  };
}

async function authenticate(request: Request): Promise<{ user: SessionUser; viaToken: boolean }> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const user = match ? await userForBearerToken(match[1]!) : null;
    if (!user) throw new AppError("UNAUTHENTICATED", "The API token is invalid, expired or revoked");
    return { user, viaToken: true };
  }
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHENTICATED", "Sign in or send an API token (Authorization: Bearer …)");
  return { user, viaToken: false };
}
