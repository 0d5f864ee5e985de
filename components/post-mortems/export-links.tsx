import { Download } from "lucide-react";
import { buttonClasses } from "@/components/ui/button";

export function ExportLinks({ postMortemId }: { postMortemId: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2" aria-label="Export">
      {(["md", "html", "pdf"] as const).map((format) => (
        <a key={format} className={buttonClasses("secondary", "sm")} href={`/api/v1/post-mortems/${postMortemId}/export?format=${format}`} download data-testid={`export-${format}`}>
          <Download className="size-3.5" aria-hidden /> {format === "md" ? "Markdown" : format.toUpperCase()}
        </a>
      ))}
    </div>
  );
}
