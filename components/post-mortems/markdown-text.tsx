import ReactMarkdown from "react-markdown";

// Authors' Markdown, rendered without any raw HTML (skipHtml): a <script>
// typed into a section shows nothing and runs nothing.
export function MarkdownText({ text }: { text: string }) {
  return (
    <div className="max-w-none break-words text-sm leading-relaxed [&_a]:underline [&_code]:rounded [&_code]:bg-zinc-100 [&_code]:px-1 [&_code]:font-mono dark:[&_code]:bg-zinc-800 [&_h1]:text-lg [&_h1]:font-semibold [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_p]:my-2 [&_ul]:list-disc [&_ul]:pl-5">
      <ReactMarkdown skipHtml>{text}</ReactMarkdown>
    </div>
  );
}
