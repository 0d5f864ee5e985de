import "server-only";
import { AutoScalingClient } from "@aws-sdk/client-auto-scaling";
import { EC2Client } from "@aws-sdk/client-ec2";
import type { AwsCredentials, AwsSettings } from "../cloud-config";

export interface AwsClients {
  ec2: EC2Client;
  autoScaling: AutoScalingClient;
  /** Where EC2 is asked, for messages. */
  ec2Endpoint: string;
  close(): void;
}

/** "{service}" in the configured endpoint becomes the service's name (ec2, autoscaling). */
export function endpointFor(settings: AwsSettings, service: "ec2" | "autoscaling", region: string): string {
  return settings.apiEndpoint ? settings.apiEndpoint.replaceAll("{service}", service) : `https://${service}.${region}.amazonaws.com`;
}

/**
 * EC2 and Auto Scaling clients for one region, signed with the cluster's
 * stored access key — never the host's credential chain (environment,
 * instance role), so Cordon acts with exactly the rights it was given.
 */
export function openAwsClients(settings: AwsSettings, credentials: AwsCredentials, region: string): AwsClients {
  const common = {
    region,
    credentials: { accessKeyId: credentials.accessKeyId, secretAccessKey: credentials.secretAccessKey, ...(credentials.sessionToken ? { sessionToken: credentials.sessionToken } : {}) },
    maxAttempts: 3,
    requestHandler: { connectionTimeout: 10_000, requestTimeout: 60_000 },
  };
  const custom = (service: "ec2" | "autoscaling") => (settings.apiEndpoint ? { endpoint: endpointFor(settings, service, region) } : {});
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
