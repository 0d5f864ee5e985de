import { publicLocation } from "./configured-location";
import { escapeXml as e } from "./escape";

// A minimal page for answers to links and forms of the public status page.
export function messagePage(title: string, message: string, status = 200): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${e(title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:560px;margin:64px auto;padding:0 16px}</style></head>
<body><h1>${e(title)}</h1><p>${e(message)}</p><p><a href="${e(publicLocation().path || "/")}">Back to the status page</a></p></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}
