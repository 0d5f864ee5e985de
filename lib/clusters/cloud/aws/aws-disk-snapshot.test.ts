// The AWS provider against EC2 and Auto Scaling APIs that speak the query
// protocol and check SigV4 for real (test/fixtures/cloud): the exact calls
// and parameters, DryRun in the preview, idempotence, and plain messages for
// each way it can fail.
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeAws, type FakeAws } from "@/test/fixtures/cloud/fake-aws";
import { startFixtureServer } from "@/test/fixtures/cloud/http-fixture";
import type { AwsCredentials, AwsSettings } from "../cloud-config";
import { createAwsDiskSnapshotProvider } from "./aws-disk-snapshot";

const KEY = { accessKeyId: "AKIAIOSFODNN7EXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY" };
const TEMPORARY = { accessKeyId: "ASIAIOSFODNN7EXAMPLE", secretAccessKey: "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY", sessionToken: "FwoGZXIvYXdzEXAMPLE" };
const GROUP = "eks-sandbox-nodes-7f3a";
const ROLE = "arn:aws:iam::123456789012:role/cordon-evidence";
let aws: FakeAws;

beforeAll(async () => {
  aws = await startFakeAws({
    keys: { [KEY.accessKeyId]: { secret: KEY.secretAccessKey }, [TEMPORARY.accessKeyId]: { secret: TEMPORARY.secretAccessKey, sessionToken: TEMPORARY.sessionToken } },
    roles: { [ROLE]: [KEY.accessKeyId] },
    instances: [
      { instanceId: "i-0a1b2c3d4e5f60718", zone: "eu-west-1a", autoScalingGroup: GROUP, volumes: [{ volumeId: "vol-0aa11bb22cc33dd44", device: "/dev/xvda", tags: { team: "payments" } }, { volumeId: "vol-0ee55ff66aa77bb88", device: "/dev/xvdb" }] },
      { instanceId: "i-0fedcba9876543210", zone: "eu-west-1b", volumes: [{ volumeId: "vol-0123456789abcdef0", device: "/dev/xvda" }] },
    ],
  });
});

afterAll(async () => {
  await aws.stop();
});

beforeEach(() => aws.reset());

function provider(settings: Partial<AwsSettings> = {}, credentials: AwsCredentials = KEY) {
  return createAwsDiskSnapshotProvider({ settings: { apiEndpoint: aws.url, ...settings }, credentials });
}

const request = (incidentId: string, instanceId: string, zone = "eu-west-1a", dryRun = false) => ({ incidentId, node: `ip-10-0-1-7.${zone}.compute.internal`, providerId: `aws:///${zone}/${instanceId}`, requestedBy: "Lead <lead@cordon.local>", dryRun });
const actions = () => aws.requests.map((r) => `${r.service}:${r.action}${r.params.DryRun === "true" ? " (dry run)" : ""} ${r.status}`);

