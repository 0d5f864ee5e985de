import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEALED_COLUMNS } from "@/lib/secrets/sealed-columns";

// A column whose comment or name says it holds ciphertext must be on the
// re-seal list, or rotating CORDON_SECRET_KEY would strand its values.
describe("sealed columns", () => {
  it("lists every sealed or encrypted column of the schema", () => {
    const dir = join(process.cwd(), "prisma/schema");
    const mapped = readdirSync(dir)
      .filter((file) => file.endsWith(".prisma"))
      .flatMap((file) => [...readFileSync(join(dir, file), "utf8").matchAll(/@map\("([a-z_]*(?:_sealed|_encrypted))"\)/g)].map((match) => match[1]!));
    expect(mapped.length).toBeGreaterThan(0);
    expect(SEALED_COLUMNS.map((column) => column.column).sort()).toEqual([...new Set(mapped)].sort());
  });
});
