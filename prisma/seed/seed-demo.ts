import { db } from "@/lib/db";
import { seedDemoClusters } from "./demo-clusters";
import { seedDemoDeadlines } from "./demo-deadlines";
import { seedDemoEvidence } from "./demo-evidence";
import { seedDemoIncidents } from "./demo-incidents";
import { seedDemoUsers } from "./demo-users";

// Fills an empty database with demo data. Never runs on a database that
// already has accounts, so it cannot overwrite a real installation.
export async function seedDemoData(password: string): Promise<{ seeded: boolean }> {
  if ((await db.user.count()) > 0) return { seeded: false };
  const [admin, lead, responder, exec, auditor] = await seedDemoUsers(password);
  const people = { admin: admin!, lead: lead!, responder: responder!, exec: exec!, auditor: auditor! };
  const incidents = await seedDemoIncidents(people);
  await seedDemoClusters(people, incidents);
  await seedDemoEvidence(people, incidents);
  await seedDemoDeadlines(people, incidents);
  return { seeded: true };
}
