import "server-only";
import type { GceCredentials, GceSettings } from "../cloud-config";
import type { CredentialCheck } from "../check-cloud-credentials";
import { openGceProjectsClient } from "./gce-clients";
import { gceFailure, gceStatus } from "./gce-failure";

/** A save waits for the check: one attempt, and not a minute of it. */
const CHECK_CALL = { timeout: 20_000, maxRetries: 0 } as const;

/**
 * Signs in with the service account key (the OAuth JWT exchange) and reads
 * the project through the Compute API at the configured endpoint: proof
 * that the key is genuine and the endpoint answers, changing nothing.
 * Without a project (none given, none in the key) only the sign-in is checked.
 */
export async function checkGceCredentials(settings: GceSettings, credentials: GceCredentials): Promise<CredentialCheck> {
  const key = credentials.serviceAccountKey;
  const project = settings.project ?? key.project_id;
  const endpoint = settings.apiEndpoint ?? "https://compute.googleapis.com";
  const what = project ? `read project ${project}` : "sign in";
  let projects: Awaited<ReturnType<typeof openGceProjectsClient>> | undefined;
  try {
    projects = await openGceProjectsClient(settings, credentials);
    if (project) await projects.get({ project }, CHECK_CALL);
    else await projects.auth.getAccessToken();
  } catch (error) {
    const failure = gceFailure(error, what, "compute.projects.get", endpoint);
    const field = failure.message.startsWith("GCE: could not reach the Compute API") ? "apiEndpoint" : gceStatus(error) === 404 && settings.project ? "project" : "serviceAccountKey";
    return { ok: false, field, message: failure.message };
  } finally {
    await projects?.close();
  }
  return { ok: true, checkedAs: key.client_email };
}
