"use client";
import { useState, useTransition } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/types";
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

  const columns: DataTableColumn<User>[] = [
    {
      id: "person",
      header: "Person",
      sortValue: (user) => user.name,
      cell: (user) => (
        <>
          <div className="font-medium">{user.name}</div>
          <div className="text-xs text-zinc-600 dark:text-zinc-400">{user.email}</div>
        </>
      ),
    },
    {
      id: "role",
      header: "Role",
      sortValue: (user) => user.role,
      cell: (user) => (
        <>
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
        </>
      ),
    },
    { id: "since", header: "Since", sortValue: (user) => new Date(user.createdAt), hideBelow: "md", cell: (user) => <LocalTime at={user.createdAt} timeZone={timeZone} withZone={false} /> },
    {
      id: "status",
      header: "Status",
      sortValue: (user) => (user.deactivatedAt ? 1 : 0),
      cell: (user) => (
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
      ),
    },
  ];

  return (
    <div className="space-y-8">
      <CreateUserForm onCreated={(email) => setMessage({ tone: "success", text: `Account created for ${email}.` })} />
      <section aria-labelledby="people">
        <h2 id="people" className="mb-1 text-base font-semibold">People</h2>
        <p className="mb-3 text-sm text-zinc-600 dark:text-zinc-400">
          Accounts are deactivated, never deleted: the audit trail keeps naming who did what.
        </p>
        {message && <Alert tone={message.tone} className="mb-3">{message.text}</Alert>}
        <DataTable
          label="People"
          columns={columns}
          rows={users}
          rowKey={(user) => user.id}
          // A deactivated person is shown on a muted background rather than faded:
          // faded text and controls would fall below AA contrast.
          rowClassName={(user) => (user.deactivatedAt ? "bg-zinc-50 dark:bg-zinc-950" : undefined)}
          empty={{ title: "No accounts yet" }}
        />
      </section>
    </div>
  );
}
