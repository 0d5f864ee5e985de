import "server-only";
import { db } from "@/lib/db";
import { listCatalog } from "./catalog-store";

// The regulatory catalog as pages and the API read it.
export function getCatalog() {
  return listCatalog(db);
}
