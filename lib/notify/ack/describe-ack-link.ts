import "server-only";
import { db } from "@/lib/db";
import { findAckToken } from "./find-ack-token";

// What the confirmation page says about a link, without using it. A
// restricted incident's title is not shown: whoever holds the link may not
// be signed in.
export async function describeAckLink(token: string, now = new Date()) {
  const found = await findAckToken(db, token, now);
  const subject = found.subjectType === "role" ? "the role you were asked to take" : found.subjectType === "task" ? "the task" : "this incident";
  return {
    incidentId: found.incidentId,
    reference: found.reference,
    title: found.incident.restricted ? null : found.incident.title,
    subject,
    sentTo: found.sentTo,
  };
}
