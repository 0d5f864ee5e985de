// What Cordon keeps about a cluster's cloud provider, split the way it is
// stored: settings that may be shown, and credentials that are sealed and
// only ever opened to call the provider.
import type { CloudKind } from "./provider-id";

export interface GceSettings {
  /** When set, nodes must run in this project (the providerID names it). */
  project?: string;
  /** e.g. https://compute.private.example (private endpoint) or a test server. */
  apiEndpoint?: string;
  /** From the key, so an admin sees which account needs the IAM role. */
  serviceAccountEmail: string;
}

export interface AwsSettings {
  /** Used when a node's providerID names no zone. */
  region?: string;
  /** One endpoint for EC2, Auto Scaling and STS; "{service}" in it becomes ec2 / autoscaling / sts. */
  apiEndpoint?: string;
  /** A role to act as: the stored key only signs the sts:AssumeRole call. */
  roleArn?: string;
}

/** The parts of a service account key file Cordon uses. */
export interface ServiceAccountKey {
  type: "service_account";
  client_email: string;
  private_key: string;
  private_key_id?: string;
  project_id?: string;
  token_uri?: string;
}

export interface GceCredentials {
  serviceAccountKey: ServiceAccountKey;
}

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
}

export type CloudConfig = { kind: "gce"; settings: GceSettings; credentials: GceCredentials } | { kind: "aws"; settings: AwsSettings; credentials: AwsCredentials };

export const CLOUD_LABELS: Record<CloudKind, string> = { gce: "Google Compute Engine", aws: "Amazon EC2" };
