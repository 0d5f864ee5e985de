import Link from "next/link";
import { LocalTime } from "@/components/common/local-time";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/require-user";
import { listAuditEntries, ZAuditQuery } from "@/lib/audit/list-audit-entries";
import { parseInput } from "@/lib/validation";

export const metadata = { title: "Audit log" };

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const user = await requireUser("audit:read");
  const query = parseInput(ZAuditQuery, await searchParams, "Query");
  const { entries, nextBefore } = await listAuditEntries(query);
  return (
    <div className="space-y-4">
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Append-only and hash-chained: each entry carries the hash of the one before. Check the whole chain with{" "}
        <code className="font-mono text-xs">npm run cordon -- audit verify</code>.
      </p>
      <div className="overflow-x-auto rounded-lg border border-zinc-200 dark:border-zinc-800" tabIndex={0} role="region" aria-label="Audit entries (scrolls sideways)">
        <table className="w-full text-left text-sm">
          <thead className="bg-zinc-50 text-xs uppercase text-zinc-500 dark:bg-zinc-900">
            <tr>
              <th className="px-3 py-2">#</th>
              <th className="px-3 py-2">When</th>
              <th className="px-3 py-2">Who</th>
              <th className="px-3 py-2">Action</th>
              <th className="px-3 py-2">Target</th>
              <th className="px-3 py-2">Hash</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100 font-mono text-xs dark:divide-zinc-800">
            {entries.map((entry) => (
              <tr key={entry.seq}>
                <td className="px-3 py-2">{entry.seq}</td>
                <td className="whitespace-nowrap px-3 py-2 font-sans text-sm">
                  <LocalTime at={entry.at} timeZone={user.timeZone} />
                </td>
                <td className="px-3 py-2">{entry.actorLabel}</td>
                <td className="px-3 py-2">{entry.action}</td>
                <td className="px-3 py-2">
                  {entry.targetType}
                  {entry.targetId ? `:${entry.targetId.slice(0, 8)}` : ""}
                </td>
                <td className="px-3 py-2" title={entry.hash}>
                  {entry.hash.slice(0, 12)}…
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {nextBefore && (
        <Link href={`/settings/audit?before=${nextBefore}`} className={buttonClasses("secondary", "sm")}>
          Older entries
        </Link>
      )}
    </div>
  );
}
