"use client";
import { useState, useTransition } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { changeUserRoleAction, setUserActiveAction } from "@/lib/users/actions";
import { ROLES } from "@/lib/users/schemas";
import { CreateUserForm } from "./create-user-form";

type Role = (typeof ROLES)[number];
type User = { id: string; email: string; name: string; role: Role; timeZone: string; deactivatedAt: Date | null; createdAt: Date };

export function UserManager({ users, currentUserId, timeZone }: { users: User[]; currentUserId: string; timeZone: string }) {
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);

  const run = (work: () => Promise<{ ok: true } | { ok: false; error: string }>, success: string) =>
    startTransition(async () => {
      const result = await work();
      setMessage(result.ok ? { tone: "success", text: success } : { tone: "error", text: result.error });
    });

  return (
    <div className="space-y-8">
      <CreateUserForm onCreated={(email) => setMessage({ tone: "success", text: `Account created for ${email}.` })} />
      <section aria-labelledby="people">
        <h2 id="people" className="mb-1 text-base font-semibold">People</h2>
        <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
          Accounts are deactivated, never deleted: the audit trail keeps naming who did what.
        </p>
        {message && <Alert tone={message.tone} className="mb-3">{message.text}</Alert>}
        <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800" tabIndex={0} role="region" aria-label="People (scrolls sideways)">
          <table className="w-full text-left text-sm">
            <thead className="bg-zinc-50 text-xs uppercase text-zinc-500 dark:bg-zinc-900">
              <tr>
                <th className="px-3 py-2">Person</th>
                <th className="px-3 py-2">Role</th>
                <th className="px-3 py-2">Since</th>
                <th className="px-3 py-2">Status</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100 dark:divide-zinc-800">
              {users.map((user) => (
                // A deactivated person is shown on a muted background rather than faded,
                // so the row still reads at AA contrast.
                <tr key={user.id} className={user.deactivatedAt ? "bg-zinc-50 dark:bg-zinc-950" : undefined}>
                  <td className="px-3 py-2">
                    <div className="font-medium">{user.name}</div>
                    <div className="text-xs text-zinc-500">{user.email}</div>
                  </td>
                  <td className="px-3 py-2">
                    <label className="sr-only" htmlFor={`role-${user.id}`}>Role of {user.email}</label>
                    <Select
                      id={`role-${user.id}`}
                      className="w-40"
                      value={user.role}
                      disabled={pending || Boolean(user.deactivatedAt)}
                      onChange={(event) => run(() => changeUserRoleAction({ userId: user.id, role: event.target.value as Role }), `Role of ${user.email} changed.`)}
                    >
                      {ROLES.map((role) => (
                        <option key={role}>{role}</option>
                      ))}
                    </Select>
                  </td>
                  <td className="px-3 py-2">
                    <LocalTime at={user.createdAt} timeZone={timeZone} withZone={false} />
                  </td>
                  <td className="px-3 py-2">
                    <div className="flex items-center gap-2">
                      {user.deactivatedAt ? <Badge>Deactivated</Badge> : <Badge tone="green">Active</Badge>}
                      {user.id !== currentUserId && (
                        <Button
                          size="sm"
                          variant="ghost"
                          disabled={pending}
                          onClick={() =>
                            run(
                              () => setUserActiveAction({ userId: user.id, active: Boolean(user.deactivatedAt) }),
                              `${user.email} ${user.deactivatedAt ? "reactivated" : "deactivated"}.`,
                            )
                          }
                        >
                          {user.deactivatedAt ? "Reactivate" : "Deactivate"}
                        </Button>
                      )}
                    </div>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
