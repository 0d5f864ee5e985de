import { expect, test, type Page, type PlaywrightWorkerArgs } from "@playwright/test";
import { storageStateFor } from "./support/accounts";
import { expectNoSeriousA11yViolations } from "./support/axe";

const SUSPECT = { namespace: "payments", pod: "checkout-5c6d7-pb9qz", node: "worker-2" };

function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  return errors;
}

// A Falco alert naming the suspect pod and node, declared as a SEV1 container
// compromise: the incident's suspect is what the playbook's actions target.
async function declareFromAlert(page: Page, playwright: PlaywrightWorkerArgs["playwright"], title: string): Promise<string> {
  const admin = page.request;
  const adminContext = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, storageState: storageStateFor("admin") });
  const created = await adminContext.post("/api/v1/alert-sources", { data: { kind: "falco", name: `Falco playbooks ${Date.now()}` } });
  expect(created.status()).toBe(201);
  const { source, token } = (await created.json()) as { source: { id: string }; token: string };
  await adminContext.dispose();
  const sent = await admin.post(`/api/v1/ingest/${source.id}`, {
    headers: { authorization: `Bearer ${token}` },
    data: {
      uuid: crypto.randomUUID(),
      output: `12:00:00.000000000: Warning ${title} (user=root k8s_ns=${SUSPECT.namespace} k8s_pod=${SUSPECT.pod})`,
      priority: "Warning",
      rule: title,
      time: new Date().toISOString(),
      output_fields: { "k8s.ns.name": SUSPECT.namespace, "k8s.pod.name": SUSPECT.pod, "container.name": "api", cluster: "sandbox" },
      source: "syscall",
      tags: ["container"],
      hostname: SUSPECT.node,
    },
  });
  expect(sent.status()).toBe(202);
  let groupId = "";
  await expect
    .poll(async () => {
      const list = (await (await admin.get(`/api/v1/alerts?q=${encodeURIComponent(title)}`)).json()) as { alerts: { id: string }[] };
      groupId = list.alerts[0]?.id ?? "";
      return groupId;
    })
    .not.toBe("");
  const acted = await admin.post(`/api/v1/alerts/${groupId}/actions`, { data: { action: "declare", severity: "SEV1", category: "container_compromise", title } });
  expect(acted.ok()).toBe(true);
  const { incidentId } = (await acted.json()) as { incidentId: string };
  return incidentId;
}

