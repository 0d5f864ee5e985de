import "server-only";
import { appendAudit } from "@/lib/audit/append-audit";
import { actorOf, SYSTEM_ACTOR } from "@/lib/audit/actor";
import { transaction } from "@/lib/db";
import { mapGroupsToRole } from "./map-groups";
import type { SsoSettings } from "./sso-settings";

export type SsoRefusal = "groups-malformed" | "no-mapped-group" | "email-unverified" | "email-missing" | "email-in-use" | "deactivated";
export type SsoOutcome = { ok: true; userId: string; created: boolean } | { ok: false; reason: SsoRefusal };

export type SsoClaims = Record<string, unknown> & { sub: string };

/**
 * Lets someone in whose id token has been verified: creates their account on
 * first sign-in, re-applies the group mapping on every sign-in, and refuses
 * (creating and changing nothing) when the mapping, their email or their
 * account says no. Every outcome is in the audit log.
 */
export async function signInWithSso(claims: SsoClaims, settings: SsoSettings, address: string): Promise<SsoOutcome> {
  const email = typeof claims.email === "string" ? claims.email.trim().toLowerCase() : "";
  const emailVerified = claims.email_verified === true;
  const name = (typeof claims.name === "string" && claims.name.trim()) || email;
  const mapping = mapGroupsToRole(claims[settings.groupsClaim], settings.roleMap, settings.defaultRole);
  const facts = { email, subject: claims.sub, address, groups: mapping.groups };

  return transaction(async (tx) => {
    const refuse = async (reason: SsoRefusal, userId: string | null = null): Promise<SsoOutcome> => {
      await appendAudit(tx, SYSTEM_ACTOR, { action: "auth.sso_refused", targetType: "user", targetId: userId, data: { ...facts, reason } });
      return { ok: false, reason };
    };
    if (!email) return refuse("email-missing");
    if (!emailVerified && !settings.allowUnverifiedEmail) return refuse("email-unverified");

    // An account is found by the provider's subject; the first sign-in of a
    // person who already has a local account (same verified email) links it.
    const select = { id: true, email: true, role: true, roleManagedBy: true, deactivatedAt: true, ssoSubject: true } as const;
    const existing =
      (await tx.user.findUnique({ where: { ssoSubject: claims.sub }, select })) ??
      (emailVerified ? await tx.user.findFirst({ where: { email, ssoSubject: null }, select }) : null);

    if (existing?.deactivatedAt) return refuse("deactivated", existing.id);
    if (!mapping.ok) return refuse(mapping.reason, existing?.id ?? null);

    const now = new Date();
    if (!existing) {
      // The email belongs to an account this sign-in may not take over: one
      // linked to another subject, or any account when the email is unverified.
      const holder = await tx.user.findUnique({ where: { email }, select: { id: true } });
      if (holder) return refuse("email-in-use", holder.id);
      const created = await tx.user.create({
        data: { email, name, role: mapping.role, source: "SSO", roleManagedBy: "MAPPING", ssoSubject: claims.sub, passwordHash: "", lastSignInAt: now },
        select: { id: true, email: true },
      });
      await appendAudit(tx, SYSTEM_ACTOR, {
        action: "user.create",
        targetType: "user",
        targetId: created.id,
        data: { email, role: mapping.role, source: "SSO", subject: claims.sub, groups: mapping.matched },
      });
      await appendAudit(tx, actorOf(created), { action: "auth.sign_in", targetType: "user", targetId: created.id, data: { address, method: "sso" } });
      return { ok: true, userId: created.id, created: true };
    }

    const remap = existing.roleManagedBy === "MAPPING" && existing.role !== mapping.role;
    await tx.user.update({
      where: { id: existing.id },
      data: { lastSignInAt: now, ssoSubject: claims.sub, ...(remap ? { role: mapping.role } : {}) },
      select: { id: true },
    });
    if (remap) {
      await appendAudit(tx, SYSTEM_ACTOR, {
        action: "user.change_role",
        targetType: "user",
        targetId: existing.id,
        data: { email: existing.email, from: existing.role, to: mapping.role, by: "mapping", groups: mapping.matched },
      });
    }
    if (!existing.ssoSubject) {
      await appendAudit(tx, SYSTEM_ACTOR, { action: "user.link_sso", targetType: "user", targetId: existing.id, data: { email: existing.email, subject: claims.sub } });
    }
    await appendAudit(tx, actorOf(existing), { action: "auth.sign_in", targetType: "user", targetId: existing.id, data: { address, method: "sso" } });
    return { ok: true, userId: existing.id, created: false };
  });
}
