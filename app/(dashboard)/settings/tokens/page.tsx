import { TokenManager } from "@/components/settings/token-manager";
import { requireUser } from "@/lib/auth/require-user";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

export const metadata = { title: "API tokens" };

export default async function TokensPage() {
  const user = await requireUser("tokens:own");
  const tokens = await listApiTokens(user.id);
  return <TokenManager tokens={tokens} timeZone={user.timeZone} />;
}
