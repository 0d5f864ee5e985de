"use client";
import { ArrowDown, ArrowUp, Plus, X } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Input, Select, Textarea } from "@/components/ui/input";
import { SECTION_KINDS, type TemplateSection } from "@/lib/rules/post-mortems/default-templates";

type Template = { severityKey: string; sections: TemplateSection[]; requiredApprovals: number; version: number; customized: boolean };

const KIND_LABELS: Record<string, string> = { MARKDOWN: "Text", CONTRIBUTING_FACTORS: "Text + contributing factors", SEVERITY_REVIEW: "Text + severity policy proposal" };

// One severity's review template as a form: sections in order, each with a
// title, a prompt and a kind; and the approvals publishing needs.
export function TemplateEditor({ template }: { template: Template }) {
  const router = useRouter();
  const [sections, setSections] = useState(template.sections);
  const [approvals, setApprovals] = useState(String(template.requiredApprovals));
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const update = (index: number, patch: Partial<TemplateSection>) => setSections((all) => all.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  const move = (index: number, by: number) =>
    setSections((all) => {
      const next = [...all];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  const id = template.severityKey;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setSaving(true);
    setMessage(null);
    try {
      await apiFetch(`/api/v1/post-mortem-templates/${id}`, { method: "PUT", body: { sections, requiredApprovals: Number(approvals), version: template.version } });
      setMessage({ tone: "success", text: "Saved. New reviews of this severity use it." });
      router.refresh();
    } catch (error) {
      setMessage({ tone: "error", text: (error as Error).message });
    } finally {
      setSaving(false);
    }
  }

  return (
    <Card className="p-4">
      <form onSubmit={save} className="space-y-4" aria-labelledby={`template-${id}`}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 id={`template-${id}`} className="text-base font-semibold">
            {id} review template {template.customized ? "" : <span className="text-sm font-normal text-zinc-500">(built-in default)</span>}
          </h2>
          <label className="flex items-center gap-2 text-sm">
            Approvals needed to publish
            <Input className="h-8 w-20" type="number" min={0} max={10} value={approvals} onChange={(e) => setApprovals(e.target.value)} />
          </label>
        </div>
        <ol className="space-y-3">
          {sections.map((section, index) => (
            <li key={index} className="grid gap-2 rounded-md border border-zinc-200 p-3 md:grid-cols-[10rem_minmax(0,1fr)_14rem_auto] dark:border-zinc-800">
              <Input aria-label={`Key of section ${index + 1}`} value={section.key} onChange={(e) => update(index, { key: e.target.value })} className="font-mono" />
              <div className="space-y-2">
                <Input aria-label={`Title of section ${index + 1}`} value={section.title} onChange={(e) => update(index, { title: e.target.value })} />
                <Textarea aria-label={`Prompt of section ${index + 1}`} className="min-h-16" value={section.prompt} onChange={(e) => update(index, { prompt: e.target.value })} />
              </div>
              <Select aria-label={`Kind of section ${index + 1}`} value={section.kind} onChange={(e) => update(index, { kind: e.target.value as TemplateSection["kind"] })}>
                {SECTION_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {KIND_LABELS[kind]}
                  </option>
                ))}
              </Select>
              <div className="flex gap-1">
                <Button variant="ghost" size="sm" aria-label={`Move section ${index + 1} up`} disabled={index === 0} onClick={() => move(index, -1)}>
                  <ArrowUp className="size-4" aria-hidden />
                </Button>
                <Button variant="ghost" size="sm" aria-label={`Move section ${index + 1} down`} disabled={index === sections.length - 1} onClick={() => move(index, 1)}>
                  <ArrowDown className="size-4" aria-hidden />
                </Button>
                <Button variant="ghost" size="sm" aria-label={`Remove section ${index + 1}`} disabled={sections.length === 1} onClick={() => setSections((all) => all.filter((_, i) => i !== index))}>
                  <X className="size-4" aria-hidden />
                </Button>
              </div>
            </li>
          ))}
        </ol>
        {message && <Alert tone={message.tone}>{message.text}</Alert>}
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => setSections((all) => [...all, { key: `section_${all.length + 1}`, title: "New section", prompt: "", kind: "MARKDOWN" }])}>
            <Plus className="size-4" aria-hidden /> Add a section
          </Button>
          <Button type="submit" disabled={saving}>
            Save {id} template
          </Button>
        </div>
      </form>
    </Card>
  );
}
