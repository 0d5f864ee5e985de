// What makes a configuration unsafe once Cordon runs as more than one process
// (several web nodes, or web nodes plus a separate worker). Pure: it reads a
// copy of the environment and returns the problems, each saying what to do.
//
// CORDON_NODES is how many Cordon processes the operator runs (the
// deployment manifests set it); 1, the default, is `npm start` on one
// machine, where generated secrets and local evidence files are right.
export type ScaleOutProblem = { variable: string; message: string };

type Environment = Record<string, string | undefined>;

export function nodeCount(environment: Environment): number {
  const raw = environment.CORDON_NODES;
  if (raw === undefined || raw.trim() === "") return 1;
  const count = Number(raw);
  return Number.isInteger(count) && count >= 1 ? count : Number.NaN;
}

export function scaleOutProblems(environment: Environment): ScaleOutProblem[] {
  const nodes = nodeCount(environment);
  if (Number.isNaN(nodes)) return [{ variable: "CORDON_NODES", message: "must be a whole number of Cordon processes, 1 or more" }];
  const problems: ScaleOutProblem[] = [];
  const production = (environment.NODE_ENV ?? "production") === "production";
  // The launcher lists the secrets it took from .data/secrets.json: each node
  // would otherwise sign sessions and encrypt secrets with a key of its own.
  const generated = (environment.CORDON_GENERATED_SECRETS ?? "").split(",").filter(Boolean);
  if (production) {
    for (const name of ["AUTH_SECRET", "CORDON_SECRET_KEY"]) {
      if (generated.includes(name) && nodes > 1) {
        problems.push({ variable: name, message: `was generated on this machine; set the same ${name} on every node (from a Secret)` });
      }
    }
  }
  if (nodes === 1) return problems;
  if (!environment.DATABASE_URL) {
    problems.push({ variable: "DATABASE_URL", message: `is not set; ${nodes} nodes must share one PostgreSQL (the embedded one serves a single machine)` });
  }
  if ((environment.CORDON_EVIDENCE_BACKEND ?? "filesystem") === "filesystem") {
    problems.push({ variable: "CORDON_EVIDENCE_BACKEND", message: `is "filesystem"; with ${nodes} nodes evidence must live in shared object storage: set it to "s3"` });
  }
  if (!environment.CORDON_PUBLIC_URL) {
    problems.push({ variable: "CORDON_PUBLIC_URL", message: `is not set; with ${nodes} nodes links in messages cannot point at one node's own address` });
  }
  return problems;
}

export function describeScaleOutProblems(role: string, problems: ScaleOutProblem[]): string {
  return `Cordon (${role}) cannot start: the configuration is unsafe for several nodes\n${problems.map((p) => `  - ${p.variable} ${p.message}`).join("\n")}`;
}
