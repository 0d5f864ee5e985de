import "server-only";
import type { protos } from "@google-cloud/compute";
import type { DiskSnapshot, NodeDiskSnapshotProvider, NodeDiskSnapshotRequest, NodeDiskSnapshotResult } from "../../node-disk-snapshot";
import { NodeDiskSnapshotError } from "../../node-disk-snapshot";
import type { GceCredentials, GceSettings } from "../cloud-config";
import { parseProviderId } from "../provider-id";
import { GCE_CALL, openGceClients, type GceClients } from "./gce-clients";
import { gceCall, gceFailure, gceStatus } from "./gce-failure";
import { labelValue, parseCreatedBy, parseDiskSource, snapshotNameFor, type ZonalDisk } from "./gce-names";

type Operation = protos.google.cloud.compute.v1.IOperation;
type Instance = protos.google.cloud.compute.v1.IInstance;
type Group = { project: string; zone: string; name: string };

const RETAIN = "kept by GCE until someone deletes it (a manual snapshot: no schedule removes it)";
// The snapshot and the abandon are zone operations; a big disk takes minutes.
const OPERATION_DEADLINE_MS = 20 * 60_000;
const WAIT_CALL = { timeout: 150_000, maxRetries: 2 } as const;

interface Target {
  project: string;
  zone: string;
  instance: string;
}

function targetOf(request: NodeDiskSnapshotRequest, settings: GceSettings): Target {
  const parsed = parseProviderId(request.providerId);
  if (parsed?.kind !== "gce") throw new NodeDiskSnapshotError(`node ${request.node} has providerID "${request.providerId}", which is not a GCE instance (gce://project/zone/instance)`);
  if (settings.project && settings.project !== parsed.project) {
    throw new NodeDiskSnapshotError(`node ${request.node} runs in GCE project ${parsed.project}, but this cluster's cloud provider is limited to project ${settings.project}`);
  }
  return { project: parsed.project, zone: parsed.zone, instance: parsed.instance };
}

class GceRun {
  private readonly endpoint: string;

  constructor(
    private readonly clients: GceClients,
    settings: GceSettings,
    private readonly target: Target,
  ) {
    this.endpoint = settings.apiEndpoint ?? "https://compute.googleapis.com";
  }

  call<T>(what: string, permission: string, work: () => Promise<T>): Promise<T> {
    return gceCall(what, permission, this.endpoint, work);
  }

  async readInstance(): Promise<Instance> {
    const { project, zone, instance } = this.target;
    const [found] = await this.call(`read instance ${instance} in project ${project} zone ${zone}`, "compute.instances.get", () => this.clients.instances.get({ project, zone, instance }, GCE_CALL));
    return found;
  }

  /** Waits on the zone operation (server-side waits, no polling sleeps) and fails with its errors. */
  async waitFor(operation: Operation | null | undefined, zone: string, project: string, what: string): Promise<Operation> {
    let current = operation ?? {};
    const deadline = Date.now() + OPERATION_DEADLINE_MS;
    while (current.status !== "DONE") {
      if (!current.name) throw new NodeDiskSnapshotError(`GCE: ${what}: the API answered without an operation to wait on`);
      if (Date.now() > deadline) throw new NodeDiskSnapshotError(`GCE: ${what} is still running after 20 minutes (operation ${current.name}); it goes on at GCE — check it there`);
      const name = current.name;
      [current] = await this.call(`wait for operation ${name}`, "compute.zoneOperations.get", () => this.clients.zoneOperations.wait({ project, zone, operation: name }, WAIT_CALL));
    }
    const errors = current.error?.errors ?? [];
    if (errors.length > 0) throw new NodeDiskSnapshotError(`GCE: ${what} failed: ${errors.map((e) => `${e.code ?? "ERROR"}: ${e.message ?? ""}`).join("; ")}`);
    return current;
  }

  /** Creates the snapshot, or finds the one a previous run of this incident took. */
  async snapshot(disk: ZonalDisk, request: NodeDiskSnapshotRequest): Promise<DiskSnapshot> {
    const name = snapshotNameFor(request.incidentId, disk);
    const what = `snapshot disk ${disk.disk} in zone ${disk.zone}`;
    const labels = { "cordon-incident": labelValue(request.incidentId), "cordon-node": labelValue(request.node) };
    let operation: Operation | undefined;
    try {
      const [started] = await this.clients.disks.createSnapshot(
        { project: disk.project, zone: disk.zone, disk: disk.disk, guestFlush: false, snapshotResource: { name, labels, description: `Evidence for Cordon incident ${request.incidentId}: disk of node ${request.node}, requested by ${request.requestedBy}` } },
        GCE_CALL,
      );
      operation = started.latestResponse as Operation;
    } catch (error) {
      // 409: this incident's snapshot of the disk exists (a retried job); it is checked below.
      if (gceStatus(error) !== 409) throw gceFailure(error, what, "compute.disks.createSnapshot, compute.snapshots.create and compute.snapshots.setLabels", this.endpoint);
    }
    if (operation) await this.waitFor(operation, disk.zone, disk.project, what);
    const [snapshot] = await this.call(`read snapshot ${name}`, "compute.snapshots.get", () => this.clients.snapshots.get({ project: disk.project, snapshot: name }, GCE_CALL));
    if (snapshot.labels?.["cordon-incident"] !== labels["cordon-incident"]) {
      throw new NodeDiskSnapshotError(`GCE: a snapshot named ${name} already exists and was not taken for this incident; rename or remove it and try again`);
    }
    return {
      diskId: `projects/${disk.project}/zones/${disk.zone}/disks/${disk.disk}`,
      snapshotId: `projects/${disk.project}/global/snapshots/${name}`,
      zone: disk.zone,
      retainPolicy: RETAIN,
      metadata: {
        id: snapshot.id,
        name,
        selfLink: snapshot.selfLink,
        status: snapshot.status,
        creationTimestamp: snapshot.creationTimestamp,
        sourceDisk: snapshot.sourceDisk,
        sourceDiskId: snapshot.sourceDiskId,
        diskSizeGb: snapshot.diskSizeGb,
        storageBytes: snapshot.storageBytes,
        storageLocations: snapshot.storageLocations,
        labels: snapshot.labels,
        ...(operation ? { operation: operation.name } : { alreadyExisted: true }),
      },
    };
  }

