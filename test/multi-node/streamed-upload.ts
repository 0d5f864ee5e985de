// An evidence upload sent in pieces, as a slow client sends a large file,
// so the test can stop the node it goes to while it is under way.
import { createHash, randomBytes } from "node:crypto";
import { request as httpRequest, type IncomingMessage } from "node:http";

export type UploadAnswer = { status: number; body: string } | { error: Error };

export type StreamedUpload = {
  sha256: string;
  /** Sends the file's bytes up to `offset`; resolves once they are handed to the network. */
  sendUntil(offset: number): Promise<void>;
  /** Sends the rest and the form's end; resolves with the node's answer or the connection's failure. */
  finish(): Promise<UploadAnswer>;
  /** The answer, whenever it comes (the node may cut the upload off). */
  answer: Promise<UploadAnswer>;
};

const CHUNK = 1024 * 1024;

export function startStreamedUpload(base: string, token: string, incidentId: string, title: string, content: Buffer): StreamedUpload {
  const boundary = `cordon-${randomBytes(8).toString("hex")}`;
  const head = Buffer.from(
    [
      `--${boundary}`,
      'Content-Disposition: form-data; name="kind"',
      "",
      "OTHER",
      `--${boundary}`,
      'Content-Disposition: form-data; name="title"',
      "",
      title,
      `--${boundary}`,
      'Content-Disposition: form-data; name="file"; filename="capture.bin"',
      "Content-Type: application/octet-stream",
      "",
      "",
    ].join("\r\n"),
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const url = new URL(`/api/v1/incidents/${incidentId}/evidence`, base);
  const client = httpRequest(url, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": `multipart/form-data; boundary=${boundary}`, "content-length": head.length + content.length + tail.length },
  });
  const answer = new Promise<UploadAnswer>((resolve) => {
    client.on("response", (response: IncomingMessage) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      response.on("error", (error) => resolve({ error }));
    });
    client.on("error", (error) => resolve({ error }));
  });
  const write = (bytes: Buffer) => new Promise<void>((written) => client.write(bytes, () => written()));
  let sent = 0;
  let headSent = false;
  const sendUntil = async (offset: number) => {
    if (!headSent) {
      headSent = true;
      await write(head);
    }
    while (sent < offset && !client.destroyed) {
      const next = Math.min(offset, sent + CHUNK);
      await write(content.subarray(sent, next));
      sent = next;
    }
  };
  return {
    sha256: createHash("sha256").update(content).digest("hex"),
    sendUntil,
    answer,
    finish: async () => {
      await sendUntil(content.length);
      client.end(tail);
      return answer;
    },
  };
}
