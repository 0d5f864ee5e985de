"use client";
import { Copy, RadioTower } from "lucide-react";
import { useState, useTransition } from "react";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table/data-table";
import type { DataTableColumn } from "@/components/ui/data-table/types";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { createAlertSourceAction, rotateAlertSourceTokenAction, setAlertSourceEnabledAction } from "@/lib/alerts/actions";

type Source = { id: string; kind: string; name: string; tokenPrefix: string; enabled: boolean; sandbox: boolean; ingestUrl: string; rotatedAt: string | null };

const MAPPING_EXAMPLE = '{ "title": "$.summary", "dedupKey": "$.id", "severity": "$.level", "namespace": "$.k8s.namespace", "pod": "$.k8s.pod" }';

type SourceActions = { rotate: (id: string) => void; setEnabled: (source: Source, enabled: boolean) => void; pending: boolean };

function sourceColumns({ rotate, setEnabled, pending }: SourceActions): DataTableColumn<Source>[] {
  return [
    {
      id: "name",
      header: "Name",
      sortValue: (source) => source.name,
      className: "font-medium",
      cell: (source) => (
        <>
          {source.name} {source.sandbox && <Badge tone="blue">sandbox</Badge>} {!source.enabled && <Badge>disabled</Badge>}
        </>
      ),
    },
    { id: "kind", header: "Kind", sortValue: (source) => source.kind, cell: (source) => source.kind },
    {
      id: "url",
      header: "Ingest URL",
      hideBelow: "md",
      className: "max-w-xs truncate font-mono text-xs",
      cell: (source) => <span title={source.ingestUrl}>{source.ingestUrl}</span>,
    },
    { id: "token", header: "Token", hideBelow: "sm", className: "font-mono text-xs", cell: (source) => `${source.tokenPrefix}…` },
    {
      id: "actions",
      header: "Actions",
      hiddenHeader: true,
      align: "end",
      cell: (source) => (
        <div className="flex flex-wrap justify-end gap-2">
          <Button size="sm" variant="secondary" onClick={() => rotate(source.id)} disabled={pending} aria-label={`Rotate token of ${source.name}`}>
            Rotate token
          </Button>
          <Button size="sm" variant="secondary" onClick={() => setEnabled(source, !source.enabled)} disabled={pending} aria-label={`${source.enabled ? "Disable" : "Enable"} ${source.name}`}>
            {source.enabled ? "Disable" : "Enable"}
          </Button>
        </div>
      ),
    },
  ];
}

export function AlertSourcesManager({ sources }: { sources: Source[] }) {
  const [pending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [kind, setKind] = useState("falco");
  const [notice, setNotice] = useState<string | null>(null);
  const [shown, setShown] = useState<{ name: string; ingestUrl: string; token: string } | null>(null);

  const create = (form: FormData) =>
    startTransition(async () => {
      setError(null);
      let mapping: unknown;
      if (kind === "generic") {
        try {
          mapping = JSON.parse(String(form.get("mapping") ?? ""));
        } catch {
          setError("The mapping is not valid JSON");
          return;
        }
      }
      const result = await createAlertSourceAction({ kind: kind as "falco", name: String(form.get("name")), ...(mapping ? { mapping: mapping as never } : {}) });
      if (result.ok) setShown({ name: result.data.source.name, ingestUrl: result.data.ingestUrl, token: result.data.token });
      else setError(result.error);
    });
  const rotate = (sourceId: string) =>
    startTransition(async () => {
      const result = await rotateAlertSourceTokenAction({ sourceId });
      if (result.ok) setShown({ name: result.data.source.name, ingestUrl: result.data.ingestUrl, token: result.data.token });
      else setError(result.error);
    });

  const setEnabled = (source: Source, enabled: boolean) =>
    startTransition(async () => {
      setError(null);
      setNotice(null);
      const result = await setAlertSourceEnabledAction({ sourceId: source.id, enabled });
      if (result.ok) setNotice(enabled ? `“${source.name}” is enabled: its alerts are accepted again.` : `“${source.name}” is disabled: its alerts are refused until it is enabled.`);
      else setError(result.error);
    });

  return (
    <section aria-labelledby="alert-sources" className="space-y-4">
      <h2 id="alert-sources" className="text-base font-semibold">Alert sources</h2>
      <p className="max-w-2xl text-sm text-zinc-600 dark:text-zinc-400">
        Each sender posts to its own address with its own token (<code className="font-mono text-xs">Authorization: Bearer …</code>). The README shows the falcosidekick and
        Alertmanager configuration.
      </p>
      {error && <Alert tone="error">{error}</Alert>}
      {notice && <Alert tone="success">{notice}</Alert>}
      {shown && (
        <Alert tone="success">
          <p className="font-medium">Token for “{shown.name}”. Copy it now: it will not be shown again.</p>
          <p className="mt-1 text-xs">Ingest URL: <code className="font-mono" data-testid="ingest-url">{shown.ingestUrl}</code></p>
          <div className="mt-2 flex items-center gap-2">
            <code data-testid="ingest-token" className="block flex-1 overflow-x-auto rounded bg-white px-2 py-1 font-mono text-xs text-zinc-900 dark:bg-zinc-900 dark:text-zinc-100">{shown.token}</code>
            <Button size="sm" variant="secondary" onClick={() => navigator.clipboard.writeText(shown.token)} aria-label="Copy token">
              <Copy className="size-4" aria-hidden />
            </Button>
          </div>
        </Alert>
      )}
      <form action={create} className="grid max-w-3xl gap-4 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
        <Field id="source-kind" label="Kind">
          <Select id="source-kind" name="kind" value={kind} onChange={(e) => setKind(e.target.value)}>
            <option value="falco">Falco (falcosidekick)</option>
            <option value="alertmanager">Alertmanager</option>
            <option value="generic">Generic webhook</option>
          </Select>
        </Field>
        <Field id="source-name" label="Name">
          <Input id="source-name" name="name" placeholder="e.g. Falco prod-eu-1" required maxLength={80} />
        </Field>
        <Button type="submit" disabled={pending}>Add source</Button>
        {kind === "generic" && (
          <div className="sm:col-span-3">
            <Field id="source-mapping" label="Mapping (JSON paths)" hint={`title and dedupKey are required; optional: alerts, severity, status, groupKey, cluster, namespace, pod, node. Example: ${MAPPING_EXAMPLE}`}>
              <Textarea id="source-mapping" name="mapping" rows={3} defaultValue={MAPPING_EXAMPLE} className="font-mono text-xs" />
            </Field>
          </div>
        )}
      </form>
      <DataTable
        label="Alert sources"
        columns={sourceColumns({ rotate, setEnabled, pending })}
        rows={sources}
        rowKey={(source) => source.id}
        empty={{ icon: <RadioTower className="size-8" />, title: "No alert sources yet", description: "Add one above, then point Falco or Alertmanager at its address." }}
      />
    </section>
  );
}
