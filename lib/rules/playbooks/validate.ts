// Validation of a whole playbook: the shape (schema.ts), then the rules that
// span fields or need the installation's data (its severities and regulatory
// frameworks). Every problem is reported at once, each with its path.
import type { z } from "zod";
import { ZPlaybook, type Playbook } from "./schema";

export interface PlaybookProblem {
  path: string;
  message: string;
}

export interface PlaybookContext {
  severityKeys: readonly string[];
  frameworkKeys: readonly string[];
}

export type PlaybookValidation = { ok: true; playbook: Playbook } | { ok: false; problems: PlaybookProblem[] };

export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, part) => (typeof part === "number" ? `${out}[${part}]` : out ? `${out}.${String(part)}` : String(part)), "");
}

function fromZod(error: z.ZodError): PlaybookProblem[] {
  return error.issues.map((issue) => ({ path: formatPath(issue.path) || "(document)", message: issue.message }));
}

export function validatePlaybook(input: unknown, context: PlaybookContext): PlaybookValidation {
  const parsed = ZPlaybook.safeParse(input);
  if (!parsed.success) return { ok: false, problems: fromZod(parsed.error) };
  const problems = findConsistencyProblems(parsed.data, context);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, playbook: parsed.data };
}

function findConsistencyProblems(playbook: Playbook, context: PlaybookContext): PlaybookProblem[] {
  const problems: PlaybookProblem[] = [];
  const severities = new Set(context.severityKeys);
  const knownSeverities = context.severityKeys.join(", ");
  const firstByKey = new Map<string, number>();
  playbook.steps.forEach((step, i) => {
    const first = firstByKey.get(step.key);
    if (first === undefined) firstByKey.set(step.key, i);
    else problems.push({ path: `steps[${i}].key`, message: `Step keys must be unique: "${step.key}" is used by steps ${first + 1} and ${i + 1}` });
  });
  playbook.steps.forEach((step, i) =>
    (step.after ?? []).forEach((prerequisite, j) => {
      if (!firstByKey.has(prerequisite)) problems.push({ path: `steps[${i}].after[${j}]`, message: `Step "${step.key}" waits for "${prerequisite}", which is not a step of this playbook` });
      else if (prerequisite === step.key) problems.push({ path: `steps[${i}].after[${j}]`, message: `Step "${step.key}" cannot wait for itself` });
    }),
  );
  const cycle = findCycle(playbook.steps);
  if (cycle) problems.push({ path: `steps[${firstByKey.get(cycle[0] ?? "") ?? 0}].after`, message: `Steps wait for each other in a circle: ${cycle.join(" → ")}; none of them could ever start` });
  playbook.triageQuestions.forEach((question, i) => {
    if (!severities.has(question.suggestSeverity)) problems.push({ path: `triageQuestions[${i}].suggestSeverity`, message: `Unknown severity "${question.suggestSeverity}"; choose one of ${knownSeverities}` });
  });
  duplicates(playbook.triageQuestions.map((q) => q.key)).forEach(({ index, key }) => problems.push({ path: `triageQuestions[${index}].key`, message: `Question key "${key}" is used twice` }));
  playbook.evidence.forEach((item, i) => {
    if (item.stepKey !== undefined && !firstByKey.has(item.stepKey)) problems.push({ path: `evidence[${i}].stepKey`, message: `Evidence "${item.what}" is collected by step "${item.stepKey}", which is not a step of this playbook` });
  });
  duplicates(playbook.evidence.map((e) => e.key)).forEach(({ index, key }) => problems.push({ path: `evidence[${index}].key`, message: `Evidence key "${key}" is used twice` }));
  playbook.parties.forEach((party, i) => {
    for (const severity of Object.keys(party.callWhen)) {
      if (!severities.has(severity)) problems.push({ path: `parties[${i}].callWhen.${severity}`, message: `Unknown severity "${severity}"; choose one of ${knownSeverities}` });
    }
  });
  const frameworks = new Set(context.frameworkKeys);
  playbook.frameworks.forEach((framework, i) => {
    if (!frameworks.has(framework)) problems.push({ path: `frameworks[${i}]`, message: `Unknown regulatory framework "${framework}"; see Settings › Regulations for the keys` });
  });
  return problems;
}

/** Entries that repeat an earlier one. */
function duplicates(keys: readonly string[]): { index: number; key: string }[] {
  return keys.flatMap((key, index) => (keys.indexOf(key) !== index ? [{ index, key }] : []));
}

/** A circle of "after" references, as step keys with the first repeated at the end, or null. */
export function findCycle(steps: readonly { key: string; after?: readonly string[] }[]): string[] | null {
  const edges = new Map(steps.map((step) => [step.key, step.after ?? []]));
  const state = new Map<string, "visiting" | "done">();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === "done") return null;
    if (state.get(node) === "visiting") return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, "visiting");
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!edges.has(next) || next === node) continue;
      const cycle = visit(next);
      if (cycle) return cycle;
    }
    stack.pop();
    state.set(node, "done");
    return null;
  };
  for (const step of steps) {
    const cycle = visit(step.key);
    if (cycle) return cycle;
  }
  return null;
}
