export const THEME_COOKIE = "cordon-theme";
export type Theme = "light" | "dark";

export function themeClass(value: string | undefined): string {
  return value === "dark" ? "dark" : "";
}
