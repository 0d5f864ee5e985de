import { defineQueue } from "@/lib/jobs/job-queue";

// Routing new alert groups (open or join an incident, keep their samples as
// evidence) and saying on an incident's timeline that its alerts resolved.
// Both run after the ingest request has answered.
export const routeAlertGroupsQueue = defineQueue<{ groupIds: string[] }>("alerts-route", { retryLimit: 5, retryDelaySeconds: 2 });
export const noteResolvedAlertsQueue = defineQueue<{ incidentId: string }>("alerts-note-resolved", { retryLimit: 5, retryDelaySeconds: 2 });
export const keepAlertEvidenceQueue = defineQueue<{ groupId: string; incidentId: string }>("alerts-keep-evidence", { retryLimit: 5, retryDelaySeconds: 5 });

// Minute jobs: one audit entry per minute of arrivals, and the sweep that
// routes groups whose routing was lost and flags ones left unattended.
export const auditAlertArrivalsQueue = defineQueue<object>("alerts-audit-arrivals", { retryLimit: 3, retryDelaySeconds: 10, expireInSeconds: 120 });
export const sweepAlertGroupsQueue = defineQueue<object>("alerts-sweep", { retryLimit: 1, retryDelaySeconds: 10, expireInSeconds: 120 });
