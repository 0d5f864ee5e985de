import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { LiveUpdates } from "@/components/realtime/live-updates";
import { AppShell } from "@/components/shell/app-shell";
import { THEME_COOKIE } from "@/components/shell/theme";
import { getCurrentUser } from "@/lib/auth/current-user";

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const theme = (await cookies()).get(THEME_COOKIE)?.value === "dark" ? "dark" : "light";
  return (
    <AppShell user={user} theme={theme}>
      <LiveUpdates />
      {children}
    </AppShell>
  );
}
