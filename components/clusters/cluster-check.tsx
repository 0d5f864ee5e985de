import { CheckCircle2, XCircle } from "lucide-react";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import type { ClusterItem } from "@/lib/clusters/queries";

// The last connection test: reachable, version support, and per action
// whether it will work — with the exact permission it lacks.
export function ClusterCheck({ cluster, timeZone }: { cluster: ClusterItem; timeZone: string }) {
  const check = cluster.lastCheck;
  if (!check) return <p className="text-sm text-zinc-500">Not tested yet.</p>;
  return (
    <div className="space-y-2 text-sm">
      <p className="text-xs text-zinc-500">
        Tested <LocalTime at={check.checkedAt} timeZone={timeZone} />
      </p>
      {check.error && <Alert tone="error">{check.error}</Alert>}
      {check.version && (
        <Alert tone={check.version.supported ? "success" : "warning"}>
          {check.version.message}
        </Alert>
      )}
      {check.actions.length > 0 && (
        <ul className="grid gap-1 sm:grid-cols-2" aria-label="Actions this cluster allows">
          {check.actions.map((action) => (
            <li key={action.action} className="flex items-start gap-1.5">
              {action.allowed ? <CheckCircle2 className="mt-0.5 size-4 shrink-0 text-green-600" aria-label="works" /> : <XCircle className="mt-0.5 size-4 shrink-0 text-red-600" aria-label="will not work" />}
              <span>
                {action.label}
                {!action.allowed && check.reachable && <span className="block text-xs text-red-700 dark:text-red-400">missing: {action.missing.join(", ")}</span>}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
