import "server-only";
import { db } from "@/lib/db";
import { ALERT_ROUTE_SELECT } from "./route-select";

export function listAlertRoutes() {
  return db.alertRoute.findMany({ orderBy: [{ position: "asc" }, { createdAt: "asc" }], select: ALERT_ROUTE_SELECT });
}
