import "server-only";
import { db } from "@/lib/db";
import { parseInput } from "@/lib/validation";
import { loadFramework } from "./catalog-store";
import { computeFrameworkObligations } from "./compute-framework-obligations";
import { ZPreviewInput, type TPreviewInput } from "./schemas";

// "What would the clocks be?" for planning and for scripts: nothing is
// stored, and times may lie in the future.
export async function previewObligations(input: TPreviewInput) {
  const { framework: key, triggers } = parseInput(ZPreviewInput, input, "Body");
  const { definition, version } = await loadFramework(db, key);
  return {
    framework: key,
    catalogVersion: version,
    inForce: definition.inForce,
    obligations: computeFrameworkObligations(definition, triggers).map((o) => ({
      key: o.obligationKey,
      title: o.title,
      trigger: o.trigger,
      dueAt: o.dueAt ? o.dueAt.toISOString() : null,
      timeZone: o.timeZone,
      basis: o.basis,
      ...(o.awaiting.length > 0 ? { awaiting: o.awaiting } : {}),
    })),
  };
}
