import "server-only";
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";

// Mail for subscribers of the public status page.
export function mailConfigured(): boolean {
  return Boolean(env().CORDON_SMTP_URL);
}

export async function sendMail(message: { to: string; subject: string; text: string; headers?: Record<string, string> }): Promise<void> {
  const url = env().CORDON_SMTP_URL;
  if (!url) throw new AppError("UNAVAILABLE", "Email is not available: no mail server is configured (CORDON_SMTP_URL)");
  const transport = nodemailer.createTransport(url);
  try {
    await transport.sendMail({ from: env().CORDON_MAIL_FROM, ...message });
  } finally {
    transport.close();
  }
}
