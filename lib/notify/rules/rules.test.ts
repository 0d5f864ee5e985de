import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { verifyStandardWebhook } from "../test-support/receivers";
import { signWebhook, webhookHeaders } from "../channels/standard-webhooks";
import { verifyPagerDutySignature } from "../pagerduty/verify-signature";
import { backoffSeconds, nextAttemptDelaySeconds, parseRetryAfter } from "./backoff";
import { pagerDutyActionFor } from "./channel-kinds";
import { describeEscalationTimeline, summarizeTimeline } from "./describe-timeline";
import { ZEscalationPolicyInput, expandLevels, findPolicyProblems, type ResolvedLevel, type ResolvedTarget, type TEscalationPolicy } from "./escalation-policy";
import { renderMessage, type IncidentSnapshot } from "./render-message";

const LEAD = "11111111-1111-4111-8111-111111111111";
const CISO = "22222222-2222-4222-8222-222222222222";
const PAGER = "33333333-3333-4333-8333-333333333333";
const names = { user: (id: string) => (id === CISO ? "Carla CISO" : "Lee Lead"), channel: () => 'PagerDuty "On-call"' };

describe("escalation policy rules", () => {
  it("refuses a policy with no levels, in words", () => {
    const result = ZEscalationPolicyInput.safeParse({ channelIds: [], levels: [] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("Add at least one level: who is notified first");
  });

  it("names a target listed twice in a level", () => {
    const policy: TEscalationPolicy = { channelIds: [], repeat: 0, levels: [{ waitMinutes: 5, targets: [{ type: "role", role: "LEAD" }, { type: "role", role: "LEAD" }] }] };
    expect(findPolicyProblems("SEV1", policy, names).map((p) => p.message)).toEqual(["Level 1 lists the Lead twice"]);
  });

  it("refuses a hand-over to the policy itself and one that is not alone at the end", () => {
    const policy: TEscalationPolicy = {
      channelIds: [],
      repeat: 0,
      levels: [
        { waitMinutes: 5, targets: [{ type: "policy", severityKey: "SEV1" }, { type: "role", role: "LEAD" }] },
        { waitMinutes: 5, targets: [{ type: "role", role: "DEPUTY" }] },
      ],
    };
    const messages = findPolicyProblems("SEV1", policy, names).map((p) => p.message);
    expect(messages).toContain("Level 1 hands over to SEV1's own policy: that would loop forever");
    expect(messages).toContain("Level 1: a hand-over to another severity's policy must be the only target of the last level");
  });

  it("follows hand-overs and reports a loop with the whole chain", () => {
    const sev1: TEscalationPolicy = { channelIds: [], repeat: 0, levels: [{ waitMinutes: 5, targets: [{ type: "user", userId: CISO }] }] };
    const sev2: TEscalationPolicy = { channelIds: [], repeat: 0, levels: [{ waitMinutes: 10, targets: [{ type: "role", role: "LEAD" }] }, { waitMinutes: 1, targets: [{ type: "policy", severityKey: "SEV1" }] }] };
    const ok = expandLevels("SEV2", (key) => ({ SEV1: sev1, SEV2: sev2 })[key]);
    expect(ok).toEqual({ ok: true, levels: [expect.objectContaining({ waitMinutes: 10, fromSeverity: "SEV2" }), expect.objectContaining({ waitMinutes: 5, fromSeverity: "SEV1" })] });

    const looping = { ...sev1, levels: [...sev1.levels, { waitMinutes: 1, targets: [{ type: "policy" as const, severityKey: "SEV3" }] }] };
    const sev3: TEscalationPolicy = { channelIds: [], repeat: 0, levels: [{ waitMinutes: 1, targets: [{ type: "policy", severityKey: "SEV2" }] }] };
    expect(expandLevels("SEV2", (key) => ({ SEV1: looping, SEV2: sev2, SEV3: sev3 })[key])).toEqual({
      ok: false,
      message: "Escalation loops: SEV2 → SEV1 → SEV3 → SEV2. Remove one of the hand-overs.",
    });
  });

  it("describes the timeline a policy produces, with repeats", () => {
    const levels: ResolvedLevel[] = [
      { waitMinutes: 5, targets: [{ type: "channel", channelId: PAGER }, { type: "role", role: "LEAD" }], fromSeverity: "SEV1" },
      { waitMinutes: 10, targets: [{ type: "role", role: "DEPUTY" }], fromSeverity: "SEV1" },
      { waitMinutes: 15, targets: [{ type: "user", userId: CISO }], fromSeverity: "SEV1" },
    ];
    const word = (t: ResolvedTarget) => (t.type === "channel" ? 'PagerDuty "On-call"' : t.type === "user" ? "Carla CISO by email" : `the ${t.role === "LEAD" ? "Lead" : "Deputy lead"} via Slack + email`);
    const steps = describeEscalationTimeline(levels, 1, word);
    expect(summarizeTimeline(steps.slice(0, 3))).toBe('0 min: PagerDuty "On-call"; the Lead via Slack + email; 5 min: the Deputy lead via Slack + email; 15 min: Carla CISO by email');
    expect(steps.map((s) => s.atMinutes)).toEqual([0, 5, 15, 30, 35, 45]);
    expect(steps[3]).toMatchObject({ level: 1, cycle: 2 });
  });
});

describe("delivery backoff", () => {
  it("doubles from 30 s up to an hour, and believes Retry-After up to the same cap", () => {
    expect([1, 2, 3, 4, 5, 6, 10].map(backoffSeconds)).toEqual([30, 60, 120, 240, 480, 960, 3600]);
    expect(nextAttemptDelaySeconds(1, 7)).toBe(7);
    expect(nextAttemptDelaySeconds(1, 999_999)).toBe(3600);
    const now = new Date("2026-01-01T00:00:00Z");
    expect(parseRetryAfter("12", now)).toBe(12);
    expect(parseRetryAfter("Thu, 01 Jan 2026 00:01:00 GMT", now)).toBe(60);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
  });
});

describe("messages", () => {
  const incident: IncidentSnapshot = { id: LEAD, reference: "INC-1042", title: "Crypto miner in checkout", severity: "SEV1", severityRank: 1, status: "TRIAGE", restricted: false, drill: false, leadName: "Lee Lead" };

  it("are short, say what to do and link to the incident", () => {
    const message = renderMessage({ type: "update_overdue", incident, data: { overdueMinutes: 5 } }, { restrictedChannel: false, incidentUrl: "http://x/incidents/1", ackUrl: null });
    expect(message.title).toBe("[SEV1] INC-1042 SEV1 update overdue by 5 min");
    expect(message.text).toBe("Post a status update for stakeholders now.");
    const page = renderMessage({ type: "escalation", incident, data: { level: 2, minutesWaiting: 5 } }, { restrictedChannel: false, incidentUrl: "u", ackUrl: "a" });
    expect(page.title).toBe("[SEV1] INC-1042 the incident not acknowledged after 5 min");
    expect(page.text).toContain("level 2");
  });

  it("cover the events other parts of Cordon raise: deadlines, approvals, evidence integrity", () => {
    const render = (type: "deadline_due" | "cluster_action_awaiting_approval" | "cluster_action_decided" | "evidence_integrity_failed", data: Record<string, unknown>) =>
      renderMessage({ type, incident, data }, { restrictedChannel: false, incidentUrl: "u", ackUrl: null });
    expect(render("deadline_due", { label: "GDPR Art. 33 notification", dueAt: "2026-11-26T10:00:00Z" })).toMatchObject({
      title: "[SEV1] INC-1042 deadline due: GDPR Art. 33 notification (2026-11-26 10:00 UTC)",
      text: "File it, or record why it does not apply.",
    });
    expect(render("cluster_action_awaiting_approval", { action: "Quarantine node", target: "node ip-10-0-3-7", cluster: "prod-eu", requestedBy: "Rosa Responder", reason: "Miner on it" }).text).toBe(
      "node ip-10-0-3-7 on prod-eu — requested by Rosa Responder: Miner on it. Review the previewed steps and approve or reject.",
    );
    const rejected = render("cluster_action_decided", { decision: "rejected", label: "Isolate pod", cluster: "prod-eu", decidedBy: "Ada Admin", reason: "Isolate the node instead" });
    expect(rejected).toMatchObject({ title: "[SEV1] INC-1042 cluster action rejected: Isolate pod", text: "Ada Admin rejected it: Isolate the node instead. Nothing was changed on prod-eu." });
    expect(render("cluster_action_decided", { decision: "approved", label: "Isolate pod", cluster: "prod-eu", target: "pod payments/x", decidedBy: "Ada Admin" }).title).toBe("[SEV1] INC-1042 cluster action approved: Isolate pod");
    expect(render("evidence_integrity_failed", { evidenceName: "ledger-7f9c logs" }).title).toBe("[SEV1] INC-1042 evidence integrity check failed: ledger-7f9c logs");
  });

  it("never put a restricted incident's details into a channel not cleared for it", () => {
    const secret = { ...incident, restricted: true };
    const redacted = renderMessage({ type: "declared", incident: secret, data: { leadName: "Lee Lead" } }, { restrictedChannel: false, incidentUrl: "http://x/incidents/1", ackUrl: "http://x/ack" });
    expect(redacted).toMatchObject({ title: "A restricted incident needs you", redacted: true, incident: null, incidentUrl: "http://x/incidents/1" });
    expect(JSON.stringify(redacted)).not.toContain("Crypto miner");
    const cleared = renderMessage({ type: "declared", incident: secret, data: {} }, { restrictedChannel: true, incidentUrl: "u", ackUrl: null });
    expect(cleared.title).toBe("[SEV1] INC-1042 declared: Crypto miner in checkout");
  });

  it("map to PagerDuty's trigger, acknowledge and resolve only", () => {
    expect(pagerDutyActionFor("declared", {})).toBe("trigger");
    expect(pagerDutyActionFor("acknowledged", {})).toBe("acknowledge");
    expect(pagerDutyActionFor("status_changed", { from: "ERADICATED", to: "RECOVERED" })).toBe("resolve");
    expect(pagerDutyActionFor("status_changed", { from: "TRIAGE", to: "INVESTIGATING" })).toBeNull();
    expect(pagerDutyActionFor("update_overdue", {})).toBeNull();
  });
});

describe("signatures", () => {
  it("signs webhooks per Standard Webhooks, with both secrets during a rotation", () => {
    const current = `whsec_${Buffer.alloc(32, 7).toString("base64")}`;
    const previous = `whsec_${Buffer.alloc(32, 9).toString("base64")}`;
    const body = '{"a":1}';
    expect(signWebhook(current, "msg_1", 1_700_000_000, body)).toBe(`v1,${createHmac("sha256", Buffer.alloc(32, 7)).update(`msg_1.1700000000.${body}`).digest("base64")}`);
    const headers = webhookHeaders([current, previous], "msg_1", 1_700_000_000, body);
    expect(headers["webhook-signature"]!.split(" ")).toHaveLength(2);
    expect(verifyStandardWebhook(current, headers, body, 1_700_000_010)).toBe(true);
    expect(verifyStandardWebhook(previous, headers, body, 1_700_000_010)).toBe(true);
    expect(verifyStandardWebhook(current, headers, '{"a":2}', 1_700_000_010)).toBe(false);
  });

  it("verifies PagerDuty's v1 HMAC header and rejects a forgery", () => {
    const body = '{"event":{}}';
    const good = createHmac("sha256", "pd-secret").update(body).digest("hex");
    expect(verifyPagerDutySignature(`v1=deadbeef,v1=${good}`, body, ["pd-secret"])).toBe(true);
    expect(verifyPagerDutySignature(`v1=${good}`, body, ["other"])).toBe(false);
    expect(verifyPagerDutySignature(null, body, ["pd-secret"])).toBe(false);
  });
});
