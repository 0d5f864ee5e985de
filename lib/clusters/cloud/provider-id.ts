// A node's spec.providerID names its instance: gce://project/zone/instance
// (set by GKE and the GCE cloud provider) or aws:///zone/i-0123… (EKS and the
// AWS cloud provider; the project part is empty). Pure, no I/O.
export type CloudKind = "gce" | "aws";

export type ProviderInstance =
  | { kind: "gce"; project: string; zone: string; instance: string }
  | { kind: "aws"; zone: string; region: string; instanceId: string };

const GCE = /^gce:\/\/([^/]+)\/([a-z]+-[a-z]+\d+-[a-z])\/([a-z]([-a-z0-9]*[a-z0-9])?)$/;
const AWS = /^aws:\/\/\/?(?:([a-z]{2}(?:-[a-z]+)+-\d[a-z]?)\/)?(i-[0-9a-f]{8,17})$/;

/** The region of an AWS availability zone: eu-west-1a → eu-west-1 (local zones: us-west-2-lax-1a → us-west-2). */
export function regionOfZone(zone: string): string {
  return /^([a-z]{2}-[a-z]+-\d)/.exec(zone)?.[1] ?? zone;
}

export function parseProviderId(providerId: string): ProviderInstance | null {
  const gce = GCE.exec(providerId);
  if (gce) return { kind: "gce", project: gce[1]!, zone: gce[2]!, instance: gce[3]! };
  const aws = AWS.exec(providerId);
  if (aws) {
    const zone = aws[1] ?? "";
    return { kind: "aws", zone, region: zone ? regionOfZone(zone) : "", instanceId: aws[2]! };
  }
  return null;
}

export function schemeOf(providerId: string): string | undefined {
  return /^([a-z0-9-]+):\/\//i.exec(providerId)?.[1]?.toLowerCase();
}
