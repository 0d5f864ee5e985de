import type { z } from "zod";
import type { ZEvidenceMetadata } from "./schemas";

type Described = Pick<z.infer<typeof ZEvidenceMetadata>, "incidentId" | "kind" | "title" | "description" | "tags" | "source" | "acquisitionMethod">;

// The columns that describe an artefact and where it came from, the same
// whether its bytes are stored here or held by reference elsewhere.
export function descriptiveColumns(meta: Described) {
  return {
    incidentId: meta.incidentId,
    kind: meta.kind,
    title: meta.title,
    description: meta.description,
    tags: meta.tags,
    sourceCluster: meta.source.cluster ?? null,
    sourceNode: meta.source.node ?? null,
    sourceNamespace: meta.source.namespace ?? null,
    sourcePod: meta.source.pod ?? null,
    sourceContainer: meta.source.container ?? null,
    acquisitionMethod: meta.acquisitionMethod,
  };
}
