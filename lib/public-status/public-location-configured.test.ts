import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as confirmRoute } from "@/app/status/public/confirm/route";
import { GET as pageRoute } from "@/app/status/public/route";
import { POST as subscribeRoute } from "@/app/status/public/subscribe/route";
import { currentPrebuiltPublicStatus } from "./prebuilt-responses";

// A status page on a host of its own. Each test file runs in a process of
// its own, so this environment is read by env() on first use.
process.env.CORDON_PUBLIC_STATUS_URL = "https://status.example.com/";

const mails: string[] = [];
let smtp: SMTPServer;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      let body = "";
      stream.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      stream.on("end", () => {
        mails.push(body.replace(/=\r\n/g, "").replace(/=3D/g, "="));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  process.env.CORDON_SMTP_URL = `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())));

describe("a public page on its own host", () => {
  it("links its feeds and form from the host's root and hands its prebuilt responses to the front door", async () => {
    const page = await pageRoute(new Request("https://status.example.com/status/public", { headers: { "accept-encoding": "gzip" } }));
    expect(page.status).toBe(200);
    // Next compresses what its routes answer; a gzip body would be compressed twice.
    expect(page.headers.get("content-encoding")).toBeNull();
    const html = await page.text();
    expect(html).toContain('<form method="post" action="/subscribe">');
    expect(html).toContain('href="/rss.xml"');
    expect(page.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(page.headers.get("cache-control")).toBe("public, no-cache");

    const prebuilt = currentPrebuiltPublicStatus();
    expect(prebuilt?.responses.html.body.toString()).toBe(html);
    expect(gunzipSync(prebuilt!.responses.html.gzip).toString()).toBe(html);
    expect(prebuilt!.responses.rss.body.toString()).toContain("<link>https://status.example.com/</link>");
    expect(prebuilt!.responses.summary.headers["access-control-allow-origin"]).toBe("*");

    const again = await pageRoute(new Request("https://status.example.com/status/public", { headers: { "if-none-match": page.headers.get("etag")! } }));
    expect(again.status).toBe(304);
  });

  it("sends confirmation links on that host, and its answer pages link back to it", async () => {
    const email = `host-${crypto.randomUUID().slice(0, 8)}@example.com`;
    const answer = await subscribeRoute(
      new Request("https://status.example.com/status/public/subscribe", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": "192.0.2.77" },
        body: new URLSearchParams({ kind: "email", target: email }),
      }),
    );
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('<a href="/">Back to the status page</a>');
    const mail = mails.find((body) => body.includes(email))!;
    const token = /https:\/\/status\.example\.com\/confirm\?token=([\w-]+)/.exec(mail)?.[1];
    expect(token, mail).toBeDefined();
    expect(mail).toContain("https://status.example.com/unsubscribe?token=");
    const confirmed = await confirmRoute(new Request(`https://status.example.com/status/public/confirm?token=${token}`));
    expect(await confirmed.text()).toContain("Subscription confirmed");
  });
});
