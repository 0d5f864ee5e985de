import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "@playwright/test";
import { storageStateFor } from "./support/accounts";

type Received = { headers: IncomingHttpHeaders; body: string; json: { type: string; data: { ackUrl: string | null; incident: { id: string } | null; title: string } } };

// A webhook consumer on this machine, as a customer would run one: it checks
// the Standard Webhooks signature of everything it gets.
function startConsumer(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      received.push({ headers: req.headers, body, json: JSON.parse(body) as Received["json"] });
      res.writeHead(200).end("ok");
    });
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received })));
}

function signatureValid(secret: string, message: Received): boolean {
  const id = String(message.headers["webhook-id"]);
  const timestamp = String(message.headers["webhook-timestamp"]);
  const expected = Buffer.from(createHmac("sha256", Buffer.from(secret.replace(/^whsec_/, ""), "base64")).update(`${id}.${timestamp}.${message.body}`).digest("base64"));
  return String(message.headers["webhook-signature"]).split(" ").some((entry) => {
    const given = Buffer.from(entry.replace(/^v1,/, ""));
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

test("an admin wires SEV1 to a signed webhook; a declared SEV1 is delivered, logged, and acknowledged from the link", async ({ browser }) => {
  // Two browsers, a channel, a policy and a declaration: on a loaded 2-core
  // machine, with the other spec file's browser beside it, the war room
  // alone can take ten seconds to render after the declaration.
  test.slow();
  const consumer = await startConsumer();
  const admin = await browser.newContext({ storageState: storageStateFor("admin") });
  const lead = await browser.newContext({ storageState: storageStateFor("lead") });
  // The demo data gives SEV1 a policy (paging the demo receiver); this test
  // sets SEV1 up from scratch and puts the demo policy back afterwards.
  const listed = (await (await admin.request.get("/api/v1/escalation-policies")).json()) as { severities: { key: string; policy: unknown }[] };
  const demoPolicy = listed.severities.find((severity) => severity.key === "SEV1")?.policy ?? null;
  await admin.request.delete("/api/v1/escalation-policies/SEV1");
  try {
    const adminPage = await admin.newPage();
    const channelName = `SOC webhook ${Date.now()}`;
    await adminPage.goto("/settings/channels");
    await adminPage.getByLabel("Name").fill(channelName);
    await adminPage.getByLabel("Kind").selectOption("WEBHOOK");
    await adminPage.getByLabel("Webhook URL").fill(consumer.url);
    await adminPage.getByRole("button", { name: "Save channel" }).click();
    const secret = (await adminPage.getByTestId("signing-secret").textContent()) ?? "";
    expect(secret).toMatch(/^whsec_/);
    const card = adminPage.getByRole("listitem", { name: channelName });
    await card.getByRole("button", { name: "Send test" }).click();
    await expect(card.getByText("Test: Delivered (200)")).toBeVisible();
    expect(consumer.received.at(-1)!.json.data.title).toBe("Cordon test message");
    expect(signatureValid(secret, consumer.received.at(-1)!)).toBe(true);

    await adminPage.goto("/settings/escalation");
    const sev1 = adminPage.getByRole("region", { name: "SEV1 escalation" });
    await sev1.getByRole("button", { name: "Set up" }).click();
    await sev1.getByRole("button", { name: "Remove Lead from level 1" }).click();
    await expect(sev1.getByText("Each level needs at least one person, role or channel")).toBeVisible();
    await sev1.getByLabel(channelName).check();
    await sev1.getByLabel("Add to level 1").selectOption({ label: channelName });
    await expect(sev1.getByTestId("policy-timeline")).toContainText(`0 min webhook "${channelName}"`);
    await sev1.getByRole("button", { name: "Save policy" }).click();
    await expect(sev1.getByRole("button", { name: "Edit" })).toBeVisible();
    await expect(sev1.getByTestId("policy-timeline")).toContainText(`webhook "${channelName}"`);

    const page = await lead.newPage();
    const title = `Token theft from CI runner ${Date.now()}`;
    await page.goto("/incidents");
    await expect(page.locator("body[data-shortcuts=ready]")).toHaveCount(1);
    await page.keyboard.press("n");
    const dialog = page.getByRole("dialog", { name: "Declare an incident" });
    await dialog.getByLabel("Title").fill(title);
    await dialog.getByText("SEV1", { exact: true }).click();
    await dialog.getByRole("button", { name: "Declare incident" }).click();
    await expect(page).toHaveURL(/\/incidents\/[0-9a-f-]{36}$/, { timeout: 30_000 });
    const incidentId = page.url().split("/").pop()!;

    // The worker in the server delivers the declaration and the first page.
    const forIncident = () => consumer.received.filter((message) => message.json.data.incident?.id === incidentId);
    await expect.poll(() => forIncident().map((message) => message.json.type).sort()).toEqual(["incident.declared", "incident.escalation"]);
    expect(forIncident().every((message) => signatureValid(secret, message))).toBe(true);

    const log = page.getByRole("list", { name: "Deliveries" });
    await expect(log.getByTestId("delivery").filter({ hasText: "Incident declared" }).getByTestId("delivery-status")).toHaveText("Sent");
    await expect(log.getByTestId("delivery").filter({ hasText: "Escalation page" }).getByTestId("delivery-code")).toHaveText("200");

    const ackUrl = forIncident().find((message) => message.json.type === "incident.escalation")!.json.data.ackUrl!;
    expect(ackUrl).toMatch(/\/api\/v1\/ack\/[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    const ackPath = new URL(ackUrl).pathname;
    await page.goto(`${ackPath.slice(0, -3)}xyz`);
    await expect(page.getByTestId("ack-error")).toContainText("This acknowledge link is not valid");

    await page.goto(ackPath);
    await expect(page.getByRole("heading", { name: /^Acknowledge INC-\d+\?$/ })).toBeVisible();
    await page.getByRole("button", { name: "Acknowledge" }).click();
    await expect(page.getByTestId("ack-result")).toHaveText("Acknowledged by Lee Lead. Escalation has stopped.");

    await page.goto(`/incidents/${incidentId}`);
    await expect(page.getByText("Lee Lead acknowledged the incident.")).toBeVisible();
    await expect(page.getByTestId("ack-clock")).toHaveCount(0);
    await expect.poll(() => forIncident().map((message) => message.json.type)).toContain("incident.acknowledged");

    await page.goto(ackPath);
    await expect(page.getByTestId("ack-error")).toContainText("This link was already used");
  } finally {
    // Other specs declare SEV1 incidents too: leave SEV1 as it was.
    if (demoPolicy) expect((await admin.request.put("/api/v1/escalation-policies/SEV1", { data: demoPolicy })).status()).toBe(200);
    else await admin.request.delete("/api/v1/escalation-policies/SEV1");
    await admin.close();
    await lead.close();
    await new Promise((resolve) => consumer.server.close(resolve));
  }
});
