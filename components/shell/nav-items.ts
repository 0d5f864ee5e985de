import type { SessionUser } from "@/lib/auth/session-user";

type Role = SessionUser["role"];

export type NavItem = { href: string; label: string; icon: "incidents" | "alerts" | "clusters" | "deadlines" | "status" | "postmortems" | "readiness" | "insights" | "drills" | "settings"; roles?: Role[] };

export const NAV_ITEMS: NavItem[] = [
  { href: "/incidents", label: "Incidents", icon: "incidents" },
  { href: "/alerts", label: "Alerts", icon: "alerts", roles: ["ADMIN", "LEAD", "RESPONDER", "AUDITOR"] },
  { href: "/clusters", label: "Clusters", icon: "clusters", roles: ["ADMIN", "LEAD", "RESPONDER", "AUDITOR"] },
  { href: "/deadlines", label: "Deadlines", icon: "deadlines" },
  { href: "/status", label: "Status", icon: "status" },
  { href: "/post-mortems", label: "Post-mortems", icon: "postmortems" },
  { href: "/readiness", label: "Readiness", icon: "readiness", roles: ["ADMIN", "LEAD", "RESPONDER", "AUDITOR"] },
  { href: "/insights", label: "Insights", icon: "insights" },
  // Those who may start and steer a drill (incidents:write).
  { href: "/drills", label: "Drills", icon: "drills", roles: ["ADMIN", "LEAD", "RESPONDER"] },
  { href: "/settings", label: "Settings", icon: "settings" },
];
