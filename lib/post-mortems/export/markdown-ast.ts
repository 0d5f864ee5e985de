import type { Element, ElementContent, Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { toHast } from "mdast-util-to-hast";

export function parseMarkdown(text: string): Root {
  return fromMarkdown(text);
}

const SAFE_URL = /^(https?:|mailto:|#|\/(?!\/))/i;

/** Links and images only to the web, mail or within the page: no javascript:, data: or protocol-relative URLs. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url.trim());
}

// Markdown to HTML without any HTML the author typed: raw HTML nodes are
// dropped (toHast without allowDangerousHtml), unsafe URLs removed, and
// images not loaded (a self-contained page fetches nothing).
export function markdownToSafeHtml(text: string): string {
  const hast = toHast(parseMarkdown(text)) as HastRoot;
  clean(hast);
  return toHtml(hast);
}

function clean(node: HastRoot | Element): void {
  const children = node.children as ElementContent[];
  node.children = children.flatMap((child): ElementContent[] => {
    if ((child.type as string) === "raw") return [];
    if (child.type !== "element") return [child];
    if (child.tagName === "img") return [{ type: "text" as const, value: `[image: ${String(child.properties.alt ?? "")}]` }];
    if (child.tagName === "a") {
      const href = String(child.properties.href ?? "");
      if (!isSafeUrl(href)) delete child.properties.href;
      else child.properties.rel = ["noopener", "noreferrer"];
    }
    clean(child);
    return [child];
  });
}
