import { describe, expect, it } from "vitest";
import { findingsCsv } from "./export-findings";
import type { Readiness } from "./get-readiness";

const finding = {
  checkId: "POD-HOST-PATH",
  status: "fail" as const,
  object: { kind: "Pod", namespace: "build-tools", name: "image-builder" },
  key: "Pod/build-tools/image-builder",
  detail: 'mounts host paths "/run/containerd/containerd.sock" (the container runtime socket: controls every container on the node)',
  accepted: { id: "a", checkId: "POD-HOST-PATH", objectKey: "Pod/build-tools/image-builder", reason: "Replaced next sprint, see ticket 12", expiresAt: new Date("2027-01-01T00:00:00Z"), acceptedBy: "Ada" },
  title: "No hostPath volumes",
  severity: "high",
  area: "workloads",
  guidance: "CIS 5.2.12",
  fixHint: "Use a persistent volume, configMap or emptyDir instead of hostPath.",
  fixHref: null,
};

describe("findings export", () => {
  it("writes one CSV row per finding with commas and quotes intact", () => {
    const readiness = { clusters: [{ name: "prod", findings: [finding] }], plan: { findings: [] } } as unknown as Readiness;
    const lines = findingsCsv(readiness).trimEnd().split("\n");
    expect(lines[0]).toBe("scope,checkId,title,severity,status,object,detail,accepted,acceptedUntil,fixHint,guidance");
    expect(lines).toHaveLength(2);
    // RFC 4180: a field with quotes is quoted, its quotes doubled; one with commas is quoted.
    expect(lines[1]).toBe(
      'cluster prod,POD-HOST-PATH,No hostPath volumes,high,fail,Pod/build-tools/image-builder,"mounts host paths ""/run/containerd/containerd.sock"" (the container runtime socket: controls every container on the node)","Replaced next sprint, see ticket 12",2027-01-01T00:00:00.000Z,"Use a persistent volume, configMap or emptyDir instead of hostPath.",CIS 5.2.12',
    );
  });
});