for (const viewport of [{ name: "desktop", width: 1440, height: 900 }, { name: "phone", width: 390, height: 844 }]) {
  test.describe(`playbooks at ${viewport.name} width`, () => {
    test.use({ storageState: storageStateFor("lead"), viewport: { width: viewport.width, height: viewport.height } });

    test("a container compromise shows its playbook: checklist, preview one click away, steps done, parties to call", async ({ page, playwright }) => {
      const errors = watchConsole(page);
      const id = await declareFromAlert(page, playwright, `Reverse shell in checkout ${viewport.name} ${Date.now()}`);
      await page.goto(`/incidents/${id}`);
      const panel = page.getByRole("region", { name: /^Playbook: Container compromise/ });
      await expect(panel).toBeVisible();
      await expect(panel.getByText("Don't delete the pod or restart the node", { exact: false })).toBeVisible();
      const steps = panel.getByRole("list", { name: "Playbook steps" });
      for (const title of ["Snapshot the node's disk", "Checkpoint the suspect container", "Quarantine the node", "Eradicate: rebuild the image and redeploy from a clean source"]) {
        await expect(steps.getByText(title, { exact: true })).toBeVisible();
      }
      await expect(panel.getByRole("list", { name: "Evidence to collect" })).toContainText("before autoscaling reclaims the node");
      const parties = panel.getByRole("list", { name: "Parties to involve" });
      await expect(parties).toContainText("Forensics retainer: Within 1 hour");
      await expect(parties).toContainText("Cloud provider security: Within 2 hours");
      await expectNoSeriousA11yViolations(page, ['[data-testid="playbook-panel"]']);

      // Mark a step done, and one not applicable: both stay on the record.
      await panel.getByRole("button", { name: `Mark step "Collect pod and node logs" done` }).click();
      await expect(panel.getByTestId("playbook-step-collect-logs")).toContainText("Done");
      await expect(panel.getByRole("list", { name: "Evidence to collect" })).toContainText("Collected");
      await panel.getByRole("button", { name: `Skip step "Eradicate: rebuild the image and redeploy from a clean source"` }).click();
      await panel.getByLabel(/Why skip/).fill("The image is rebuilt by the platform team's pipeline");
      await panel.getByRole("button", { name: "Skip step", exact: true }).click();
      await expect(panel.getByTestId("playbook-step-eradicate")).toContainText("Reason: The image is rebuilt by the platform team's pipeline");

      // Not applicable is a state of its own, with its reason, not a skip.
      await panel.getByRole("button", { name: `Mark step "Checkpoint the suspect container" not applicable` }).click();
      await panel.getByLabel(/Why doesn't it apply/).fill("The node's runtime has no checkpoint support");
      await panel.getByRole("button", { name: "Mark not applicable", exact: true }).click();
      const checkpoint = panel.getByTestId("playbook-step-checkpoint-container");
      await expect(checkpoint).toContainText("Not applicable");
      await expect(checkpoint).toContainText("Reason: The node's runtime has no checkpoint support");
      await expect(checkpoint).not.toContainText("Skipped");
      await expect(checkpoint.getByRole("button", { name: `Reopen step "Checkpoint the suspect container"` })).toBeVisible();
      await expect(panel.getByRole("list", { name: "Evidence to collect" }).getByRole("listitem").filter({ hasText: "Container checkpoint (memory)" })).toContainText("Not applicable");

      // The suggested action lands in the dry-run preview, pre-filled, nothing requested.
      await panel.getByRole("link", { name: `Preview "Snapshot node disk" for step "Snapshot the node's disk"` }).click();
      await expect(page).toHaveURL(/\?action=snapshot_node_disk/);
      const actions = page.getByRole("region", { name: "Cluster actions" });
      await expect(actions.getByLabel("Action", { exact: true })).toHaveValue("snapshot_node_disk");
      await expect(actions.getByLabel("Node", { exact: true })).toHaveValue(SUSPECT.node);
      await expect(actions.getByTestId("action-preview")).toHaveCount(0);

      const timeline = page.getByRole("region", { name: /Timeline/ });
      await expect(timeline).toContainText("Collect pod and node logs");
      await expect(timeline).toContainText("Task not applicable: Checkpoint the suspect container — The node's runtime has no checkpoint support");
      expect(errors).toEqual([]);
    });
  });
}

test.describe("authoring playbooks", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("edit, preview, a refused import naming its problems, and the history with what changed", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/settings/playbooks");
    await page.getByLabel("Incident category").selectOption("denial_of_service");
    const editor = page.getByRole("region", { name: /^Edit version \d+/ });
    await expect(editor.getByLabel("Step 1 title")).toHaveValue("Capture traffic samples and ingress logs");

    // Reorder with buttons, add a step, preview it at SEV1.
    await editor.getByRole("button", { name: `Move "Rate-limit or block the sources at the edge" up` }).click();
    await expect(editor.getByLabel("Step 1 title")).toHaveValue("Rate-limit or block the sources at the edge");
    await editor.getByRole("button", { name: "Add step" }).click();
    await editor.getByLabel("Step 3 title").fill("Tell the CDN's abuse desk");
    await editor.getByLabel("Step 3 key").fill("tell-cdn");
    await editor.getByLabel("Preview for a new incident of severity").selectOption("SEV1");
    await editor.getByRole("button", { name: "Preview" }).click();
    await expect(editor.getByTestId("playbook-preview")).toContainText("Tell the CDN's abuse desk");
    await expect(editor.getByTestId("playbook-preview")).toContainText("Cloud provider security (Within 30 minutes)");

    // A bad due offset is named with its path; nothing saved.
    await editor.getByLabel("Due after (minutes)").nth(2).fill("-10");
    await editor.getByRole("button", { name: "Save as a new version" }).click();
    await expect(editor.getByRole("list", { name: "Problems" })).toContainText("steps[2].dueOffsetMinutes: Due offset must not be negative");
    await editor.getByLabel("Due after (minutes)").nth(2).fill("120");
    await editor.getByLabel("What changed and why (shown in the history)").fill("CDN abuse desk");
    await editor.getByRole("button", { name: "Save as a new version" }).click();
    const versions = page.getByRole("list", { name: "Versions" });
    await expect(versions.locator("li").first()).toContainText("CDN abuse desk");
    await expect(versions.locator("li").first()).toContainText("added step: Tell the CDN's abuse desk");
    await expect(versions.locator("li").first()).toContainText("moved step: Rate-limit or block the sources at the edge");

    // An import with an unknown action and contact category: each problem named.
    const files = page.getByRole("region", { name: "Export and import" });
    await files.getByLabel("Playbook to import (the whole document)").fill(
      ["category: denial_of_service", "name: Broken", "steps:", "  - key: wipe", "    title: Wipe the node", "    evidencePreservation: false", "    action: delete_node", "parties:", "  - category: ASTROLOGER", "    why: x", "    callWhen: {}"].join("\n"),
    );
    await files.getByRole("button", { name: "Import as a new version" }).click();
    const problems = files.getByRole("list", { name: "Problems" });
    await expect(problems).toContainText("steps[0].action: Unknown cluster action");
    await expect(problems).toContainText("parties[0].category: Unknown contact category");
    await expectNoSeriousA11yViolations(page, ["main"]);
    expect(errors.filter((e) => !e.includes("400"))).toEqual([]);
  });
});

