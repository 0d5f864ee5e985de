import { randomUUID } from "node:crypto";
import { extractText } from "unpdf";
import { describe, expect, it } from "vitest";
import { createUser } from "@/lib/users/create-user";
import { declareAs } from "@/test/helpers/incidents";
import { actorFor, TEST_PASSWORD } from "@/test/helpers/users";
import { SYSTEM_ACTOR } from "@/lib/audit/actor";
import { createPostMortem } from "../create-post-mortem";
import { saveSection } from "../save-section";
import { exportPostMortem } from "./export-post-mortem";

async function pdfText(body: string | Buffer): Promise<string> {
  const { text } = await extractText(new Uint8Array(body as Buffer), { mergePages: true });
  return text;
}

describe("the PDF export", () => {
  it("keeps names and text in any Latin, Greek or Cyrillic script, and spells out characters its font lacks", async () => {
    const lead = await createUser(SYSTEM_ACTOR, { email: `lead-${randomUUID().slice(0, 8)}@test.cordon.local`, name: "Łukasz Żółćiński", role: "LEAD", password: TEST_PASSWORD });
    const incident = await declareAs(lead, { title: `Zoë's café credentials — Ελλάδα ${randomUUID().slice(0, 6)}` });
    const review = await createPostMortem(lead, actorFor(lead), incident.id);
    await saveSection(lead, actorFor(lead), review.id, "summary", { body: "Jürgen Müller saw the **Привет** beacon from 東京 first.", version: 1 });

    const exported = await exportPostMortem(lead, review.id, "pdf");
    const text = await pdfText(exported.body);

    expect(text).toContain("Łukasz Żółćiński");
    expect(text).toContain("Zoë's café credentials — Ελλάδα");
    expect(text).toContain("Jürgen Müller saw the");
    expect(text).toContain("Привет");
    expect(text).toContain("[U+6771 U+4EAC]");
    expect(text).not.toContain("\u0000");
    expect(text).toContain(exported.hash);
  });
});
