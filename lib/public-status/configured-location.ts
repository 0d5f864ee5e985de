import "server-only";
import { env } from "@/lib/env";
import { publicBaseUrl } from "./public-base-url";
import { parsePublicLocation, type PublicLocation } from "./public-location";

/** Where the public page is reached, from CORDON_PUBLIC_STATUS_URL (validated at start). */
export function publicLocation(): PublicLocation {
  return parsePublicLocation(env().CORDON_PUBLIC_STATUS_URL);
}

/**
 * The public page's absolute URL, for feeds and emails: its own host when it
 * has one, else Cordon's public URL (or the request's origin) plus its path.
 */
export function publicPageUrl(request?: Request): string {
  const location = publicLocation();
  const origin = location.origin ?? publicBaseUrl(request);
  return `${origin}${location.path || "/"}`;
}

/** A link under the public page, e.g. "/unsubscribe?token=…" → absolute URL. */
export function publicPageLink(subPath: string, request?: Request): string {
  const location = publicLocation();
  return `${location.origin ?? publicBaseUrl(request)}${location.path}${subPath}`;
}

/** Where to link to the page from inside Cordon: its own host's URL, or its path here. */
export function publicPageHref(): string {
  const location = publicLocation();
  return location.origin ? `${location.origin}${location.path || "/"}` : location.path;
}
