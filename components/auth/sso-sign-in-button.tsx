import { Button } from "@/components/ui/button";
import { signInWithSsoAction } from "@/lib/auth/actions";

// Starts the single sign-on: Auth.js sends the browser to the identity provider.
export function SsoSignInButton({ providerName, callbackUrl }: { providerName: string; callbackUrl: string }) {
  return (
    <form action={signInWithSsoAction}>
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <Button type="submit" className="w-full">
        Sign in with {providerName}
      </Button>
    </form>
  );
}
