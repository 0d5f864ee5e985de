import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { DEFAULT_SEVERITY_POLICIES } from "@/lib/rules/incidents/severity-policy";
import { getSeverityPolicy } from "@/lib/severities/get-severity-policy";
import { listSeverityPolicies } from "@/lib/severities/list-severities";
import { updateSeverityPolicy } from "@/lib/severities/update-severity-policy";
import { actorFor, makeUser } from "@/test/helpers/users";

describe("severity policies", () => {
  it("ships SEV1–SEV4, most severe first", async () => {
    const keys = (await listSeverityPolicies()).map((policy) => policy.key);
    expect(keys.slice(0, 4)).toEqual(["SEV1", "SEV2", "SEV3", "SEV4"]);
  });

  it("lets an admin edit a policy, audited, and refuses an invalid one with the field named", async () => {
    const admin = await makeUser("ADMIN");
    const sev4 = DEFAULT_SEVERITY_POLICIES.find((policy) => policy.key === "SEV4")!;
    await updateSeverityPolicy(actorFor(admin), "SEV4", { ...sev4, updateEveryMinutes: 720 });
    expect((await getSeverityPolicy(db, "SEV4")).updateEveryMinutes).toBe(720);
    expect(await db.auditEntry.count({ where: { action: "severity.update", targetId: "SEV4", actorId: admin.id } })).toBe(1);

    await expect(updateSeverityPolicy(actorFor(admin), "SEV4", { ...sev4, requiredRoles: ["DEPUTY"] })).rejects.toThrow(/requiredRoles.*lead/i);
    await expect(updateSeverityPolicy(actorFor(admin), "SEV4", { ...sev4, key: "SEV3" })).rejects.toThrow(/must match/);
    expect((await getSeverityPolicy(db, "SEV4")).requiredRoles).toContain("LEAD");
    await updateSeverityPolicy(actorFor(admin), "SEV4", sev4);
  });

  it("names the known severities when asked for an unknown one", async () => {
    await expect(getSeverityPolicy(db, "SEV9")).rejects.toThrow(/choose one of SEV1, SEV2, SEV3, SEV4/);
  });
});