test.describe("editing everything a playbook holds", () => {
  test.use({ storageState: storageStateFor("admin") });

  test("triage questions, evidence and steps are edited in the form, steps reordered from the keyboard", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/settings/playbooks");
    await page.getByLabel("Incident category").selectOption("resource_abuse");
    const editor = page.getByRole("region", { name: /^Edit version \d+/ });
    await expect(editor.getByLabel("Question 1", { exact: true })).toHaveValue("Is it in a production namespace?");

    // A triage question: its words, the severity a yes suggests, and why.
    await editor.getByLabel("Question 1", { exact: true }).fill("Is it in a production or payments namespace?");
    await editor.getByLabel("A yes to question 1 suggests").selectOption("SEV1");
    await editor.getByLabel("Why (question 1)").fill("The payments namespace reaches card data.");
    await editor.getByRole("button", { name: "Add triage question" }).click();
    await editor.getByLabel("Question 2", { exact: true }).fill("Is the miner reaching an external pool?");
    await editor.getByLabel("A yes to question 2 suggests").selectOption("SEV2");

    // Evidence: when it must be collected by, and the step that collects it.
    await editor.getByLabel("Collect evidence 1 before").fill("before anyone rolls the deployment back");
    await editor.getByLabel("Collected by step").first().selectOption({ label: "Isolate the suspect pods" });

    // Reorder from the keyboard: focus stays on the moved step's button.
    const moveUp = editor.getByRole("button", { name: `Move "Pull the cost report" up` });
    await moveUp.focus();
    await page.keyboard.press("Enter");
    await expect(editor.getByLabel("Step 3 title")).toHaveValue("Pull the cost report");
    await expect(moveUp).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(editor.getByLabel("Step 2 title")).toHaveValue("Pull the cost report");
    await editor.getByLabel("Step 2 title").press("Alt+ArrowDown");
    await expect(editor.getByLabel("Step 3 title")).toHaveValue("Pull the cost report");
    await expect(editor.getByLabel("Step 3 title")).toBeFocused();
    await editor.getByLabel("Step 3 description").fill("The bill for the abuse, for the insurer and finance.");

    // The new question has no reason yet: named by its path, nothing saved.
    await editor.getByRole("button", { name: "Save as a new version" }).click();
    await expect(editor.getByRole("list", { name: "Problems" })).toContainText("triageQuestions[1].reason: Reason is required");
    await editor.getByLabel("Why (question 2)").fill("Outbound mining traffic means the attacker still controls it.");
    await editor.getByLabel("What changed and why (shown in the history)").fill("Payments triage");
    await editor.getByRole("button", { name: "Save as a new version" }).click();
    const latest = page.getByRole("list", { name: "Versions" }).locator("li").first();
    await expect(latest).toContainText("Payments triage");
    await expect(latest).toContainText("changed triage question: Is it in a production or payments namespace?");
    await expect(latest).toContainText("added triage question: Is the miner reaching an external pool?");
    await expect(latest).toContainText("changed evidence: The miner's pod manifest and image");
    await expect(latest).toContainText("changed step: Pull the cost report");
    await expect(latest).toContainText("moved step: Apply a quota and limits to the namespace");

    // Saved as edited.
    await page.reload();
    await page.getByLabel("Incident category").selectOption("resource_abuse");
    const saved = page.getByRole("region", { name: /^Edit version \d+/ });
    await expect(saved.getByLabel("Question 1", { exact: true })).toHaveValue("Is it in a production or payments namespace?");
    await expect(saved.getByLabel("A yes to question 1 suggests")).toHaveValue("SEV1");
    await expect(saved.getByLabel("Why (question 2)")).toHaveValue("Outbound mining traffic means the attacker still controls it.");
    await expect(saved.getByLabel("Collect evidence 1 before")).toHaveValue("before anyone rolls the deployment back");
    await expect(saved.getByLabel("Step 3 title")).toHaveValue("Pull the cost report");
    await expect(saved.getByLabel("Step 3 description")).toHaveValue("The bill for the abuse, for the insurer and finance.");
    await expectNoSeriousA11yViolations(page, ["main"]);
    expect(errors.filter((e) => !e.includes("400"))).toEqual([]);
  });
});

test.describe("the playbook editor on a phone", () => {
  test.use({ storageState: storageStateFor("admin"), viewport: { width: 390, height: 844 } });

  test("every section fits the width and reads without serious accessibility problems", async ({ page }) => {
    const errors = watchConsole(page);
    await page.goto("/settings/playbooks");
    await page.getByLabel("Incident category").selectOption("container_compromise");
    const editor = page.getByRole("region", { name: /^Edit version \d+/ });
    await expect(editor.getByLabel("A yes to question 1 suggests")).toBeVisible();
    await expect(editor.getByLabel("Collect evidence 1 before")).toHaveValue("before autoscaling reclaims the node");
    await expect(editor.getByLabel("Step 1 title")).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), "the page scrolls sideways").toBe(true);
    await expectNoSeriousA11yViolations(page, ["main"]);
    expect(errors).toEqual([]);
  });
});
