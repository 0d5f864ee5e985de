"use client";
import { useRef, useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { ROLE_DESCRIPTIONS } from "@/lib/auth/permissions";
import { createUserAction } from "@/lib/users/actions";
import { ROLES } from "@/lib/users/schemas";

export function CreateUserForm({ onCreated }: { onCreated: (email: string) => void }) {
  const formRef = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<{ text: string; fields?: Record<string, string[]> } | null>(null);

  const submit = (form: FormData) =>
    startTransition(async () => {
      const result = await createUserAction({
        email: String(form.get("email")),
        name: String(form.get("name")),
        role: String(form.get("role")) as (typeof ROLES)[number],
        password: String(form.get("password")),
        breakGlass: form.get("breakGlass") === "on",
      });
      if (result.ok) {
        setError(null);
        formRef.current?.reset();
        onCreated(result.data.email);
      } else setError({ text: result.error, fields: result.fields });
    });

  const fieldError = (name: string) => error?.fields?.[name]?.join("; ");

  return (
    <section aria-labelledby="add-person" className="max-w-3xl">
      <h2 id="add-person" className="mb-3 text-base font-semibold">Add a person</h2>
      {error && !error.fields && <Alert tone="error" className="mb-3">{error.text}</Alert>}
      <form ref={formRef} action={submit} className="grid gap-4 sm:grid-cols-2">
        <Field id="new-name" label="Name" error={fieldError("name")}>
          <Input id="new-name" name="name" required maxLength={120} />
        </Field>
        <Field id="new-email" label="Email" error={fieldError("email")}>
          <Input id="new-email" name="email" type="email" required />
        </Field>
        <Field id="new-role" label="Role" hint={ROLE_DESCRIPTIONS.RESPONDER}>
          <Select id="new-role" name="role" defaultValue="RESPONDER">
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {role} — {ROLE_DESCRIPTIONS[role]}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="new-password" label="Initial password" hint="At least 12 characters; share it privately." error={fieldError("password")}>
          <Input id="new-password" name="password" type="password" autoComplete="new-password" required minLength={12} />
        </Field>
        <div className="sm:col-span-2">
          <label className="flex items-start gap-2 text-sm">
            <input type="checkbox" name="breakGlass" className="mt-1 size-4" aria-describedby="new-break-glass-hint" />
            <span>
              Break-glass account
              <span id="new-break-glass-hint" className="block text-xs text-zinc-600 dark:text-zinc-400">
                May still sign in with this password when sign-in is limited to single sign-on, for when the identity provider is down. Keep few.
              </span>
            </span>
          </label>
        </div>
        <div className="sm:col-span-2">
          <Button type="submit" disabled={pending}>
            {pending ? "Adding…" : "Add person"}
          </Button>
        </div>
      </form>
    </section>
  );
}
