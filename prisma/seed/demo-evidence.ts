import type { DemoIncidents, DemoPeople } from "./demo-types";

// Demo data of this area, filled in by its feature.
export async function seedDemoEvidence(_people: DemoPeople, _incidents: DemoIncidents): Promise<void> {}
