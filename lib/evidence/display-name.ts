// File names come from uploaders and collectors. They are never used in a
// storage path (objects are named by their hash), but they are shown and
// put in bundles, so keep only the last path segment, without control or
// bidirectional-override characters that could disguise it.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function sanitizeDisplayName(name: string | undefined | null, maxLength = 255): string | null {
  if (!name) return null;
  const lastSegment = name.replace(UNSAFE, "").split(/[\\/]/).pop() ?? "";
  const trimmed = lastSegment.trim().replace(/^\.+$/, "");
  return trimmed ? [...trimmed].slice(0, maxLength).join("") : null;
}
