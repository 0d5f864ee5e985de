import { db } from "@/lib/db";
import { seedDemoClusters } from "./demo-clusters";
import { seedDemoDeadlines } from "./demo-deadlines";
import { seedDemoEvidence } from "./demo-evidence";
import { seedDemoIncidents } from "./demo-incidents";
import { seedDemoNotifications, type DemoReceiverLink } from "./demo-notifications";
import { seedDemoUsers } from "./demo-users";

// Fills an empty database with demo data. Never runs on a database that
// already has accounts, so it cannot overwrite a real installation.
// The demo receiver is the webhook consumer the launcher runs; without it
// (CORDON_DEMO=1 on an external database) there is no demo channel.
export async function seedDemoData(password: string, receiver?: DemoReceiverLink): Promise<{ seeded: boolean }> {
  if ((await db.user.count()) > 0) return { seeded: false };
  const [admin, lead, responder, exec, auditor] = await seedDemoUsers(password);
  const people = { admin: admin!, lead: lead!, responder: responder!, exec: exec!, auditor: auditor! };
  const incidents = await seedDemoIncidents(people);
  await seedDemoClusters(people, incidents);
  await seedDemoEvidence(people, incidents);
  await seedDemoDeadlines(people, incidents);
  await seedDemoNotifications(people, receiver);
  return { seeded: true };
}
