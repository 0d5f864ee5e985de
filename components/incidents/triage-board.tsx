"use client";
import { AlertTriangle, Flame, Plus, Search } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { DataTable } from "@/components/ui/data-table/data-table";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { useIncidentList, type IncidentListPage } from "@/lib/incidents/queries";
import { DeclareDialog } from "./declare-dialog";
import { IncidentFilters, type Filters } from "./incident-filters";
import { incidentColumns, isUnacknowledgedSev1 } from "./incident-columns";
import { useNow } from "./relative-time";
import { useKeyShortcuts } from "@/components/common/use-key-shortcuts";

type Props = {
  initial: IncidentListPage;
  severities: { key: string; name: string; description: string }[];
  people: { id: string; name: string }[];
  currentUserId: string;
  timeZone: string;
  canDeclare: boolean;
};

export function TriageBoard({ initial, severities, people, currentUserId, timeZone, canDeclare }: Props) {
  const router = useRouter();
  const searchRef = useRef<HTMLInputElement>(null);
  const [filters, setFilters] = useState<Filters>({});
  const [q, setQ] = useState("");
  const [debouncedQ, setDebouncedQ] = useState("");
  const [cursors, setCursors] = useState<string[]>([]);
  const [selected, setSelected] = useState(0);
  const [declaring, setDeclaring] = useState(false);
  const now = useNow();

  useEffect(() => {
    const timer = setTimeout(() => setDebouncedQ(q.trim()), 250);
    return () => clearTimeout(timer);
  }, [q]);

  const params = useMemo(() => {
    const entries = Object.entries({ ...filters, q: debouncedQ, cursor: cursors[cursors.length - 1] ?? "" }).filter(([, value]) => value);
    return Object.fromEntries(entries) as Record<string, string>;
  }, [filters, debouncedQ, cursors]);
  const isDefault = Object.keys(params).length === 0;
  const { data, isFetching, error } = useIncidentList(params, isDefault ? initial : undefined);
  const incidents = data?.incidents ?? [];
  const unacknowledgedSev1 = incidents.filter(isUnacknowledgedSev1);

  const moveSelection = (delta: number) => setSelected((index) => Math.max(0, Math.min(incidents.length - 1, index + delta)));
  useKeyShortcuts(
    {
      n: () => canDeclare && setDeclaring(true),
      "/": () => searchRef.current?.focus(),
      j: () => moveSelection(1),
      k: () => moveSelection(-1),
      Enter: () => incidents[selected] && router.push(`/incidents/${incidents[selected].id}`),
    },
    !declaring,
  );

  const changeFilters = (next: Filters) => {
    setFilters(next);
    setCursors([]);
    setSelected(0);
  };

  return (
    <>
      <PageHeader
        title="Incidents"
        description="Open incidents, most severe first. Keys: n new · / search · j/k move · Enter open"
        actions={
          canDeclare && (
            <Button variant="danger" onClick={() => setDeclaring(true)} aria-keyshortcuts="n">
              <Plus className="size-4" aria-hidden /> Declare incident
            </Button>
          )
        }
      />
      {unacknowledgedSev1.length > 0 && (
        // Only the icon pulses: a fading banner drops its text below AA contrast.
        <div role="alert" className="mb-4 flex items-center gap-3 rounded-lg border-2 border-red-700 bg-red-700 px-4 py-3 text-white shadow-lg">
          <AlertTriangle className="size-6 shrink-0 motion-safe:animate-pulse" aria-hidden />
          <p className="font-semibold">
            {unacknowledgedSev1.length === 1 ? "A SEV1 incident has" : `${unacknowledgedSev1.length} SEV1 incidents have`} not been acknowledged:{" "}
            {unacknowledgedSev1.map((incident, i) => (
              <span key={incident.id}>
                {i > 0 && ", "}
                <Link className="underline" href={`/incidents/${incident.id}`}>{incident.reference}</Link>
              </span>
            ))}
          </p>
        </div>
      )}
      <div className="mb-4 flex flex-col gap-3 lg:flex-row lg:items-end">
        <div className="relative lg:w-80">
          <label htmlFor="incident-search" className="sr-only">Search incidents</label>
          <Search className="pointer-events-none absolute left-3 top-3 size-4 text-zinc-400" aria-hidden />
          <Input ref={searchRef} id="incident-search" type="search" placeholder="Search INC-1042 or text  ( / )" value={q} onChange={(e) => { setQ(e.target.value); setCursors([]); }} className="pl-9" aria-keyshortcuts="/" />
        </div>
        <IncidentFilters value={filters} onChange={changeFilters} severities={severities} people={people} />
      </div>
      {error ? (
        <p role="alert" className="text-sm text-red-600 dark:text-red-400">Could not load incidents: {error.message}</p>
      ) : (
        <DataTable
          label="Incidents"
          columns={incidentColumns(now, timeZone)}
          rows={incidents}
          rowKey={(incident) => incident.id}
          busy={isFetching}
          selectedKey={incidents[selected]?.id}
          onRowActivate={(incident) => router.push(`/incidents/${incident.id}`)}
          rowAttributes={() => ({ "data-testid": "incident-row" })}
          rowClassName={(incident) => (isUnacknowledgedSev1(incident) ? "bg-red-50 dark:bg-red-950/40" : undefined)}
          empty={{
            icon: <Flame className="size-8" />,
            title: isDefault ? "No open incidents" : "Nothing matches",
            description: isDefault
              ? "When something happens, declare an incident: Cordon starts the clocks, assigns the lead and runs the severity's runbook."
              : "Try other filters or search words.",
          }}
        />
      )}
      <div className="mt-3 flex gap-2">
        {cursors.length > 0 && <Button variant="secondary" size="sm" onClick={() => setCursors((c) => c.slice(0, -1))}>Previous</Button>}
        {data?.nextCursor && <Button variant="secondary" size="sm" onClick={() => setCursors((c) => [...c, data.nextCursor!])}>Next page</Button>}
      </div>
      {canDeclare && <DeclareDialog open={declaring} onClose={() => setDeclaring(false)} severities={severities} people={people} currentUserId={currentUserId} />}
    </>
  );
}
