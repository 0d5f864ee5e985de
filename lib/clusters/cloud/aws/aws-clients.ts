import "server-only";
import { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import { EC2Client } from "@aws-sdk/client-ec2";
import { AssumeRoleCommand, STSClient } from "@aws-sdk/client-sts";
import { NodeDiskSnapshotError } from "../../node-disk-snapshot";
import type { AwsCredentials, AwsSettings } from "../cloud-config";
import { awsCall } from "./aws-failure";

type Service = "ec2" | "autoscaling" | "sts";

export interface AwsClients {
  ec2: EC2Client;
  autoScaling: AutoScalingClient;
  /** Where EC2 is asked, for messages. */
  ec2Endpoint: string;
  close(): void;
}

/** "{service}" in the configured endpoint becomes the service's name (ec2, autoscaling, sts). */
export function endpointFor(settings: AwsSettings, service: Service, region: string): string {
  return settings.apiEndpoint ? settings.apiEndpoint.replaceAll("{service}", service) : `https://${service}.${region}.amazonaws.com`;
}

const REQUESTS = { maxAttempts: 3, requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 } };

export function staticCredentials(credentials: AwsCredentials) {
  return { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}) };
}

/** The role's temporary credentials, asked for once per run with the stored key; the session name ties CloudTrail entries to the incident. */
async function assumeRole(settings: AwsSettings & { roleArn: string }, credentials: AwsCredentials, region: string, sessionName: string): Promise<AwsCredentials> {
  const endpoint = endpointFor(settings, "sts", region);
  const sts = new STSClient({ region, credentials: staticCredentials(credentials), ...REQUESTS, ...(settings.apiEndpoint ? { endpoint } : {}) });
  try {
    const answer = await awsCall(`assume role ${settings.roleArn}`, `sts:AssumeRole on ${settings.roleArn}`, endpoint, () => sts.send(new AssumeRoleCommand({ RoleArn: settings.roleArn, RoleSessionName: sessionName, DurationSeconds: 3600 })));
    const temporary = answer.Credentials;
    if (!temporary?.AccessKeyId || !temporary.SecretAccessKey) throw new NodeDiskSnapshotError(`AWS: assuming role ${settings.roleArn} gave no credentials`);
    return { accessKeyId: temporary.AccessKeyId, secretAccessKey: temporary.SecretAccessKey, ...(temporary.SessionToken ? { sessionToken: temporary.SessionToken } : {}) };
  } finally {
    sts.destroy();
  }
}

/**
 * EC2 and Auto Scaling clients for one region, signed with the cluster's
 * stored access key (or the role it names) — never the host's credential
 * chain (environment, instance role), so Cordon acts with exactly the rights
 * it was given.
 */
export async function openAwsClients(settings: AwsSettings, stored: AwsCredentials, region: string, sessionName: string): Promise<AwsClients> {
  const roleArn = settings.roleArn;
  const credentials = roleArn ? await assumeRole({ ...settings, roleArn }, stored, region, sessionName) : stored;
  const common = { region, credentials: staticCredentials(credentials), ...REQUESTS };
  const custom = (service: Service) => (settings.apiEndpoint ? { endpoint: endpointFor(settings, service, region) } : {});
  const ec2 = new EC2Client({ ...common, ...custom("ec2") });
  const autoScaling = new AutoScalingClient({ ...common, ...custom("autoscaling") });
  return {
    ec2,
    autoScaling,
    ec2Endpoint: endpointFor(settings, "ec2", region),
    close() {
      ec2.destroy();
      autoScaling.destroy();
    },
  };
}
