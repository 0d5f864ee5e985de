import { describe, expect, it } from "vitest";
import { spellOutMissingGlyphs } from "./spell-out-missing-glyphs";

const latinOnly = (codePoint: number) => codePoint < 0x3000;

describe("spellOutMissingGlyphs", () => {
  it("keeps every character the font has, accents and symbols included", () => {
    expect(spellOutMissingGlyphs("Łukasz Müller → café", latinOnly)).toBe("Łukasz Müller → café");
  });

  it("writes a run of missing characters as one bracket of code points", () => {
    expect(spellOutMissingGlyphs("Tokyo 東京 office", latinOnly)).toBe("Tokyo [U+6771 U+4EAC] office");
  });

  it("handles characters outside the Basic Multilingual Plane as one code point", () => {
    expect(spellOutMissingGlyphs("a😀b", latinOnly)).toBe("a[U+1F600]b");
  });

  it("leaves line breaks alone even though no font draws them", () => {
    expect(spellOutMissingGlyphs("one\ntwo", () => false)).toBe("[U+006F U+006E U+0065]\n[U+0074 U+0077 U+006F]");
  });
});