describe("AWS disk snapshots", () => {
  it("snapshots every volume in one call tagged with the incident, then protects the instance from termination and scale-in", async () => {
    const incidentId = randomUUID();
    const result = await provider().snapshotNodeDisk(request(incidentId, "i-0a1b2c3d4e5f60718"));
    expect(actions()).toEqual([
      "ec2:DescribeInstances 200",
      "ec2:DescribeSnapshots 200",
      "ec2:CreateSnapshots 200",
      "ec2:ModifyInstanceAttribute 200",
      "autoscaling:DescribeAutoScalingInstances 200",
      "autoscaling:SetInstanceProtection 200",
    ]);
    const [, describe, create, modify, , protect] = aws.requests;
    expect(describe!.params).toEqual({ "Owner.1": "self", "Filter.1.Name": "tag:cordon-incident", "Filter.1.Value.1": incidentId, "Filter.2.Name": "tag:cordon-instance", "Filter.2.Value.1": "i-0a1b2c3d4e5f60718" });
    expect(create!.params).toEqual({
      "InstanceSpecification.InstanceId": "i-0a1b2c3d4e5f60718",
      "InstanceSpecification.ExcludeBootVolume": "false",
      Description: `Evidence for Cordon incident ${incidentId}: disks of node ip-10-0-1-7.eu-west-1a.compute.internal`,
      CopyTagsFromSource: "volume",
      "TagSpecification.1.ResourceType": "snapshot",
      "TagSpecification.1.Tag.1.Key": "cordon-incident",
      "TagSpecification.1.Tag.1.Value": incidentId,
      "TagSpecification.1.Tag.2.Key": "cordon-node",
      "TagSpecification.1.Tag.2.Value": "ip-10-0-1-7.eu-west-1a.compute.internal",
      "TagSpecification.1.Tag.3.Key": "cordon-instance",
      "TagSpecification.1.Tag.3.Value": "i-0a1b2c3d4e5f60718",
      "TagSpecification.1.Tag.4.Key": "cordon-requested-by",
      "TagSpecification.1.Tag.4.Value": "Lead <lead@cordon.local>",
    });
    expect(modify!.params).toEqual({ InstanceId: "i-0a1b2c3d4e5f60718", "DisableApiTermination.Value": "true" });
    expect(protect!.params).toEqual({ AutoScalingGroupName: GROUP, "InstanceIds.member.1": "i-0a1b2c3d4e5f60718", ProtectedFromScaleIn: "true" });
    expect(aws.requests.every((r) => r.accessKeyId === KEY.accessKeyId)).toBe(true);

    const taken = aws.snapshots.filter((s) => s.tags["cordon-incident"] === incidentId);
    expect(taken.map((s) => [s.volumeId, s.tags.team])).toEqual([["vol-0aa11bb22cc33dd44", "payments"], ["vol-0ee55ff66aa77bb88", undefined]]);
    expect(result).toEqual({
      provider: "aws",
      snapshots: taken.map((s, index) => ({
        diskId: s.volumeId,
        snapshotId: s.snapshotId,
        region: "eu-west-1",
        zone: "eu-west-1a",
        retainPolicy: "kept by AWS until someone deletes it (EBS snapshots do not expire)",
        metadata: expect.objectContaining({ instanceId: "i-0a1b2c3d4e5f60718", device: ["/dev/xvda", "/dev/xvdb"][index], state: "pending", ownerId: "123456789012", tags: expect.objectContaining({ "cordon-incident": incidentId }) }),
      })),
      protections: ["termination protection on (DisableApiTermination)", `protected from scale-in in Auto Scaling group ${GROUP}`],
    });
    expect([...aws.terminationProtected]).toContain("i-0a1b2c3d4e5f60718");
    expect([...aws.scaleInProtected]).toContain("i-0a1b2c3d4e5f60718");

    // A retried job finds this incident's snapshots and takes none again.
    aws.reset();
    const again = await provider().snapshotNodeDisk(request(incidentId, "i-0a1b2c3d4e5f60718"));
    expect(actions()).not.toContain("ec2:CreateSnapshots 200");
    expect(again.snapshots.map((s) => s.snapshotId)).toEqual(taken.map((s) => s.snapshotId));
    expect(aws.snapshots.filter((s) => s.tags["cordon-incident"] === incidentId)).toHaveLength(2);
  });

  it("previews with EC2's DryRun and reads Auto Scaling, changing nothing; signs with a session token when given one", async () => {
    const incidentId = randomUUID();
    const before = aws.snapshots.length;
    const preview = await provider({}, TEMPORARY).snapshotNodeDisk(request(incidentId, "i-0a1b2c3d4e5f60718", "eu-west-1a", true));
    expect(actions()).toEqual([
      "ec2:DescribeInstances 200",
      "ec2:CreateSnapshots (dry run) 412",
      "ec2:ModifyInstanceAttribute (dry run) 412",
      "autoscaling:DescribeAutoScalingInstances 200",
    ]);
    expect(aws.requests.every((r) => r.sessionToken === TEMPORARY.sessionToken)).toBe(true);
    expect(aws.snapshots).toHaveLength(before);
    expect(preview.snapshots.map((s) => [s.diskId, s.snapshotId])).toEqual([
      ["vol-0aa11bb22cc33dd44", "(named by AWS when taken)"],
      ["vol-0ee55ff66aa77bb88", "(named by AWS when taken)"],
    ]);
    expect(preview.protections).toEqual(["would turn on termination protection (AWS accepted the dry runs)", `would protect it from scale-in in Auto Scaling group ${GROUP} (Auto Scaling has no dry run: checked by reading the group)`]);
  });

  it("acts as the configured role: one AssumeRole signed with the stored key, then every call with the role's temporary credentials", async () => {
    const incidentId = randomUUID();
    const result = await provider({ roleArn: ROLE }).snapshotNodeDisk(request(incidentId, "i-0fedcba9876543210", "eu-west-1b"));
    expect(actions()).toEqual(["sts:AssumeRole 200", "ec2:DescribeInstances 200", "ec2:DescribeSnapshots 200", "ec2:CreateSnapshots 200", "ec2:ModifyInstanceAttribute 200", "autoscaling:DescribeAutoScalingInstances 200"]);
    const [assume, ...rest] = aws.requests;
    expect(assume).toMatchObject({ accessKeyId: KEY.accessKeyId, params: { RoleArn: ROLE, RoleSessionName: `cordon-${incidentId.slice(0, 8)}-snapshot`, DurationSeconds: "3600" } });
    expect(new Set(rest.map((r) => r.role))).toEqual(new Set([ROLE]));
    expect(rest.every((r) => r.accessKeyId?.startsWith("ASIA") && r.sessionToken)).toBe(true);
    expect(result.snapshots).toHaveLength(1);

    aws.reset();
    await expect(provider({ roleArn: "arn:aws:iam::123456789012:role/someone-elses" }).snapshotNodeDisk(request(incidentId, "i-0fedcba9876543210", "eu-west-1b"))).rejects.toThrow(
      "AWS: the access key may not assume role arn:aws:iam::123456789012:role/someone-elses: it needs sts:AssumeRole on arn:aws:iam::123456789012:role/someone-elses (AccessDenied 403: User: arn:aws:iam::123456789012:user/cordon is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::123456789012:role/someone-elses)",
    );
    expect(actions()).toEqual(["sts:AssumeRole 403"]);
  });

  it("answers each failure in words: a wrong secret, a missing permission, no such instance, an endpoint that is down", async () => {
    const incidentId = randomUUID();
    await expect(provider({}, { ...KEY, secretAccessKey: "not-the-secret-at-all-0000" }).snapshotNodeDisk(request(incidentId, "i-0fedcba9876543210", "eu-west-1b"))).rejects.toThrow(
      "AWS rejected the access key configured for this cluster when trying to read instance i-0fedcba9876543210 in eu-west-1 (AuthFailure 403: The request signature we calculated does not match the signature you provided.); replace it under the cluster's cloud provider",
    );

    aws.deny("ec2:CreateSnapshots");
    await expect(provider().snapshotNodeDisk(request(incidentId, "i-0fedcba9876543210", "eu-west-1b", true))).rejects.toThrow(
      "AWS: the access key may not snapshot the volumes of instance i-0fedcba9876543210: it needs ec2:CreateSnapshots and ec2:CreateTags (UnauthorizedOperation 403: You are not authorized to perform this operation.",
    );
    aws.reset();

    await expect(provider().snapshotNodeDisk(request(incidentId, "i-0000000000000dead", "eu-west-1b"))).rejects.toThrow(
      "AWS: could not read instance i-0000000000000dead in eu-west-1: the instance was not found (InvalidInstanceID.NotFound 400: The instance ID 'i-0000000000000dead' does not exist); check the region",
    );
    await expect(provider().snapshotNodeDisk({ ...request(incidentId, "i-0fedcba9876543210"), providerId: "aws:///i-0fedcba9876543210" })).rejects.toThrow("names no zone, and this cluster's cloud provider has no region: set the region");

    const gone = await startFixtureServer(() => ({ status: 500, contentType: "text/plain", body: "" }));
    await gone.stop();
    await expect(provider({ apiEndpoint: gone.url }).snapshotNodeDisk(request(incidentId, "i-0fedcba9876543210", "eu-west-1b"))).rejects.toThrow(`AWS: could not reach ${gone.url} to read instance i-0fedcba9876543210 in eu-west-1 (ECONNREFUSED)`);
  });

  it("keeps the snapshots when the instance cannot be protected, and says what is left to do", async () => {
    const incidentId = randomUUID();
    aws.deny("ec2:ModifyInstanceAttribute");
    aws.deny("autoscaling:SetInstanceProtection");
    const result = await provider().snapshotNodeDisk(request(incidentId, "i-0a1b2c3d4e5f60718"));
    expect(result.snapshots).toHaveLength(2);
    expect(result.protections).toEqual([]);
    expect(result.problems).toEqual([
      expect.stringContaining("AWS: the access key may not turn on termination protection of instance i-0a1b2c3d4e5f60718: it needs ec2:ModifyInstanceAttribute"),
      expect.stringContaining(`AWS: the access key may not protect instance i-0a1b2c3d4e5f60718 from scale-in in Auto Scaling group ${GROUP}: it needs autoscaling:SetInstanceProtection (AccessDenied 403`),
    ]);
    expect(aws.requests.map((r) => r.action).filter((a) => /Terminate|Stop|Reboot|Delete|Detach/.test(a))).toEqual([]);
  });
});
