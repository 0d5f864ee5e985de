import "server-only";
import nodemailer from "nodemailer";
import { messageAsText, type Message } from "../rules/render-message";
import { SEND_TIMEOUT_MS, type SendRequest, type SendResult } from "./send-types";

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function html(message: Message): string {
  const link = (href: string, label: string) => `<a href="${escapeHtml(href)}">${label}</a>`;
  return [
    `<p><strong>${escapeHtml(message.title)}</strong></p>`,
    `<p>${escapeHtml(message.text)}</p>`,
    `<p>${[message.ackUrl ? link(message.ackUrl, "Acknowledge") : "", message.incidentUrl ? link(message.incidentUrl, "Open the incident") : ""].filter(Boolean).join(" · ")}</p>`,
  ].join("\n");
}

type SmtpError = { code?: string; responseCode?: number; response?: string; message?: string };

// SMTP answers in classes: 4xx "try later", 5xx "never". Authentication and
// TLS problems need an admin, so they are not retried.
function classifySmtpError(error: SmtpError): SendResult {
  const statusCode = error.responseCode ?? null;
  const said = (error.response ?? error.message ?? "").replace(/\s+/g, " ").slice(0, 200);
  if (error.code === "EAUTH") {
    return { ok: false, retryable: false, statusCode, error: `The SMTP server refused the user name or password (${said}): check them on the channel` };
  }
  // A certificate that does not verify will not verify on the next try either.
  if (error.code === "ETLS" || /certificate|\bCERT_|\bSSL\b|wrong version number/i.test(error.message ?? "")) {
    return { ok: false, retryable: false, statusCode, error: `TLS with the SMTP server failed (${said}): check the security setting, or add the relay's CA certificate` };
  }
  if (error.code === "ECONNECTION" || error.code === "ETIMEDOUT" || error.code === "ESOCKET" || error.code === "EDNS") {
    return { ok: false, retryable: true, statusCode, error: `Could not talk to the SMTP server (${said}); will retry` };
  }
  if (statusCode !== null && statusCode >= 400 && statusCode < 500) return { ok: false, retryable: true, statusCode, error: `The SMTP server deferred the message (${said}); will retry` };
  return { ok: false, retryable: false, statusCode, error: `The SMTP server rejected the message (${said})` };
}

export async function sendEmail(request: SendRequest): Promise<SendResult> {
  const settings = request.channel.settings as { host?: string; port?: number; security?: string; from?: string; to?: string[]; username?: string; caCertificate?: string };
  const to = request.address ? [request.address] : (settings.to ?? []);
  if (to.length === 0) return { ok: false, retryable: false, statusCode: null, error: "This email channel has no recipients: add addresses, or mark it personal" };
  const transport = nodemailer.createTransport({
    host: settings.host,
    port: settings.port,
    secure: settings.security === "tls",
    requireTLS: settings.security === "starttls",
    ignoreTLS: settings.security === "none",
    auth: settings.username ? { user: settings.username, pass: request.channel.secrets.password ?? "" } : undefined,
    tls: settings.caCertificate ? { ca: [settings.caCertificate] } : undefined,
    connectionTimeout: request.timeoutMs ?? SEND_TIMEOUT_MS,
    greetingTimeout: request.timeoutMs ?? SEND_TIMEOUT_MS,
    socketTimeout: request.timeoutMs ?? SEND_TIMEOUT_MS,
  });
  try {
    const info = await transport.sendMail({
      from: settings.from,
      to,
      subject: request.message.title,
      text: messageAsText(request.message),
      html: html(request.message),
      // The same id on every retry, so a mail system can spot a duplicate.
      messageId: `<${request.deliveryId}@cordon.notify>`,
      headers: { "X-Cordon-Event": request.message.type },
    });
    const code = Number(/^(\d{3})/.exec(info.response ?? "")?.[1] ?? 250);
    return { ok: true, statusCode: code, detail: String(info.response ?? "accepted").slice(0, 200) };
  } catch (error) {
    return classifySmtpError(error as SmtpError);
  } finally {
    transport.close();
  }
}
