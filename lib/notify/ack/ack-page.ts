import "server-only";

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

// A minimal page for links opened from email, chat or a phone: it works
// without the app's JavaScript. Opening the link only asks; the POST
// acknowledges, so link previewers (Slack unfurls, mail scanners) that
// fetch every URL cannot acknowledge on someone's behalf.
function page(title: string, body: string, status = 200): Response {
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${escape(title)} · Cordon</title></head>
<body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;color:#18181b">
<h1 style="font-size:1.25rem">${escape(title)}</h1>
${body}
</body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store", "referrer-policy": "no-referrer" } });
}

const button = "background:#b91c1c;color:#fff;border:0;border-radius:6px;padding:.6rem 1.2rem;font-size:1rem;cursor:pointer";

export function ackConfirmPage(input: { reference: string; title: string | null; subject: string; sentTo: string; incidentId: string }): Response {
  const about = input.title ? `${input.reference}: ${input.title}` : `${input.reference} (restricted)`;
  return page(
    `Acknowledge ${input.reference}?`,
    `<p>${escape(about)}</p>
<p>This tells the team you are on ${escape(input.subject)} and stops further escalation. Sent to ${escape(input.sentTo)}.</p>
<form method="post"><button type="submit" style="${button}">Acknowledge</button></form>
<p><a href="/incidents/${escape(input.incidentId)}">Open the incident instead</a></p>`,
  );
}

export function ackDonePage(input: { reference: string; by: string; firstAcknowledgement: boolean; incidentId: string }): Response {
  return page(
    `${input.reference} acknowledged`,
    `<p data-testid="ack-result">Acknowledged by ${escape(input.by)}.${input.firstAcknowledgement ? " Escalation has stopped." : ""}</p>
<p><a href="/incidents/${escape(input.incidentId)}">Open the incident</a></p>`,
  );
}

export function ackErrorPage(message: string, status: number): Response {
  return page("This link cannot acknowledge", `<p data-testid="ack-error">${escape(message)}</p>`, status);
}
