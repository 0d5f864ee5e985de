"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ApiError, apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select } from "@/components/ui/input";
import { CHANNEL_KINDS, CHANNEL_KIND_LABELS, PERSONAL_CHANNEL_KINDS, type ChannelKind } from "@/lib/notify/rules/channel-kinds";
import { ChannelFields, readChannelForm } from "./channel-fields";
import { EventPicker } from "./event-picker";
import { SecretOnce } from "./secret-once";

// Adds a channel. A webhook's signing secret comes back this once.
export function ChannelForm() {
  const router = useRouter();
  const [kind, setKind] = useState<ChannelKind>("WEBHOOK");
  const [events, setEvents] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);

  const submit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const target = event.currentTarget;
    setPending(true);
    setError(null);
    try {
      const { settings, secrets } = readChannelForm(form);
      const created = await apiFetch<{ channel: { name: string }; signingSecret?: string }>("/api/v1/channels", {
        method: "POST",
        body: { name: form.get("name"), kind, settings, secrets, events, outOfBand: form.get("outOfBand") === "on", restricted: form.get("restricted") === "on", personal: form.get("personal") === "on" },
      });
      if (created.signingSecret) setSecret({ name: created.channel.name, value: created.signingSecret });
      target.reset();
      setEvents([]);
      router.refresh();
    } catch (caught) {
      setError(caught instanceof ApiError ? caught.message : "Could not save the channel");
    } finally {
      setPending(false);
    }
  };

  return (
    <section aria-labelledby="new-channel" className="max-w-2xl space-y-4">
      <h2 id="new-channel" className="text-base font-semibold">Add a channel</h2>
      {secret && <SecretOnce title={`Signing secret for “${secret.name}”`} value={secret.value} />}
      {error && <Alert tone="error">{error}</Alert>}
      <form onSubmit={submit} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="ch-name" label="Name">
            <Input id="ch-name" name="name" required maxLength={80} placeholder="e.g. #sec-incidents" />
          </Field>
          <Field id="ch-kind" label="Kind">
            <Select id="ch-kind" value={kind} onChange={(e) => setKind(e.target.value as ChannelKind)}>
              {CHANNEL_KINDS.map((k) => (
                <option key={k} value={k}>{CHANNEL_KIND_LABELS[k]}</option>
              ))}
            </Select>
          </Field>
        </div>
        <ChannelFields key={kind} kind={kind} />
        <fieldset className="space-y-1 text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name="outOfBand" /> Out-of-band (independent of the usual chat; used when a severity says “out-of-band only”)
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name="restricted" /> Cleared for restricted incidents (otherwise they say only “a restricted incident needs you”)
          </label>
          {PERSONAL_CHANNEL_KINDS.includes(kind) && (
            <label className="flex items-center gap-2">
              <input type="checkbox" name="personal" /> Delivers to people’s own contact methods ({kind === "EMAIL" ? "their email" : kind === "SLACK_BOT" ? "their Slack member id" : "their phone, for an SMS provider"})
            </label>
          )}
        </fieldset>
        <EventPicker value={events} onChange={setEvents} legend="Events this channel receives (none ticked: all)" />
        <Button type="submit" disabled={pending}>Save channel</Button>
      </form>
    </section>
  );
}
