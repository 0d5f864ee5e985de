"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { updateProfileAction } from "@/lib/users/actions";

export function ProfileForm({ name, timeZone, zones }: { name: string; timeZone: string; zones: string[] }) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const options = zones.includes("UTC") ? zones : ["UTC", ...zones];

  const submit = (form: FormData) =>
    startTransition(async () => {
      const result = await updateProfileAction({ name: String(form.get("name")), timeZone: String(form.get("timeZone")) });
      setMessage(result.ok ? { tone: "success", text: "Saved. Times are now shown in your new time zone." } : { tone: "error", text: result.error });
      if (result.ok) router.refresh();
    });

  return (
    <form action={submit} className="space-y-4">
      {message && <Alert tone={message.tone}>{message.text}</Alert>}
      <Field id="name" label="Name">
        <Input id="name" name="name" defaultValue={name} required maxLength={120} />
      </Field>
      <Field id="timeZone" label="Time zone" hint="Every time in Cordon is shown in this zone, with the zone named.">
        <Select id="timeZone" name="timeZone" defaultValue={timeZone}>
          {options.map((zone) => (
            <option key={zone}>{zone}</option>
          ))}
        </Select>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}
