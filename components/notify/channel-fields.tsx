import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import type { ChannelKind } from "@/lib/notify/rules/channel-kinds";

// The kind-specific inputs of the channel form. Inputs named "secret.*" are
// sealed on the server and never shown again; "setting.*" ones are.
export function ChannelFields({ kind }: { kind: ChannelKind }) {
  switch (kind) {
    case "SLACK_WEBHOOK":
      return (
        <Field id="ch-url" label="Slack incoming webhook URL" hint="Slack → Apps → Incoming Webhooks → Add to channel. Stored encrypted; never shown again.">
          <Input id="ch-url" name="secret.url" type="url" required placeholder="https://hooks.slack.com/services/…" autoComplete="off" />
        </Field>
      );
    case "SLACK_BOT":
      return (
        <>
          <Field id="ch-token" label="Bot token" hint="xoxb-… with the chat:write scope. Stored encrypted.">
            <Input id="ch-token" name="secret.token" required placeholder="xoxb-…" autoComplete="off" />
          </Field>
          <Field id="ch-channel" label="Slack channel id" hint="e.g. C0123ABCD; leave empty for a channel that only messages people directly.">
            <Input id="ch-channel" name="setting.channel" placeholder="C0123ABCD" />
          </Field>
          <Field id="ch-api" label="Slack API URL" hint="Change only for Slack GovSlack or a proxy.">
            <Input id="ch-api" name="setting.apiBaseUrl" type="url" defaultValue="https://slack.com/api" />
          </Field>
        </>
      );
    case "TEAMS":
      return (
        <Field id="ch-url" label="Teams workflow (webhook) URL" hint="Teams → Workflows → “Post to a channel when a webhook request is received”. Stored encrypted.">
          <Input id="ch-url" name="secret.url" type="url" required placeholder="https://…logic.azure.com/workflows/…" autoComplete="off" />
        </Field>
      );
    case "WEBHOOK":
      return (
        <Field id="ch-url" label="Webhook URL" hint="Receives JSON signed per Standard Webhooks. The signing secret is shown once, after saving.">
          <Input id="ch-url" name="secret.url" type="url" required placeholder="https://siem.example.com/hooks/cordon" autoComplete="off" />
        </Field>
      );
    case "PAGERDUTY":
      return (
        <>
          <Field id="ch-key" label="Integration (routing) key" hint="The 32-character key of an Events API v2 integration on the service. Stored encrypted.">
            <Input id="ch-key" name="secret.routingKey" required autoComplete="off" />
          </Field>
          <Field id="ch-endpoint" label="Events API URL">
            <Input id="ch-endpoint" name="setting.endpointUrl" type="url" defaultValue="https://events.pagerduty.com/v2/enqueue" />
          </Field>
          <Field id="ch-inbound" label="Webhook signing secret (optional)" hint="From a v3 webhook subscription pointing at /api/v1/webhooks/pagerduty, so acknowledgements in PagerDuty reach Cordon.">
            <Input id="ch-inbound" name="secret.inboundSecret" autoComplete="off" />
          </Field>
        </>
      );
    case "EMAIL":
      return (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="ch-host" label="SMTP host">
            <Input id="ch-host" name="setting.host" required placeholder="smtp.example.com" />
          </Field>
          <Field id="ch-port" label="Port">
            <Input id="ch-port" name="setting.port" type="number" required defaultValue={587} min={1} max={65535} />
          </Field>
          <Field id="ch-security" label="Security">
            <Select id="ch-security" name="setting.security" defaultValue="starttls">
              <option value="starttls">STARTTLS (port 587)</option>
              <option value="tls">TLS (port 465)</option>
              <option value="none">None (local relay only)</option>
            </Select>
          </Field>
          <Field id="ch-from" label="Sender address">
            <Input id="ch-from" name="setting.from" type="email" required placeholder="cordon@example.com" />
          </Field>
          <Field id="ch-to" label="Recipients" hint="Comma-separated; may be empty for a channel that only mails people.">
            <Input id="ch-to" name="setting.to" placeholder="soc@example.com, ciso@example.com" />
          </Field>
          <Field id="ch-user" label="User name">
            <Input id="ch-user" name="setting.username" autoComplete="off" />
          </Field>
          <Field id="ch-pass" label="Password" hint="Stored encrypted.">
            <Input id="ch-pass" name="secret.password" type="password" autoComplete="new-password" />
          </Field>
          <div className="sm:col-span-2">
            <Field id="ch-ca" label="Relay's CA certificate (optional)" hint="PEM, for a relay whose certificate comes from a private CA.">
              <Textarea id="ch-ca" name="setting.caCertificate" className="font-mono text-xs" placeholder="-----BEGIN CERTIFICATE-----" />
            </Field>
          </div>
        </div>
      );
  }
}

// Turns the form into the API's shape: settings and secrets by prefix,
// recipients as a list, empty secrets left out (so they are not replaced).
export function readChannelForm(form: FormData) {
  const settings: Record<string, unknown> = {};
  const secrets: Record<string, string> = {};
  for (const [name, value] of form.entries()) {
    const text = String(value).trim();
    if (name.startsWith("setting.")) settings[name.slice(8)] = name === "setting.to" ? text.split(",").map((s) => s.trim()).filter(Boolean) : text;
    if (name.startsWith("secret.") && text !== "") secrets[name.slice(7)] = text;
  }
  if (settings.apiBaseUrl === "") delete settings.apiBaseUrl;
  return { settings, secrets };
}
