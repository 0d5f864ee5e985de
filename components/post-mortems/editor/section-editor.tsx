"use client";
import { Eye, Pencil, UserRound } from "lucide-react";
import { useId, useState } from "react";
import { Textarea } from "@/components/ui/input";
import { MarkdownText } from "../markdown-text";
import { ConflictPanel } from "./conflict-panel";
import { FactorsEditor } from "./factors-editor";
import { SaveIndicator } from "./save-indicator";
import { useSectionAutosave, type ServerSection } from "./use-section-autosave";

export type EditorSection = ServerSection & { key: string; title: string; prompt: string; kind: string; updatedBy: string | null };

export function SectionEditor({
  postMortemId,
  section,
  canEdit,
  editors,
  onFocusChange,
  children,
}: {
  postMortemId: string;
  section: EditorSection;
  canEdit: boolean;
  editors: string[];
  onFocusChange: (focused: boolean) => void;
  children?: React.ReactNode;
}) {
  const { value, change, state, conflict, resolve, error } = useSectionAutosave(postMortemId, section.key, section, canEdit);
  const [preview, setPreview] = useState(!canEdit);
  const id = useId();
  return (
    <section
      className="space-y-3 rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
      aria-labelledby={`${id}-title`}
      data-testid="post-mortem-section"
      data-key={section.key}
      onFocus={() => onFocusChange(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) onFocusChange(false);
      }}
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          {section.title}
        </h2>
        <div className="flex flex-wrap items-center gap-3">
          {editors.map((name) => (
            <span key={name} className="inline-flex items-center gap-1 rounded bg-blue-50 px-1.5 py-0.5 text-xs text-blue-800 dark:bg-blue-950 dark:text-blue-200" data-testid="presence">
              <UserRound className="size-3" aria-hidden /> {name} is editing
            </span>
          ))}
          {canEdit && <SaveIndicator state={state} />}
          {canEdit && (
            <button type="button" className="inline-flex items-center gap-1 rounded px-2 py-1 text-xs text-zinc-700 hover:bg-zinc-100 dark:text-zinc-300 dark:hover:bg-zinc-800" onClick={() => setPreview((p) => !p)} aria-pressed={preview}>
              {preview ? <Pencil className="size-3.5" aria-hidden /> : <Eye className="size-3.5" aria-hidden />} {preview ? "Edit" : "Preview"}
            </button>
          )}
        </div>
      </div>
      {section.prompt && <p className="text-sm text-zinc-600 dark:text-zinc-400">{section.prompt}</p>}
      {conflict && <ConflictPanel conflict={conflict} onResolve={resolve} />}
      {error && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      {preview ? (
        value.body.trim() ? <MarkdownText text={value.body} /> : <p className="text-sm italic text-zinc-500">Not written yet.</p>
      ) : (
        <Textarea
          aria-label={`${section.title} (Markdown)`}
          className="min-h-40 font-mono"
          value={value.body}
          onChange={(e) => change({ ...value, body: e.target.value })}
          placeholder="Write in Markdown…"
        />
      )}
      {section.kind === "CONTRIBUTING_FACTORS" && (preview ? <FactorList factors={value.factors} /> : <FactorsEditor factors={value.factors} disabled={!canEdit} onChange={(factors) => change({ ...value, factors })} />)}
      {children}
      {section.updatedBy && <p className="text-xs text-zinc-500">Last saved by {section.updatedBy}</p>}
    </section>
  );
}

function FactorList({ factors }: { factors: { kind: string; text: string }[] }) {
  if (!factors.length) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      {factors.map((f, i) => (
        <li key={i}>
          <span className="font-medium">{f.kind}</span> — {f.text}
        </li>
      ))}
    </ul>
  );
}
