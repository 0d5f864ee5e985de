"use client";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/input";
import { CONTACT_CATEGORY_LABELS } from "@/lib/notify/contacts/schemas";
import type { Playbook } from "@/lib/rules/playbooks/schema";
import type { previewPlaybook } from "@/lib/playbooks/preview-playbook";
import type { SeverityOption } from "./playbook-settings";
import { ProblemList } from "./problem-list";

type Preview = Awaited<ReturnType<typeof previewPlaybook>>;

// What this draft would put on a new incident of the chosen severity: the
// severity's runbook merged with the steps, and who to call.
export function PlaybookPreview({ category, draft, severities }: { category: string; draft: Playbook; severities: SeverityOption[] }) {
  const [severity, setSeverity] = useState(severities[0]?.key ?? "");
  const preview = useMutation({ mutationFn: () => apiFetch<Preview>(`/api/v1/playbooks/${category}/preview`, { method: "POST", body: { severity, draft } }) });
  return (
    <div className="rounded-md bg-zinc-50 p-3 dark:bg-zinc-950">
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="pb-preview-severity" className="text-xs font-medium">Preview for a new incident of severity</label>
          <Select id="pb-preview-severity" value={severity} onChange={(e) => setSeverity(e.target.value)}>
            {severities.map((s) => <option key={s.key} value={s.key}>{s.name}</option>)}
          </Select>
        </div>
        <Button size="sm" variant="secondary" onClick={() => preview.mutate()} disabled={preview.isPending}>Preview</Button>
      </div>
      <ProblemList error={preview.error} />
      {preview.data && (
        <div className="mt-2 text-sm" data-testid="playbook-preview">
          <p>At {preview.data.severity}: roles {preview.data.requiredRoles.join(", ")}{preview.data.requiresSecondApprover ? "; cluster actions need a second approver" : ""}.</p>
          <ol className="ml-5 list-decimal">
            {preview.data.tasks.map((t) => (
              <li key={t.key}>{t.title} {t.fromPlaybook ? <Badge tone="blue">playbook</Badge> : <Badge>severity runbook</Badge>}{t.evidencePreservation && <Badge tone="orange" className="ml-1">evidence</Badge>}</li>
            ))}
          </ol>
          <p className="mt-1">Call: {preview.data.parties.length === 0 ? "nobody at this severity" : preview.data.parties.map((p) => `${CONTACT_CATEGORY_LABELS[p.category]} (${p.when})`).join(", ")}</p>
        </div>
      )}
    </div>
  );
}
