import { route } from "@/lib/http/route";

export const GET = route({ capability: "tokens:own", handler: async ({ user }) => user });
