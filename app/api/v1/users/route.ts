import { route } from "@/lib/http/route";
import { createUser } from "@/lib/users/create-user";
import { listUsers } from "@/lib/users/list-users";
import { ZCreateUserInput } from "@/lib/users/schemas";

export const GET = route({ capability: "users:manage", handler: async () => ({ users: await listUsers() }) });

export const POST = route({
  capability: "users:manage",
  body: ZCreateUserInput,
  status: 201,
  handler: ({ actor, body }) => createUser(actor, body),
});
