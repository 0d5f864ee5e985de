import "server-only";
import { AssumeRoleCommand, GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import type { AwsCredentials, AwsSettings } from "../cloud-config";
import type { CredentialCheck } from "../check-cloud-credentials";
import { endpointFor, staticCredentials } from "./aws-clients";
import { awsFailure } from "./aws-failure";

/** A save waits for the check: one attempt, and not a minute of it. */
const CHECK_REQUESTS = { maxAttempts: 1, requestHandler: { connectionTimeout: 10_000, requestTimeout: 20_000 } };
const NETWORK = /^AWS: could not reach /;

/**
 * Asks STS who the access key belongs to (sts:GetCallerIdentity needs no
 * permission, so only a genuine key passes), then assumes the configured
 * role as a snapshot run would: the answer is whom Cordon acts as. Read-only.
 */
export async function checkAwsCredentials(settings: AwsSettings, credentials: AwsCredentials): Promise<CredentialCheck> {
  const region = settings.region ?? "us-east-1";
  const endpoint = endpointFor(settings, "sts", region);
  const sts = new STSClient({ region, credentials: staticCredentials(credentials), ...CHECK_REQUESTS, ...(settings.apiEndpoint ? { endpoint } : {}) });
  try {
    let caller: string | undefined;
    try {
      caller = (await sts.send(new GetCallerIdentityCommand({}))).Arn;
    } catch (error) {
      const failure = awsFailure(error, "check the access key (sts:GetCallerIdentity)", "no permission: sts:GetCallerIdentity is always allowed", endpoint);
      return { ok: false, field: NETWORK.test(failure.message) ? "apiEndpoint" : "secretAccessKey", message: failure.message };
    }
    if (!caller) return { ok: false, field: "apiEndpoint", message: `AWS: ${endpoint} answered sts:GetCallerIdentity without an ARN; check the endpoint` };
    const roleArn = settings.roleArn;
    if (!roleArn) return { ok: true, checkedAs: caller };
    try {
      const assumed = await sts.send(new AssumeRoleCommand({ RoleArn: roleArn, RoleSessionName: "cordon-credential-check", DurationSeconds: 900 }));
      return { ok: true, checkedAs: assumed.AssumedRoleUser?.Arn ?? roleArn };
    } catch (error) {
      const failure = awsFailure(error, `assume role ${roleArn} as ${caller}`, `sts:AssumeRole on ${roleArn}, and a trust policy that lets ${caller} assume it`, endpoint);
      return { ok: false, field: NETWORK.test(failure.message) ? "apiEndpoint" : "roleArn", message: failure.message };
    }
  } finally {
    sts.destroy();
  }
}
