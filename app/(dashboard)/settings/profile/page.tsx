import { ProfileForm } from "@/components/settings/profile-form";
import { requireUser } from "@/lib/auth/require-user";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "@/lib/auth/permissions";

export const metadata = { title: "Profile" };

export default async function ProfilePage() {
  const user = await requireUser();
  return (
    <div className="max-w-xl space-y-6">
      <div className="rounded-lg border border-zinc-200 p-4 text-sm dark:border-zinc-800">
        <p>
          <span className="font-medium">{user.email}</span> — {ROLE_LABELS[user.role]}
        </p>
        <p className="mt-1 text-zinc-600 dark:text-zinc-400">{ROLE_DESCRIPTIONS[user.role]}</p>
      </div>
      <ProfileForm name={user.name} timeZone={user.timeZone} zones={Intl.supportedValuesOf("timeZone")} />
    </div>
  );
}
