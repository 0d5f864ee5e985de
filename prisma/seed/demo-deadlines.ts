import { actorOf } from "@/lib/audit/actor";
import { db } from "@/lib/db";
import { applyFramework } from "@/lib/regulatory/apply-framework";
import { decideFramework } from "@/lib/regulatory/decide-framework";
import { recordTrigger } from "@/lib/regulatory/record-trigger";
import { updateObligation } from "@/lib/regulatory/update-obligation";
import type { DemoIncidents, DemoPeople } from "./demo-types";

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

async function obligationId(incidentId: string, frameworkKey: string, obligationKey: string) {
  const row = await db.incidentObligation.findFirstOrThrow({ where: { incidentId, frameworkKey, obligationKey }, select: { id: true } });
  return row.id;
}

// Clocks in every state: the restricted data exposure has GDPR's 72 hours
// running (about 42 left) and NIS2's early warning filed; the leaked CI
// token's CERT-In report is filed; the helper's suggestions wait for legal.
// All through the same operations as the app.
export async function seedDemoDeadlines(people: DemoPeople, incidents: DemoIncidents): Promise<void> {
  const { lead } = people;
  const as = [lead, actorOf(lead)] as const;

  await recordTrigger(...as, incidents.exposureId, { trigger: "AWARE", at: hoursAgo(30) });
  await decideFramework(...as, incidents.exposureId, { action: "suggest", answers: { personalData: true, euResidents: true, essentialOrImportantEntityEU: true, californiaResidents: true } });
  await applyFramework(...as, incidents.exposureId, { framework: "GDPR_ART33" });
  await applyFramework(...as, incidents.exposureId, { framework: "NIS2_ART23" });
  await updateObligation(...as, incidents.exposureId, await obligationId(incidents.exposureId, "NIS2_ART23", "early_warning"), {
    action: "submit",
    reference: "CERT-EU-EW-2026-0193",
    submittedAt: hoursAgo(9),
  });

  await recordTrigger(...as, incidents.leakId, { trigger: "NOTICED", at: hoursAgo(5) });
  await applyFramework(...as, incidents.leakId, { framework: "CERT_IN" });
  await updateObligation(...as, incidents.leakId, await obligationId(incidents.leakId, "CERT_IN", "report_cert_in"), {
    action: "submit",
    reference: "CERTIN-INC-88412",
    submittedAt: hoursAgo(2),
  });
}
