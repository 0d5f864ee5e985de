import { z } from "zod";
import { INCIDENT_CATEGORIES } from "@/lib/rules/incidents/categories";

export const ZPlaybookParams = z.object({
  category: z.enum(INCIDENT_CATEGORIES, { error: `Unknown incident category; choose one of: ${INCIDENT_CATEGORIES.join(", ")}` }),
});

const ZNote = z.string({ error: "The note must be text" }).trim().max(500, { error: "The note must be at most 500 characters" }).optional();

/** PUT body: the whole playbook, why it changed, and the version the editor started from. */
export const ZSavePlaybookBody = z.strictObject({
  playbook: z.unknown(),
  note: ZNote,
  expectedVersion: z.number({ error: "expectedVersion must be a version number" }).int().positive().optional(),
});

export const ZPreviewBody = z.strictObject({
  severity: z.string({ error: "Choose a severity, e.g. SEV2" }).min(1, { error: "Choose a severity, e.g. SEV2" }).max(16),
  /** An unsaved draft to preview instead of the saved playbook. */
  draft: z.unknown().optional(),
});

export const ZFormat = z.enum(["yaml", "json"], { error: "format must be yaml or json" });

export const ZExportQuery = z.object({ format: ZFormat.default("yaml") });

export const ZImportBody = z.strictObject({
  format: ZFormat,
  document: z.string({ error: "Send the file's text as document" }),
  note: ZNote,
});

export const ZPullBody = z.strictObject({ expectedVersion: z.number().int().positive().optional() }).optional();
