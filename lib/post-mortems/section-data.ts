import { z } from "zod";
import { ZContributingFactor } from "./schemas";

const ZSectionData = z.object({ factors: z.array(ZContributingFactor).optional() });

// A section's kind-specific data as stored; anything unreadable counts as none.
export function readFactors(data: unknown): { kind: string; text: string }[] {
  const parsed = ZSectionData.safeParse(data);
  return parsed.success ? (parsed.data.factors ?? []) : [];
}
