import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/components/providers";
import { THEME_COOKIE, themeClass } from "@/components/shell/theme";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Cordon", template: "%s · Cordon" },
  description: "Incident response for Kubernetes security teams",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The theme comes from a cookie so the first paint is already right, with
// no inline script (the CSP allows none without a nonce).
export default async function RootLayout({ children }: { children: ReactNode }) {
  const theme = (await cookies()).get(THEME_COOKIE)?.value;
  return (
    <html lang="en" className={themeClass(theme)}>
      <body className="min-h-screen">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
