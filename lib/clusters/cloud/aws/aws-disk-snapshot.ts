import "server-only";
import { DescribeAutoScalingInstancesCommand, SetInstanceProtectionCommand } from "@aws-sdk/client-auto-scaling";
import { CreateSnapshotsCommand, DescribeInstancesCommand, DescribeSnapshotsCommand, ModifyInstanceAttributeCommand, type Snapshot, type SnapshotInfo } from "@aws-sdk/client-ec2";
import type { DiskSnapshot, NodeDiskSnapshotProvider, NodeDiskSnapshotRequest, NodeDiskSnapshotResult } from "../../node-disk-snapshot";
import { NodeDiskSnapshotError } from "../../node-disk-snapshot";
import type { AwsCredentials, AwsSettings } from "../cloud-config";
import { parseProviderId } from "../provider-id";
import { endpointFor, openAwsClients, type AwsClients } from "./aws-clients";
import { awsCall, awsDryRun } from "./aws-failure";

const RETAIN = "kept by AWS until someone deletes it (EBS snapshots do not expire)";

interface Target {
  instanceId: string;
  zone: string;
  region: string;
}

function targetOf(request: NodeDiskSnapshotRequest, settings: AwsSettings): Target {
  const parsed = parseProviderId(request.providerId);
  if (parsed?.kind !== "aws") throw new NodeDiskSnapshotError(`node ${request.node} has providerID "${request.providerId}", which is not an EC2 instance (aws:///zone/i-…)`);
  const region = parsed.region || settings.region;
  if (!region) throw new NodeDiskSnapshotError(`node ${request.node}'s providerID names no zone, and this cluster's cloud provider has no region: set the region`);
  return { instanceId: parsed.instanceId, zone: parsed.zone, region };
}

type Taken = Pick<SnapshotInfo, "SnapshotId" | "VolumeId" | "State" | "StartTime" | "VolumeSize" | "OwnerId" | "Progress" | "Tags"> & Pick<Snapshot, "Description">;

class AwsRun {
  constructor(
    private readonly clients: AwsClients,
    private readonly settings: AwsSettings,
    private readonly target: Target,
  ) {}

  private get ec2() {
    return this.clients.ec2Endpoint;
  }

  get autoScalingEndpoint() {
    return endpointFor(this.settings, "autoscaling", this.target.region);
  }

  async volumes(): Promise<{ volumeId: string; device?: string }[]> {
    const { instanceId, region } = this.target;
    const answer = await awsCall(`read instance ${instanceId} in ${region}`, "ec2:DescribeInstances", this.ec2, () => this.clients.ec2.send(new DescribeInstancesCommand({ InstanceIds: [instanceId] })));
    const instance = answer.Reservations?.flatMap((r) => r.Instances ?? []).find((i) => i.InstanceId === instanceId);
    if (!instance) throw new NodeDiskSnapshotError(`AWS: instance ${instanceId} was not found in ${region}`);
    const volumes = (instance.BlockDeviceMappings ?? []).flatMap((m) => (m.Ebs?.VolumeId ? [{ volumeId: m.Ebs.VolumeId, ...(m.DeviceName ? { device: m.DeviceName } : {}) }] : []));
    if (volumes.length === 0) throw new NodeDiskSnapshotError(`AWS: instance ${instanceId} has no EBS volume to snapshot (instance store volumes cannot be snapshotted)`);
    return volumes;
  }

  async autoScalingGroup(): Promise<string | undefined> {
    const answer = await awsCall(`check whether instance ${this.target.instanceId} is in an Auto Scaling group`, "autoscaling:DescribeAutoScalingInstances", this.autoScalingEndpoint, () =>
      this.clients.autoScaling.send(new DescribeAutoScalingInstancesCommand({ InstanceIds: [this.target.instanceId] })),
    );
    return answer.AutoScalingInstances?.[0]?.AutoScalingGroupName;
  }

  createSnapshots(request: NodeDiskSnapshotRequest, dryRun: boolean) {
    const { instanceId } = this.target;
    return this.clients.ec2.send(
      new CreateSnapshotsCommand({
        InstanceSpecification: { InstanceId: instanceId, ExcludeBootVolume: false },
        Description: `Evidence for Cordon incident ${request.incidentId}: disks of node ${request.node}`,
        CopyTagsFromSource: "volume",
        TagSpecifications: [{ ResourceType: "snapshot", Tags: [{ Key: "cordon-incident", Value: request.incidentId }, { Key: "cordon-node", Value: request.node }, { Key: "cordon-instance", Value: instanceId }, { Key: "cordon-requested-by", Value: request.requestedBy }] }],
        ...(dryRun ? { DryRun: true } : {}),
      }),
    );
  }

  protectFromTermination(dryRun: boolean) {
    return this.clients.ec2.send(new ModifyInstanceAttributeCommand({ InstanceId: this.target.instanceId, DisableApiTermination: { Value: true }, ...(dryRun ? { DryRun: true } : {}) }));
  }

  /** This incident's snapshots of the instance that a previous run already took (a retried job takes none again). */
  async existingSnapshots(incidentId: string): Promise<Taken[]> {
    const answer = await awsCall("look for snapshots already taken for this incident", "ec2:DescribeSnapshots", this.ec2, () =>
      this.clients.ec2.send(new DescribeSnapshotsCommand({ OwnerIds: ["self"], Filters: [{ Name: "tag:cordon-incident", Values: [incidentId] }, { Name: "tag:cordon-instance", Values: [this.target.instanceId] }] })),
    );
    return (answer.Snapshots ?? []).filter((snapshot) => snapshot.State !== "error");
  }

