import { describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db";
import { DEFAULT_SEVERITY_POLICIES } from "@/lib/rules/incidents/severity-policy";
import { ZPlaybook, type Playbook } from "@/lib/rules/playbooks/schema";
import { declareAs } from "@/test/helpers/incidents";
import { makeUser } from "@/test/helpers/users";
import { applyResponsePlan } from "./apply-response-plan";
import { getCurrentPlaybook } from "./read-playbook";

// Counts every call the operation makes on the transaction client (each a
// round trip to PostgreSQL at least), so a per-step query would show.
function countingClient(tx: Tx) {
  let calls = 0;
  const counted = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(object, property) {
        const value = Reflect.get(object, property) as unknown;
        if (typeof value === "function") {
          return (...args: unknown[]) => {
            calls += 1;
            return (value as (...a: unknown[]) => unknown).apply(object, args);
          };
        }
        return value && typeof value === "object" && typeof property === "string" && !property.startsWith("$") ? counted(value) : value;
      },
    });
  return { client: counted(tx), calls: () => calls };
}

function playbookWithSteps(count: number, frameworks: string[] = []): Playbook {
  return ZPlaybook.parse({
    category: "other",
    name: `${count} steps`,
    steps: Array.from({ length: count }, (_, i) => ({ key: `bulk-step-${i + 1}`, title: `Bulk step ${i + 1}`, dueOffsetMinutes: i * 5, evidencePreservation: i % 3 === 0 })),
    frameworks,
  });
}

const sev1 = DEFAULT_SEVERITY_POLICIES.find((p) => p.key === "SEV1")!;

async function applyCounted(steps: number, frameworks: string[] = []) {
  const lead = await makeUser("LEAD");
  const { id } = await declareAs(lead, { severity: "SEV1", category: "other" });
  const version = await getCurrentPlaybook(db, "other");
  const playbook = playbookWithSteps(steps, frameworks);
  const result = await db.$transaction(async (tx) => {
    const { client, calls } = countingClient(tx);
    const applied = await applyResponsePlan(client, id, sev1, { ...version, playbook }, new Date());
    return { applied, calls: calls() };
  });
  return { id, playbook, ...result };
}

describe("applying a response plan", () => {
  it("costs the same few queries for a 40-step playbook as for a 2-step one: one batched insert, no per-step round trips", async () => {
    const small = await applyCounted(2);
    const large = await applyCounted(40);
    expect(large.applied.addedTasks).toHaveLength(40);
    expect(large.calls).toBe(small.calls);
    // Read tasks, read roles, insert tasks, pin the version.
    expect(large.calls).toBeLessThanOrEqual(4);
  });

  it("suggesting the playbook's frameworks adds two queries, whatever their number", async () => {
    const none = await applyCounted(5);
    const two = await applyCounted(5, ["GDPR_ART33", "NIS2_ART23"]);
    expect(two.applied.frameworksSuggested).toEqual(["GDPR_ART33", "NIS2_ART23"]);
    expect(two.calls).toBe(none.calls + 2);
  });

  it("adds the steps after the work already there, in the playbook's order", async () => {
    const { id, playbook } = await applyCounted(40);
    const tasks = await db.incidentTask.findMany({ where: { incidentId: id }, orderBy: { position: "asc" }, select: { templateKey: true, position: true } });
    const added = tasks.filter((t) => t.templateKey?.startsWith("bulk-step-"));
    expect(added.map((t) => t.templateKey)).toEqual(playbook.steps.map((s) => s.key));
    expect(new Set(tasks.map((t) => t.position)).size).toBe(tasks.length);
    const firstAdded = tasks.indexOf(added[0]!);
    expect(tasks.slice(firstAdded).every((t) => t.templateKey?.startsWith("bulk-step-"))).toBe(true);
  });
});
