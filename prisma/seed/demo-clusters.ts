import type { DemoIncidents, DemoPeople } from "./demo-types";

// Nothing to seed: the launcher registers the sandbox cluster itself on every
// start (its port and token change each time), before the demo data, and
// the sandbox holds its own workloads in memory. Cluster actions are left
// for people to take, so the demo starts with an untouched worker-2.
export async function seedDemoClusters(_people: DemoPeople, _incidents: DemoIncidents): Promise<void> {}
