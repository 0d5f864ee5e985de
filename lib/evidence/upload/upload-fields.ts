import { z } from "zod";
import { EVIDENCE_LIMITS, ZEvidenceKind } from "../schemas";

export const UPLOAD_FIELD_NAMES = ["title", "description", "kind", "sha256", "tags", "acquisitionMethod"] as const;

// The text parts of an upload form. They must come before the file part:
// the file is streamed into storage as it arrives, so nothing said after it
// could still apply (a browser's FormData keeps the order it was built in).
export const ZUploadFields = z.object({
  title: z.string().trim().max(EVIDENCE_LIMITS.title).optional(),
  description: z.string().trim().max(EVIDENCE_LIMITS.description).optional(),
  kind: ZEvidenceKind.default("FILE"),
  sha256: z
    .string()
    .trim()
    .transform((value) => value || undefined)
    .optional(),
  tags: z
    .string()
    .optional()
    .transform((value) => (value ? value.split(",").map((tag) => tag.trim()).filter(Boolean) : [])),
  acquisitionMethod: z.string().trim().max(200).optional(),
});
export type TUploadFields = z.infer<typeof ZUploadFields>;
