import { route } from "@/lib/http/route";
import { ZRawQuery } from "@/lib/http/raw-input";
import { listOpenActionItems } from "@/lib/post-mortems/action-items/list-open-action-items";

// Open action items across every incident the caller may see (?owner=me|<id>&overdue=true|false&cursor=).
export const GET = route({ capability: "incidents:read", query: ZRawQuery, handler: ({ user, query }) => listOpenActionItems(user, query) });
