import "server-only";
import { DisksClient, InstanceGroupManagersClient, InstancesClient, ProjectsClient, SnapshotsClient, ZoneOperationsClient } from "@google-cloud/compute";
import type { GceCredentials, GceSettings } from "../cloud-config";

// google-auth-library posts every service-account token exchange to this
// address whatever the key's token_uri says (gtoken hard-codes it).
const GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token";

/** Every call gives up after a minute and retries a transient failure at most twice. */
export const GCE_CALL = { timeout: 60_000, maxRetries: 2 } as const;

export interface GceClients {
  instances: InstancesClient;
  disks: DisksClient;
  snapshots: SnapshotsClient;
  zoneOperations: ZoneOperationsClient;
  groupManagers: InstanceGroupManagersClient;
  close(): Promise<void>;
}

// The REST transport (HTTP/JSON, no gRPC): it goes through proxies and
// private endpoints, and a test can answer it with a plain HTTP server.
function transportOptions(apiEndpoint: string | undefined) {
  if (!apiEndpoint) return { fallback: true as const };
  const url = new URL(apiEndpoint);
  const protocol = url.protocol.replace(":", "");
  return { fallback: true as const, apiEndpoint: url.hostname, protocol, port: Number(url.port) || (protocol === "https" ? 443 : 80) };
}

type Interceptable = { transporter?: { interceptors?: { request: { add(interceptor: { resolved: (config: { url?: string | URL }) => Promise<{ url?: string | URL }> }): void } } } };

/**
 * Sends the OAuth JWT-bearer exchange to the key's own token_uri (a private
 * or test token endpoint) rather than Google's fixed one.
 */
async function honourTokenUri(signedIn: { auth: InstancesClient["auth"] }, tokenUri: string | undefined) {
  if (!tokenUri || tokenUri === GOOGLE_TOKEN_URL) return;
  const client = (await signedIn.auth.getClient()) as unknown as Interceptable;
  client.transporter?.interceptors?.request.add({
    resolved: async (config) => {
      // gaxios expects a URL object here (its error redactor reads searchParams).
      if (String(config.url) === GOOGLE_TOKEN_URL) config.url = new URL(tokenUri);
      return config;
    },
  });
}

/**
 * Clients for one snapshot run, signed in with the cluster's service account
 * (never the host's application-default credentials) and sharing one token.
 */
export async function openGceClients(settings: GceSettings, credentials: GceCredentials): Promise<GceClients> {
  const key = credentials.serviceAccountKey;
  const base = { ...transportOptions(settings.apiEndpoint), projectId: key.project_id ?? settings.project };
  const instances = new InstancesClient({ ...base, credentials: { ...key } });
  const shared = { ...base, auth: instances.auth };
  const clients = {
    instances,
    disks: new DisksClient(shared),
    snapshots: new SnapshotsClient(shared),
    zoneOperations: new ZoneOperationsClient(shared),
    groupManagers: new InstanceGroupManagersClient(shared),
  };
  const close = async () => {
    await Promise.all(Object.values(clients).map((client) => client.close()));
  };
  try {
    await honourTokenUri(instances, key.token_uri);
  } catch (error) {
    await close();
    throw error;
  }
  return { ...clients, close };
}

/**
 * A Compute client for the one read that checks a key before it is stored:
 * signed in the same way as a snapshot run's clients (the key's own
 * token_uri, the configured endpoint), but asked only to read the project.
 */
export async function openGceProjectsClient(settings: GceSettings, credentials: GceCredentials): Promise<ProjectsClient> {
  const key = credentials.serviceAccountKey;
  const projects = new ProjectsClient({ ...transportOptions(settings.apiEndpoint), projectId: settings.project ?? key.project_id, credentials: { ...key } });
  try {
    await honourTokenUri(projects, key.token_uri);
  } catch (error) {
    await projects.close();
    throw error;
  }
  return projects;
}
