// The project's own import graph, read with the TypeScript compiler's
// pre-processor (no type checking, so it takes well under a second). Static
// imports, re-exports and dynamic import() all count: a bundler follows each.
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const ROOT = resolve(import.meta.dirname, "../..");
const EXTENSIONS = [".ts", ".tsx", "/index.ts", "/index.tsx"];

/** A project file for a specifier, or undefined for packages and node builtins. */
function resolveSpecifier(from: string, specifier: string): string | undefined {
  let base: string;
  if (specifier.startsWith("@/")) base = join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = resolve(dirname(from), specifier);
  else return undefined;
  if (/\.tsx?$/.test(base) && existsSync(base)) return base;
  const found = EXTENSIONS.map((extension) => base + extension).find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`${relative(ROOT, from)} imports ${specifier}, which resolves to no file`);
  return found;
}

export function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles.map((i) => resolveSpecifier(file, i.fileName)).filter((f): f is string => f !== undefined);
}

/** Every project file reachable from the entries, with its imports; paths relative to the root. */
export function importGraph(entries: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const pending = entries.map((entry) => join(ROOT, entry));
  while (pending.length > 0) {
    const file = pending.pop()!;
    const key = relative(ROOT, file);
    if (graph.has(key)) continue;
    // The generated Prisma client is a leaf: its own internals are not ours.
    const imports = key.startsWith("lib/generated/") ? [] : importsOf(file);
    graph.set(key, imports.map((f) => relative(ROOT, f)));
    pending.push(...imports);
  }
  return graph;
}

/** Files reachable from `start` (itself excluded unless a cycle leads back to it). */
export function reachableFrom(graph: Map<string, string[]>, start: string): Set<string> {
  const seen = new Set<string>();
  const pending = [...(graph.get(start) ?? [])];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    pending.push(...(graph.get(file) ?? []));
  }
  return seen;
}

/** Strongly connected components with more than one file: the import cycles (Tarjan). */
export function importCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (file: string) => {
    index.set(file, counter);
    low.set(file, counter);
    counter++;
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file)!, low.get(next)!));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file)!, index.get(next)!));
      }
    }
    if (low.get(file) === index.get(file)) {
      const component: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== file);
      if (component.length > 1) cycles.push(component.sort());
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
}
