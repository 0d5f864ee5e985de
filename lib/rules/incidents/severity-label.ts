// How a severity is named in pickers and labels. The shipped policies are
// named with their key ("SEV2 — high"); an admin's may not be ("Critical").
// Either way the key shows once.
export function severityLabel(severity: { key: string; name: string }): string {
  const name = severity.name.trim();
  if (name === "" || name === severity.key) return severity.key;
  return name.toLowerCase().startsWith(severity.key.toLowerCase()) ? name : `${severity.key} — ${name}`;
}
