import { TemplateEditor } from "@/components/post-mortems/templates/template-editor";
import { requireUser } from "@/lib/auth/require-user";
import { listPostMortemTemplates } from "@/lib/post-mortems/get-template";

export const metadata = { title: "Review templates" };

export default async function PostMortemTemplatesPage() {
  await requireUser("settings:manage");
  const templates = await listPostMortemTemplates();
  return (
    <div className="space-y-6">
      <p className="max-w-3xl text-sm text-zinc-600 dark:text-zinc-400">
        Each severity&apos;s post-incident review starts from its template: the sections authors write, their order, the question each one
        asks, and how many approvals publishing needs. Reviews already started keep their sections.
      </p>
      {templates.map((template) => (
        <TemplateEditor key={template.severityKey} template={template} />
      ))}
    </div>
  );
}
