import { Download } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";

// Without a revision: the latest published revision, or the draft. With one:
// that published revision as it was.
export function ExportLinks({ postMortemId, revision }: { postMortemId: string; revision?: number }) {
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Export">
      {(["md", "html", "pdf"] as const).map((format) => (
        <a key={format} className={buttonClasses("secondary", "sm")} href={`/api/v1/post-mortems/${postMortemId}/export?format=${format}${revision ? `&revision=${revision}` : ""}`} download data-testid={`export-${format}`}>
          <Download className="size-3.5" aria-hidden /> {format === "md" ? "Markdown" : format.toUpperCase()}
        </a>
      ))}
    </div>
  );
}
