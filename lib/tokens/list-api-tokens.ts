import "server-only";
import { db } from "@/lib/db";
import { TOKEN_LIST_SELECT } from "./token-select";

export function listApiTokens(userId: string) {
  return db.apiToken.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: TOKEN_LIST_SELECT });
}
