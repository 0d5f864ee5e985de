"use client";
import { BellRing, Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { Input, Select } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { useAlertList, type AlertListPage } from "@/lib/alerts/queries";
import { AlertRow } from "./alert-row";
import { AlertRowActions, type Panel } from "./alert-row-actions";
import { useKeyShortcuts } from "@/components/common/use-key-shortcuts";

type Props = {
  initial: AlertListPage;
  sources: { id: string; name: string; kind: string }[];
  severities: { key: string; name: string }[];
  canAct: boolean;
};

const STATES = ["all", "open", "new", "acknowledged", "attached", "resolved", "ignored"] as const;

export function AlertInbox({ initial, sources, severities, canAct }: Props) {
  const router = useRouter();
  const searchRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState("all");
  const [source, setSource] = useState("");
  const [q, setQ] = useState("");
  const [debouncedQ, setDebouncedQ] = useState("");
  const [cursors, setCursors] = useState<string[]>([]);
  const [selected, setSelected] = useState(0);
  const [panel, setPanel] = useState<Panel>(null);

  useEffect(() => {
    const timer = setTimeout(() => setDebouncedQ(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);

  const params = useMemo(() => {
    const entries = Object.entries({ state: state === "all" ? "" : state, source, q: debouncedQ, cursor: cursors[cursors.length - 1] ?? "" }).filter(([, value]) => value);
    return Object.fromEntries(entries) as Record<string, string>;
  }, [state, source, debouncedQ, cursors]);
  const isDefault = Object.keys(params).length === 0;
  const { data, error, isFetching } = useAlertList(params, isDefault ? initial : undefined);
  const alerts = data?.alerts ?? [];
  const current = alerts[Math.min(selected, alerts.length - 1)];

  const select = (index: number) => {
    setSelected(index);
    setPanel(null);
  };
  const open = (next: Panel) => canAct && current && setPanel(next);
  // The triage board's keys, plus a(cknowledge), d(eclare), i(gnore), at(t)ach.
  useKeyShortcuts(
    {
      "/": () => searchRef.current?.focus(),
      j: () => select(Math.min(alerts.length - 1, selected + 1)),
      k: () => select(Math.max(0, selected - 1)),
      Enter: () => current?.incidentId && router.push(`/incidents/${current.incidentId}`),
      a: () => open("acknowledge"),
      d: () => open("declare"),
      i: () => open("ignore"),
      t: () => open("attach"),
    },
    panel === null,
  );
  const resetPaging = () => {
    setCursors([]);
    setSelected(0);
    setPanel(null);
  };

  return (
    <>
      <PageHeader title="Alerts" description="Alerts from Falco, Alertmanager and webhooks, latest first. Keys: / search · j/k move · d declare · t attach · a acknowledge · i ignore · Enter open incident" />
      <div className="mb-4 grid gap-2 sm:grid-cols-[1fr_12rem_12rem]">
        <label className="relative block">
          <span className="sr-only">Search alerts</span>
          <Search className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-zinc-400" aria-hidden />
          <Input ref={searchRef} value={q} onChange={(e) => { setQ(e.target.value); resetPaging(); }} placeholder="Search titles" className="pl-9" aria-keyshortcuts="/" />
        </label>
        <label>
          <span className="sr-only">State</span>
          <Select value={state} onChange={(e) => { setState(e.target.value); resetPaging(); }}>
            {STATES.map((value) => (
              <option key={value} value={value}>
                {value === "all" ? "All states" : value === "open" ? "Needs a person" : value}
              </option>
            ))}
          </Select>
        </label>
        <label>
          <span className="sr-only">Source</span>
          <Select value={source} onChange={(e) => { setSource(e.target.value); resetPaging(); }}>
            <option value="">All sources</option>
            {sources.map((item) => (
              <option key={item.id} value={item.id}>
                {item.name} ({item.kind})
              </option>
            ))}
          </Select>
        </label>
      </div>
      {error && <Alert tone="error">{error.message}</Alert>}
      {alerts.length === 0 ? (
        <EmptyState icon={<BellRing className="size-8" />} title="No alerts here">
          Point Falco (falcosidekick) or Alertmanager at an alert source; see Settings → Alerts.
        </EmptyState>
      ) : (
        <ul aria-label="Alerts" aria-busy={isFetching} className="divide-y divide-zinc-100 overflow-hidden rounded-lg border border-zinc-200 bg-white dark:divide-zinc-800 dark:border-zinc-800 dark:bg-zinc-900" data-testid="alert-list">
          {alerts.map((alert, index) => (
            <AlertRow key={alert.id} alert={alert} selected={alert.id === current?.id} onSelect={() => select(index)}>
              {alert.id === current?.id && <AlertRowActions alert={alert} panel={panel} setPanel={setPanel} severities={severities} canAct={canAct} />}
            </AlertRow>
          ))}
        </ul>
      )}
      <div className="mt-3 flex justify-between gap-2">
        <Button variant="secondary" size="sm" disabled={cursors.length === 0} onClick={() => { setCursors((c) => c.slice(0, -1)); setSelected(0); }}>
          Newer
        </Button>
        <Button variant="secondary" size="sm" disabled={!data?.nextCursor} onClick={() => { setCursors((c) => [...c, data!.nextCursor!]); setSelected(0); }}>
          Older
        </Button>
      </div>
    </>
  );
}
