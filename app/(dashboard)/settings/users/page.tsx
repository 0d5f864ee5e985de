import { UserManager } from "@/components/settings/user-manager";
import { requireUser } from "@/lib/auth/require-user";
import { listUsers } from "@/lib/users/list-users";

export const metadata = { title: "Users" };

export default async function UsersPage() {
  const admin = await requireUser("users:manage");
  const users = await listUsers();
  return <UserManager users={users} currentUserId={admin.id} timeZone={admin.timeZone} />;
}
