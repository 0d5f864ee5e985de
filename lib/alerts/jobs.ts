import "server-only";
import { defineJob, type AnyJobDefinition } from "@/lib/jobs/job-definition";
import { auditAlertArrivals } from "./audit-alert-arrivals";
import { auditAlertArrivalsQueue, keepAlertEvidenceQueue, noteResolvedAlertsQueue, routeAlertGroupsQueue, sweepAlertGroupsQueue } from "./job-queues";
import { keepSamplesAsEvidence } from "./keep-samples-as-evidence";
import { noteResolvedAlerts } from "./note-resolved-alerts";
import { routeAlertGroups } from "./route-alert-groups";
import { sweepAlertGroups } from "./sweep-alert-groups";

export const routeAlertGroupsJob = defineJob(routeAlertGroupsQueue, {
  async handle({ groupIds }) {
    await routeAlertGroups(groupIds);
  },
});

export const noteResolvedAlertsJob = defineJob(noteResolvedAlertsQueue, {
  async handle({ incidentId }) {
    await noteResolvedAlerts(incidentId);
  },
});

export const keepAlertEvidenceJob = defineJob(keepAlertEvidenceQueue, {
  async handle({ groupId, incidentId }) {
    await keepSamplesAsEvidence(groupId, incidentId);
  },
});

export const auditAlertArrivalsJob = defineJob(auditAlertArrivalsQueue, {
  schedule: "* * * * *",
  async handle() {
    await auditAlertArrivals();
  },
});

export const sweepAlertGroupsJob = defineJob(sweepAlertGroupsQueue, {
  schedule: "* * * * *",
  async handle() {
    await sweepAlertGroups();
  },
});

// Background jobs of this domain (collected by lib/worker/start-job-worker.ts).
export const alertJobs: AnyJobDefinition[] = [routeAlertGroupsJob, noteResolvedAlertsJob, keepAlertEvidenceJob, auditAlertArrivalsJob, sweepAlertGroupsJob];
