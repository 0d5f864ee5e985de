import { StatusPageSettings } from "@/components/status/status-page-settings";
import { requireUser } from "@/lib/auth/require-user";
import { env } from "@/lib/env";
import { publicPageHref } from "@/lib/public-status/configured-location";
import { listMaintenance } from "@/lib/public-status/manage-maintenance";
import { listComponents } from "@/lib/public-status/manage-components";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Public status page" };

export default async function StatusPageSettingsPage() {
  const user = await requireUser("settings:manage");
  const [components, maintenance] = await Promise.all([listComponents(), listMaintenance()]);
  return (
    <StatusPageSettings
      components={serialize(components)}
      maintenance={serialize(maintenance)}
      timeZone={user.timeZone}
      publicPage={{ href: publicPageHref(), on: env().CORDON_PUBLIC_STATUS === "on" }}
    />
  );
}
