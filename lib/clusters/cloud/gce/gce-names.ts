// Names and references on the GCE side. Pure, no I/O.
import { createHash } from "node:crypto";

/** A zonal persistent disk named by an attached disk's `source` URL. */
export interface ZonalDisk {
  project: string;
  zone: string;
  disk: string;
}

export function parseDiskSource(source: string): ZonalDisk | { regional: string } | null {
  const zonal = /projects\/([^/]+)\/zones\/([^/]+)\/disks\/([^/]+)$/.exec(source);
  if (zonal) return { project: zonal[1]!, zone: zonal[2]!, disk: zonal[3]! };
  const regional = /projects\/[^/]+\/regions\/[^/]+\/disks\/([^/]+)$/.exec(source);
  return regional ? { regional: regional[1]! } : null;
}

/** The managed instance group that created the instance, from its `created-by` metadata. */
export function parseCreatedBy(value: string): { project: string; zone: string; name: string } | { regional: string } | null {
  const zonal = /projects\/([^/]+)\/zones\/([^/]+)\/instanceGroupManagers\/([^/]+)$/.exec(value);
  if (zonal) return { project: zonal[1]!, zone: zonal[2]!, name: zonal[3]! };
  const regional = /projects\/[^/]+\/regions\/[^/]+\/instanceGroupManagers\/([^/]+)$/.exec(value);
  return regional ? { regional: regional[1]! } : null;
}

/**
 * One snapshot per disk per incident, under a name derived from both: a
 * retried job finds the snapshot it already took instead of taking another.
 * GCE names are at most 63 characters of [a-z0-9-], starting with a letter.
 */
export function snapshotNameFor(incidentId: string, disk: ZonalDisk): string {
  const incident = incidentId.replace(/[^a-f0-9]/g, "").slice(0, 12);
  const digest = createHash("sha256").update(`${disk.project}/${disk.zone}/${disk.disk}`).digest("hex").slice(0, 8);
  return `cordon-${incident}-${digest}-${disk.disk}`.slice(0, 63).replace(/-+$/, "");
}

/** A label value: at most 63 lowercase letters, digits, '-' or '_'. */
export function labelValue(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9_-]/g, "-").slice(0, 63);
}
