// Events the cluster's own components emit (kubelet, controllers, the taint
// manager) when the sandbox acts on their behalf, and in the seed.
import { apiVersionOf, RESOURCES } from "./resources";
import type { SandboxState } from "./state";
import { apiTime } from "./store";
import type { KubeObject } from "./types";

let sequence = 0;

/** Event names are `<object>.<hex nanoseconds>`, as client-go's recorder makes them. */
export function eventName(objectName: string, at: Date): string {
  sequence = (sequence + 1) % 1_000_000;
  return `${objectName}.${(BigInt(at.getTime()) * 1_000_000n + BigInt(sequence)).toString(16)}`;
}

export interface EmittedEvent {
  involved: KubeObject;
  reason: string;
  message: string;
  type?: "Normal" | "Warning";
  component: string;
  host?: string;
  fieldPath?: string;
  /** Repeats folded into one event, first seen at `firstAt`. */
  count?: number;
  firstAt?: Date;
}

export function buildEvent(event: EmittedEvent, at: Date): KubeObject {
  const { metadata } = event.involved;
  const type = RESOURCES.find((t) => t.kind === event.involved.kind);
  return {
    apiVersion: "v1",
    kind: "Event",
    metadata: { name: eventName(metadata.name, at), namespace: metadata.namespace ?? "default", creationTimestamp: apiTime(event.firstAt ?? at) },
    involvedObject: {
      apiVersion: type ? apiVersionOf(type) : event.involved.apiVersion,
      kind: event.involved.kind,
      name: metadata.name,
      ...(metadata.namespace ? { namespace: metadata.namespace } : {}),
      ...(metadata.uid ? { uid: metadata.uid } : {}),
      ...(event.fieldPath ? { fieldPath: event.fieldPath } : {}),
    },
    reason: event.reason,
    message: event.message,
    source: { component: event.component, ...(event.host ? { host: event.host } : {}) },
    firstTimestamp: apiTime(event.firstAt ?? at),
    lastTimestamp: apiTime(at),
    count: event.count ?? 1,
    type: event.type ?? "Normal",
    eventTime: null,
    reportingComponent: event.component,
    reportingInstance: event.host ?? "",
  };
}

export function emitEvent(state: SandboxState, event: EmittedEvent): KubeObject {
  const at = state.now();
  return state.store.insert("events", buildEvent(event, at), at);
}
