import { Activity, Box, Camera, Cpu, FileCode2, FileText, HardDrive, Network, Package, ScrollText, Server } from "lucide-react";
import type { LucideIcon } from "lucide-react";

const ICONS: Record<string, { icon: LucideIcon; label: string }> = {
  POD_LOGS: { icon: ScrollText, label: "Pod logs" },
  NODE_LOGS: { icon: Server, label: "Node logs" },
  EVENTS: { icon: Activity, label: "Events" },
  OBJECT_MANIFEST: { icon: FileCode2, label: "Object manifest" },
  CONTAINER_CHECKPOINT: { icon: Box, label: "Container checkpoint" },
  VOLUME_SNAPSHOT: { icon: Camera, label: "Volume snapshot" },
  NODE_DISK_SNAPSHOT: { icon: HardDrive, label: "Node disk snapshot" },
  PACKET_CAPTURE: { icon: Network, label: "Packet capture" },
  MEMORY_IMAGE: { icon: Cpu, label: "Memory image" },
  FILE: { icon: FileText, label: "File" },
  OTHER: { icon: Package, label: "Other" },
};

export const kindLabel = (kind: string) => ICONS[kind]?.label ?? kind;

export function EvidenceKindIcon({ kind, className = "size-5" }: { kind: string; className?: string }) {
  const { icon: Icon, label } = ICONS[kind] ?? { icon: Package, label: kind };
  return <Icon className={className} aria-label={label} role="img" />;
}