  async isGroupMember(group: Group): Promise<boolean> {
    return this.call(`list the instances of managed instance group ${group.name}`, "compute.instanceGroupManagers.get", async () => {
      const managed = this.clients.groupManagers.listManagedInstancesAsync({ project: group.project, zone: group.zone, instanceGroupManager: group.name }, { ...GCE_CALL, autoPaginate: false });
      for await (const member of managed) if (member.instance?.endsWith(`/instances/${this.target.instance}`)) return true;
      return false;
    });
  }

  /** Takes the instance out of its managed group, so the group neither recreates nor deletes it. */
  async abandon(group: Group): Promise<string> {
    if (!(await this.isGroupMember(group))) return `instance ${this.target.instance} is no longer in managed instance group ${group.name} (already abandoned)`;
    const what = `abandon instance ${this.target.instance} from managed instance group ${group.name}`;
    const [started] = await this.call(what, "compute.instanceGroupManagers.update", () =>
      this.clients.groupManagers.abandonInstances(
        { project: group.project, zone: group.zone, instanceGroupManager: group.name, instanceGroupManagersAbandonInstancesRequestResource: { instances: [`zones/${this.target.zone}/instances/${this.target.instance}`] } },
        GCE_CALL,
      ),
    );
    await this.waitFor(started.latestResponse as Operation, group.zone, group.project, what);
    return `instance abandoned from managed instance group ${group.name}: the group will neither recreate nor delete it`;
  }
}

function attachedDisks(instance: Instance): { zonal: ZonalDisk[]; regional: string[] } {
  const zonal: ZonalDisk[] = [];
  const regional: string[] = [];
  for (const attached of instance.disks ?? []) {
    if (attached.type !== "PERSISTENT" || !attached.source) continue;
    const parsed = parseDiskSource(attached.source);
    if (parsed && "regional" in parsed) regional.push(parsed.regional);
    else if (parsed) zonal.push(parsed);
  }
  return { zonal, regional };
}

function groupOf(instance: Instance): Group | { regional: string } | null {
  const createdBy = instance.metadata?.items?.find((item) => item.key === "created-by")?.value;
  return createdBy ? parseCreatedBy(createdBy) : null;
}

/**
 * GCE: snapshot every persistent disk attached to the node's instance, then
 * keep the instance out of its managed instance group's reach. Nothing is
 * ever stopped, deleted or restarted. GCE has no dry run: a preview reads
 * the instance and its group and says what would be done, changing nothing.
 */
export function createGceDiskSnapshotProvider(config: { settings: GceSettings; credentials: GceCredentials }): NodeDiskSnapshotProvider {
  return {
    scheme: "gce",
    async snapshotNodeDisk(request: NodeDiskSnapshotRequest): Promise<NodeDiskSnapshotResult> {
      const target = targetOf(request, config.settings);
      const clients = await openGceClients(config.settings, config.credentials);
      try {
        const run = new GceRun(clients, config.settings, target);
        const instance = await run.readInstance();
        const disks = attachedDisks(instance);
        const group = groupOf(instance);
        const problems = disks.regional.map((disk) => `regional disk ${disk} was not snapshotted (Cordon snapshots zonal disks): snapshot it by hand`);
        if (group && "regional" in group) problems.push(`the instance belongs to regional managed instance group ${group.regional}: abandon it from the group by hand so the group does not recreate or delete it`);
        if (disks.zonal.length === 0) throw new NodeDiskSnapshotError(`GCE instance ${target.instance} has no zonal persistent disk to snapshot${problems.length ? `; ${problems.join("; ")}` : ""}`);

        if (request.dryRun) {
          const member = group && !("regional" in group) ? await run.isGroupMember(group) : false;
          const snapshots = disks.zonal.map((disk) => ({ diskId: `projects/${disk.project}/zones/${disk.zone}/disks/${disk.disk}`, snapshotId: `projects/${disk.project}/global/snapshots/${snapshotNameFor(request.incidentId, disk)}`, zone: disk.zone, retainPolicy: RETAIN, metadata: { planned: true } }));
          const protections = member && group && !("regional" in group) ? [`would abandon instance ${target.instance} from managed instance group ${group.name}`] : [];
          return { provider: "gce", snapshots, protections, ...(problems.length ? { problems } : {}) };
        }

        const snapshots: DiskSnapshot[] = [];
        for (const disk of disks.zonal) snapshots.push(await run.snapshot(disk, request));
        const protections: string[] = [];
        if (group && !("regional" in group)) {
          try {
            protections.push(await run.abandon(group));
          } catch (error) {
            if (!(error instanceof NodeDiskSnapshotError)) throw error;
            problems.push(error.message);
          }
        }
        return { provider: "gce", snapshots, protections, ...(problems.length ? { problems } : {}) };
      } finally {
        await clients.close();
      }
    },
  };
}
