import { COMPONENT_STATE_LABELS, type ComponentState } from "@/lib/rules/public-status/component-state";
import { publicHeadline, type HeadlineTone } from "@/lib/rules/public-status/headline";
import { PHASE_LABELS, type UpdatePhase } from "@/lib/rules/status/templates";
import type { PublicSnapshot } from "./build-public-snapshot";
import { escapeXml as e } from "./escape";

const COLORS: Record<ComponentState, string> = {
  operational: "#16a34a",
  degraded: "#ca8a04",
  partial_outage: "#ea580c",
  major_outage: "#dc2626",
  maintenance: "#2563eb",
};

// Text colours dark enough for 4.5:1 on the page's light background.
const TEXT_COLORS: Record<ComponentState, string> = {
  operational: "#15803d",
  degraded: "#a16207",
  partial_outage: "#c2410c",
  major_outage: "#b91c1c",
  maintenance: "#1d4ed8",
};

// Banner backgrounds that keep white text at 4.5:1 or more.
const BANNER: Record<HeadlineTone, string> = { operational: "#15803d", degraded: "#a16207", outage: "#b91c1c", neutral: "#3f3f46" };

// A complete, dependency-free HTML page: it is served from memory to
// whoever asks, so it must be cheap to send and safe to cache.
export function renderPublicPage(snapshot: PublicSnapshot, basePath: string): string {
  const time = (d: Date) => `<time datetime="${d.toISOString()}">${e(d.toISOString().replace("T", " ").slice(0, 16))} UTC</time>`;
  const incident = (i: PublicSnapshot["activeIncidents"][number]) => `
    <article class="incident">
      <h3>${e(i.title)}</h3>
      ${i.components.length ? `<p class="muted">Affects: ${i.components.map((c) => `${e(c.name)} (${e(COMPONENT_STATE_LABELS[c.state])})`).join(", ")}</p>` : ""}
      <ol>${i.updates.map((u) => `<li><strong>${e(PHASE_LABELS[u.phase as UpdatePhase] ?? u.phase)}</strong> — ${e(u.body)} <span class="muted">${time(u.at)}</span></li>`).join("")}</ol>
    </article>`;
  const headline = publicHeadline(snapshot.components, snapshot.activeIncidents.length);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Service status</title>
<link rel="alternate" type="application/rss+xml" title="Status (RSS)" href="${basePath}/rss.xml">
<link rel="alternate" type="application/atom+xml" title="Status (Atom)" href="${basePath}/atom.xml">
<style>
body{font:15px/1.5 system-ui,sans-serif;margin:0;color:#18181b;background:#fafafa}main{max-width:860px;margin:0 auto;padding:24px}
.banner{padding:16px;border-radius:8px;color:#fff;font-weight:600;font-size:18px}.comp{display:flex;justify-content:space-between;gap:8px;padding:10px 0;border-bottom:1px solid #e4e4e7}
.bars{display:flex;gap:1px;height:28px;margin:4px 0 12px}.bars span{flex:1;border-radius:1px}.muted{color:#52525b;font-size:13px}
.incident{background:#fff;border:1px solid #e4e4e7;border-radius:8px;padding:12px 16px;margin:12px 0}h2{margin-top:32px;font-size:18px}
form{display:flex;gap:8px;flex-wrap:wrap}input{padding:8px;border:1px solid #d4d4d8;border-radius:6px;flex:1;min-width:200px}button{padding:8px 14px;border:0;border-radius:6px;background:#18181b;color:#fff}
@media (prefers-color-scheme:dark){body{background:#09090b;color:#f4f4f5}.muted{color:#a1a1aa}.incident{background:#18181b;border-color:#27272a}.comp{border-color:#27272a}}
</style></head><body><main>
<h1>Service status</h1>
<div class="banner" style="background:${BANNER[headline.tone]}">${e(headline.text)}</div>
${snapshot.activeIncidents.length ? `<h2>Active incidents</h2>${snapshot.activeIncidents.map(incident).join("")}` : ""}
${snapshot.maintenance.length ? `<h2>Scheduled maintenance</h2>${snapshot.maintenance.map((m) => `<article class="incident"><h3>${e(m.title)}</h3><p>${e(m.description)}</p><p class="muted">${time(m.startsAt)} – ${time(m.endsAt)}${m.components.length ? ` · ${m.components.map(e).join(", ")}` : ""}</p></article>`).join("")}` : ""}
<h2>Components</h2>
${snapshot.components.map((c) => `<section><div class="comp"><span>${e(c.name)}</span><span style="color:${TEXT_COLORS[c.state]}">${e(COMPONENT_STATE_LABELS[c.state])}</span></div>
<div class="bars" role="img" aria-label="${e(c.name)}: 90-day uptime">${c.uptime.map((d) => `<span title="${d.date}: ${d.uptimePercent}% up" style="background:${COLORS[d.worst]}"></span>`).join("")}</div></section>`).join("") || `<p class="muted">No components are listed yet.</p>`}
<h2>Past incidents (90 days)</h2>
${snapshot.history.map(incident).join("") || `<p class="muted">No incidents in the last 90 days.</p>`}
<h2>Get updates</h2>
<form method="post" action="${basePath}/subscribe"><input type="hidden" name="kind" value="email"><label class="muted" for="sub-email" style="align-self:center">Email</label><input id="sub-email" name="target" type="email" required placeholder="you@example.com"><button type="submit">Subscribe</button></form>
<p class="muted">Feeds: <a href="${basePath}/rss.xml">RSS</a> · <a href="${basePath}/atom.xml">Atom</a> · <a href="${basePath}/summary.json">JSON</a>. Updated ${time(snapshot.generatedAt)}.</p>
</main></body></html>`;
}
