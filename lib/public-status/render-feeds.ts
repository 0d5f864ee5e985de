import type { PublicSnapshot } from "./build-public-snapshot";
import { escapeXml as e } from "./escape";

type Entry = { id: string; title: string; body: string; at: Date };

// One feed entry per public update, newest first.
function entries(snapshot: PublicSnapshot): Entry[] {
  return [...snapshot.activeIncidents, ...snapshot.history]
    .flatMap((incident) => incident.updates.map((u) => ({ id: u.id, title: `${incident.title} — ${u.phase}`, body: u.body, at: u.at })))
    .sort((a, b) => b.at.getTime() - a.at.getTime())
    .slice(0, 50);
}

export function renderRss(snapshot: PublicSnapshot, pageUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Service status</title><link>${e(pageUrl)}</link><description>Public status updates</description>
<lastBuildDate>${snapshot.generatedAt.toUTCString()}</lastBuildDate>
${entries(snapshot).map((x) => `<item><title>${e(x.title)}</title><description>${e(x.body)}</description><guid isPermaLink="false">${x.id}</guid><pubDate>${x.at.toUTCString()}</pubDate><link>${e(pageUrl)}</link></item>`).join("\n")}
</channel></rss>`;
}

export function renderAtom(snapshot: PublicSnapshot, pageUrl: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Service status</title><id>${e(pageUrl)}</id><link href="${e(pageUrl)}"/>
<updated>${snapshot.generatedAt.toISOString()}</updated>
${entries(snapshot).map((x) => `<entry><title>${e(x.title)}</title><id>urn:uuid:${x.id}</id><updated>${x.at.toISOString()}</updated><content type="text">${e(x.body)}</content><link href="${e(pageUrl)}"/></entry>`).join("\n")}
</feed>`;
}

// summary.json — a stable, documented shape (see README "Public status page").
export function renderSummary(snapshot: PublicSnapshot) {
  return {
    page: { updatedAt: snapshot.generatedAt.toISOString() },
    status: { indicator: snapshot.overall },
    components: snapshot.components.map((c) => ({ name: c.name, status: c.state })),
    incidents: snapshot.activeIncidents.map((i) => ({
      id: i.id,
      title: i.title,
      components: i.components,
      updates: i.updates.map((u) => ({ phase: u.phase, body: u.body, at: u.at.toISOString() })),
    })),
    maintenance: snapshot.maintenance.map((m) => ({ title: m.title, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString(), components: m.components })),
  };
}
