// The demo's first alert: a few seconds after start, the sandbox "Falco"
// reports a shell in the compromised pod through the real ingest endpoint,
// and the shipped routing rule opens a SEV2 drill for it. Later starts
// repeat the same alert, which only counts up in its open group.
export async function emitSandboxAlert(baseUrl: string, delayMs = 3_000): Promise<void> {
  const { SYSTEM_ACTOR } = await import("../../lib/audit/actor");
  const { db } = await import("../../lib/db");
  const { createAlertSource } = await import("../../lib/alerts/create-alert-source");
  const { rotateAlertSourceToken } = await import("../../lib/alerts/rotate-alert-source-token");
  const { sandboxFalcoEvent } = await import("../../sandbox/falco-event");
  const name = "Sandbox Falco";
  const existing = await db.alertSource.findUnique({ where: { name }, select: { id: true, sandbox: true } });
  if (existing && !existing.sandbox) return;
  // Only the hash is stored, so each start takes a fresh token.
  const { source, token } = existing ? await rotateAlertSourceToken(SYSTEM_ACTOR, existing.id) : await createAlertSource(SYSTEM_ACTOR, { kind: "falco", name }, { sandbox: true });
  setTimeout(() => {
    fetch(`${baseUrl}/api/v1/ingest/${source.id}`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
      body: JSON.stringify(sandboxFalcoEvent()),
    })
      .then((response) => {
        if (!response.ok) console.warn(`The sandbox's demo alert was refused (${response.status}).`);
      })
      .catch((error: unknown) => console.warn(`The sandbox's demo alert could not be sent: ${(error as Error).message}`));
  }, delayMs).unref();
}
