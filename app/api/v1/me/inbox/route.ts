import { route } from "@/lib/http/route";
import { ZJsonBody } from "@/lib/http/raw-input";
import { listInbox } from "@/lib/inbox/list-inbox";
import { markInboxRead } from "@/lib/inbox/mark-inbox-read";

// What needs the signed-in person: approvals waiting, tasks assigned,
// acknowledgements due. POST marks items read.
export const GET = route({ capability: "incidents:read", handler: ({ user }) => listInbox(user) });

export const POST = route({ capability: "incidents:read", body: ZJsonBody, handler: ({ user, body }) => markInboxRead(user, body) });