  toDiskSnapshot(taken: Taken, device: string | undefined, alreadyExisted: boolean): DiskSnapshot {
    return {
      diskId: taken.VolumeId ?? "unknown volume",
      snapshotId: taken.SnapshotId ?? "unknown snapshot",
      region: this.target.region,
      ...(this.target.zone ? { zone: this.target.zone } : {}),
      retainPolicy: RETAIN,
      metadata: {
        instanceId: this.target.instanceId,
        ...(device ? { device } : {}),
        state: taken.State,
        startTime: taken.StartTime?.toISOString(),
        volumeSizeGiB: taken.VolumeSize,
        ownerId: taken.OwnerId,
        tags: Object.fromEntries((taken.Tags ?? []).map((tag) => [tag.Key, tag.Value])),
        ...(alreadyExisted ? { alreadyExisted: true } : {}),
      },
    };
  }
}

async function preview(run: AwsRun, request: NodeDiskSnapshotRequest, target: Target, clients: AwsClients): Promise<NodeDiskSnapshotResult> {
  const volumes = await run.volumes();
  await awsDryRun(`snapshot the volumes of instance ${target.instanceId}`, "ec2:CreateSnapshots and ec2:CreateTags", clients.ec2Endpoint, () => run.createSnapshots(request, true));
  await awsDryRun(`turn on termination protection of instance ${target.instanceId}`, "ec2:ModifyInstanceAttribute", clients.ec2Endpoint, () => run.protectFromTermination(true));
  const group = await run.autoScalingGroup();
  const snapshots = volumes.map((volume) => ({ diskId: volume.volumeId, snapshotId: "(named by AWS when taken)", region: target.region, ...(target.zone ? { zone: target.zone } : {}), retainPolicy: RETAIN, metadata: { planned: true, ...(volume.device ? { device: volume.device } : {}) } }));
  const protections = ["would turn on termination protection (AWS accepted the dry runs)", ...(group ? [`would protect it from scale-in in Auto Scaling group ${group} (Auto Scaling has no dry run: checked by reading the group)`] : [])];
  return { provider: "aws", snapshots, protections };
}

async function apply(run: AwsRun, request: NodeDiskSnapshotRequest, target: Target, clients: AwsClients): Promise<NodeDiskSnapshotResult> {
  const volumes = await run.volumes();
  const deviceOf = (volumeId: string | undefined) => volumes.find((v) => v.volumeId === volumeId)?.device;
  const existing = await run.existingSnapshots(request.incidentId);
  let snapshots: DiskSnapshot[];
  if (existing.length > 0) {
    snapshots = existing.map((taken) => run.toDiskSnapshot(taken, deviceOf(taken.VolumeId), true));
  } else {
    const created = await awsCall(`snapshot the volumes of instance ${target.instanceId}`, "ec2:CreateSnapshots and ec2:CreateTags", clients.ec2Endpoint, () => run.createSnapshots(request, false));
    snapshots = (created.Snapshots ?? []).map((taken) => run.toDiskSnapshot(taken, deviceOf(taken.VolumeId), false));
  }
  // The snapshots are taken: what follows protects the instance, and a
  // failure there is reported without losing the snapshots' record.
  const protections: string[] = [];
  const problems: string[] = [];
  const attempt = async (work: () => Promise<string | undefined>) => {
    try {
      const done = await work();
      if (done) protections.push(done);
    } catch (error) {
      if (!(error instanceof NodeDiskSnapshotError)) throw error;
      problems.push(error.message);
    }
  };
  await attempt(async () => {
    await awsCall(`turn on termination protection of instance ${target.instanceId}`, "ec2:ModifyInstanceAttribute", clients.ec2Endpoint, () => run.protectFromTermination(false));
    return "termination protection on (DisableApiTermination)";
  });
  await attempt(async () => {
    const group = await run.autoScalingGroup();
    if (!group) return undefined;
    await awsCall(`protect instance ${target.instanceId} from scale-in in Auto Scaling group ${group}`, "autoscaling:SetInstanceProtection", run.autoScalingEndpoint, () =>
      clients.autoScaling.send(new SetInstanceProtectionCommand({ AutoScalingGroupName: group, InstanceIds: [target.instanceId], ProtectedFromScaleIn: true })),
    );
    return `protected from scale-in in Auto Scaling group ${group}`;
  });
  return { provider: "aws", snapshots, protections, ...(problems.length ? { problems } : {}) };
}

/**
 * AWS: snapshot every EBS volume of the node's instance in one
 * crash-consistent CreateSnapshots call, tagged with the incident, then turn
 * on termination protection and, in an Auto Scaling group, scale-in
 * protection. Nothing is ever stopped, terminated or rebooted. A preview
 * uses EC2's DryRun, which checks the permissions and changes nothing.
 */
export function createAwsDiskSnapshotProvider(config: { settings: AwsSettings; credentials: AwsCredentials }): NodeDiskSnapshotProvider {
  return {
    scheme: "aws",
    async snapshotNodeDisk(request: NodeDiskSnapshotRequest): Promise<NodeDiskSnapshotResult> {
      const target = targetOf(request, config.settings);
      const clients = await openAwsClients(config.settings, config.credentials, target.region, `cordon-${request.incidentId.slice(0, 8)}-${request.dryRun ? "preview" : "snapshot"}`);
      try {
        const run = new AwsRun(clients, config.settings, target);
        return await (request.dryRun ? preview(run, request, target, clients) : apply(run, request, target, clients));
      } finally {
        clients.close();
      }
    },
  };
}
