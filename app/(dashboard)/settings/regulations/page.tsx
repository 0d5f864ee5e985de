import { CatalogEditor } from "@/components/deadlines/catalog-editor";
import { OrganisationApplicabilityForm } from "@/components/deadlines/organisation-applicability-form";
import { requireUser } from "@/lib/auth/require-user";
import { getCatalog } from "@/lib/regulatory/get-catalog";
import { readOrganisationApplicability } from "@/lib/regulatory/organisation-applicability";
import { serialize } from "@/lib/serialize";

export const metadata = { title: "Regulations" };

export default async function RegulationsSettingsPage() {
  const user = await requireUser("settings:manage");
  const [catalog, applicability] = await Promise.all([getCatalog(), readOrganisationApplicability()]);
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        The reporting frameworks Cordon keeps clocks for. Edit one (a national authority&apos;s time zone, a contract&apos;s notice period) or add
        your own. Each save is a new version and is audited. Open incidents keep the clocks they have and show “catalog changed” until their
        lead re-applies the new version.
      </p>
      <OrganisationApplicabilityForm answers={applicability?.answers ?? null} updatedAt={applicability ? applicability.updatedAt.toISOString() : null} timeZone={user.timeZone} />
      <CatalogEditor entries={serialize(catalog)} />
    </div>
  );
}
