import type { ReactNode } from "react";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/require-user";
import { can } from "@/lib/auth/permissions";

export default async function SettingsLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const tabs = [
    { href: "/settings/profile", label: "Profile" },
    { href: "/settings/tokens", label: "API tokens" },
    { href: "/settings/notifications", label: "Notifications" },
    ...(can(user.role, "users:manage") ? [{ href: "/settings/users", label: "Users" }] : []),
    ...(can(user.role, "settings:manage") ? [{ href: "/settings/severities", label: "Severities" }, { href: "/settings/post-mortem-templates", label: "Review templates" }] : []),
    ...(can(user.role, "settings:manage") ? [{ href: "/settings/channels", label: "Channels" }, { href: "/settings/escalation", label: "Escalation" }, { href: "/settings/contacts", label: "Contacts" }] : []),
    ...(can(user.role, "settings:manage") ? [{ href: "/settings/alerts", label: "Alerts" }] : []),
    ...(can(user.role, "settings:manage") ? [{ href: "/settings/status-page", label: "Status page" }] : []),
    ...(can(user.role, "settings:manage") ? [{ href: "/settings/regulations", label: "Regulations" }] : []),
    ...(can(user.role, "settings:manage") ? [{ href: "/settings/playbooks", label: "Playbooks" }] : []),
    ...(can(user.role, "settings:manage") ? [{ href: "/settings/drill-scenarios", label: "Drill scenarios" }] : []),
    ...(can(user.role, "audit:read") ? [{ href: "/settings/audit", label: "Audit log" }] : []),
  ];
  return (
    <>
      <PageHeader title="Settings" />
      <SettingsTabs tabs={tabs} />
      <div className="mt-6">{children}</div>
    </>
  );
}
