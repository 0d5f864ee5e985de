import "server-only";
import { db } from "@/lib/db";
import { USER_LIST_SELECT } from "./user-select";

export function listUsers() {
  return db.user.findMany({ orderBy: [{ deactivatedAt: { sort: "desc", nulls: "first" } }, { name: "asc" }], select: USER_LIST_SELECT });
}

export function listActiveUsers() {
  return db.user.findMany({ where: { deactivatedAt: null }, orderBy: { name: "asc" }, select: { id: true, name: true, email: true, role: true } });
}
