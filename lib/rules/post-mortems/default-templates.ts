// The review template a severity starts with, until an admin edits it. The
// prompts ask for the blameless account: systems and processes, not people.
import { z } from "zod";

export const SECTION_KINDS = ["MARKDOWN", "CONTRIBUTING_FACTORS", "SEVERITY_REVIEW"] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export type TemplateSection = { key: string; title: string; prompt: string; kind: SectionKind };
export type PostMortemTemplateBody = { sections: TemplateSection[]; requiredApprovals: number };

export const TEMPLATE_LIMITS = { maxSections: 30, titleMax: 120, promptMax: 1000, maxApprovals: 10 } as const;

export const DEFAULT_SECTIONS: readonly TemplateSection[] = [
  { key: "summary", title: "Summary", prompt: "What happened, in three or four sentences a reader outside the team understands.", kind: "MARKDOWN" },
  { key: "impact", title: "Impact", prompt: "Who and what was affected, for how long, and what data or service was at risk.", kind: "MARKDOWN" },
  {
    key: "root_cause",
    title: "Root cause and contributing factors",
    prompt: "Why it happened. List each contributing factor with its kind (technical, process, tooling, communication, external) — describe systems and decisions, not people.",
    kind: "CONTRIBUTING_FACTORS",
  },
  {
    key: "detection",
    title: "Detection",
    prompt: "How it was found, and how it could be found sooner (e.g. collect logs ahead of time, alert on the first signal).",
    kind: "MARKDOWN",
  },
  { key: "went_well", title: "What went well", prompt: "What helped the response and should be kept.", kind: "MARKDOWN" },
  { key: "went_badly", title: "What went badly", prompt: "What slowed the response or made it harder.", kind: "MARKDOWN" },
  { key: "lucky", title: "Where we got lucky", prompt: "What worked out by chance and should not be relied on next time.", kind: "MARKDOWN" },
  { key: "lessons", title: "Lessons", prompt: "What the organisation learned; the action items below follow from these.", kind: "MARKDOWN" },
  {
    key: "severity_review",
    title: "Was the severity right?",
    prompt: "Was the severity (and its response policy) right for what this turned out to be? If not, propose a change to the policy.",
    kind: "SEVERITY_REVIEW",
  },
];

/** Publishing a review of a SEV1 or SEV2 needs one approval by default; lower severities none. */
export function defaultRequiredApprovals(severityKey: string): number {
  return severityKey === "SEV1" || severityKey === "SEV2" ? 1 : 0;
}

export function defaultTemplate(severityKey: string): PostMortemTemplateBody {
  return { sections: DEFAULT_SECTIONS.map((section) => ({ ...section })), requiredApprovals: defaultRequiredApprovals(severityKey) };
}

const SECTION_KEY = /^[a-z][a-z0-9_]{0,39}$/;

export const ZTemplateSection = z.object({
  key: z.string().regex(SECTION_KEY, { error: "Section key must be lower-case letters, digits and _ (up to 40), starting with a letter" }),
  title: z.string().trim().min(1, { error: "Section title is required" }).max(TEMPLATE_LIMITS.titleMax, { error: `Section title must be at most ${TEMPLATE_LIMITS.titleMax} characters` }),
  prompt: z.string().trim().max(TEMPLATE_LIMITS.promptMax, { error: `Prompt must be at most ${TEMPLATE_LIMITS.promptMax} characters` }),
  kind: z.enum(SECTION_KINDS, { error: `Section kind must be one of: ${SECTION_KINDS.join(", ")}` }),
});

export const ZTemplateBody = z
  .object({
    sections: z
      .array(ZTemplateSection)
      .min(1, { error: "A template needs at least one section" })
      .max(TEMPLATE_LIMITS.maxSections, { error: `A template has at most ${TEMPLATE_LIMITS.maxSections} sections` }),
    requiredApprovals: z
      .number({ error: "Required approvals must be a number" })
      .int({ error: "Required approvals must be a whole number" })
      .min(0, { error: "Required approvals cannot be negative" })
      .max(TEMPLATE_LIMITS.maxApprovals, { error: `Required approvals must be at most ${TEMPLATE_LIMITS.maxApprovals}` }),
  })
  .superRefine((body, ctx) => {
    const seen = new Set<string>();
    for (const [index, section] of body.sections.entries()) {
      if (seen.has(section.key)) ctx.addIssue({ code: "custom", path: ["sections", index, "key"], message: `Section key "${section.key}" is used twice` });
      seen.add(section.key);
    }
  });
