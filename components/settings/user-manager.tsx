"use client";
import { useState, useTransition } from "react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/types";
import { Select } from "@/components/ui/input";
import { changeUserRoleAction, setRoleManagementAction, setUserActiveAction } from "@/lib/users/actions";
import { ROLES } from "@/lib/users/schemas";
import { CreateUserForm } from "./create-user-form";

type Role = (typeof ROLES)[number];
type User = {
  id: string;
  email: string;
  name: string;
  role: Role;
  timeZone: string;
  deactivatedAt: Date | null;
  createdAt: Date;
  source: "LOCAL" | "SSO";
  roleManagedBy: "MAPPING" | "MANUAL";
  breakGlass: boolean;
  lastSignInAt: Date | null;
};

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
      cell: (user) =>
        user.roleManagedBy === "MAPPING" ? (
          // The identity provider's groups own this role: it is shown, not
          // edited, until an administrator takes it over by hand.
          <div className="space-y-1">
            <div>
              <span className="font-medium">{user.role}</span> <span className="text-xs text-zinc-600 dark:text-zinc-400">from groups</span>
            </div>
            <Button
              size="sm"
              variant="ghost"
              disabled={pending || Boolean(user.deactivatedAt)}
              aria-label={`Manage by hand the role of ${user.email}`}
              onClick={() => run(() => setRoleManagementAction({ userId: user.id, managedBy: "MANUAL" }), `The role of ${user.email} is now managed by hand.`)}
            >
              Manage by hand
            </Button>
          </div>
        ) : (
          <div className="space-y-1">
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
            {user.source === "SSO" && (
              <Button
                size="sm"
                variant="ghost"
                disabled={pending || Boolean(user.deactivatedAt)}
                aria-label={`Use group mapping for the role of ${user.email}`}
                onClick={() => run(() => setRoleManagementAction({ userId: user.id, managedBy: "MAPPING" }), `The role of ${user.email} will follow their groups from the next sign-in.`)}
              >
                Use group mapping
              </Button>
            )}
          </div>
        ),
    },
    {
      id: "sign-in",
      header: "Signs in with",
      sortValue: (user) => (user.lastSignInAt ? new Date(user.lastSignInAt) : new Date(0)),
      cell: (user) => (
        // Wide enough on a phone that the date is not broken word by word.
        <div className="min-w-40 space-y-1">
          <div className="flex flex-wrap gap-1">
            {user.source === "SSO" ? <Badge tone="blue">SSO</Badge> : <Badge>Local</Badge>}
            {user.breakGlass && <Badge tone="yellow">Break-glass</Badge>}
          </div>
          <div className="text-xs text-zinc-600 dark:text-zinc-400">
            Last sign-in: {user.lastSignInAt ? <LocalTime at={user.lastSignInAt} timeZone={timeZone} /> : "never"}
          </div>
        </div>
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
