import "server-only";
import { db } from "@/lib/db";
import { ALERT_SOURCE_SELECT, ingestUrlOf } from "./source-select";

export async function listAlertSources() {
  const sources = await db.alertSource.findMany({ orderBy: { createdAt: "asc" }, select: ALERT_SOURCE_SELECT });
  return sources.map((source) => ({ ...source, ingestUrl: ingestUrlOf(source.id) }));
}

// For the inbox's source filter: names only, for anyone who reads alerts.
export function listAlertSourceNames() {
  return db.alertSource.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true, kind: true } });
}
