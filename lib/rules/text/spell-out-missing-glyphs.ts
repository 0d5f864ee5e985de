// A font without a character draws an empty box, and the PDF's text layer
// gets a NUL in its place: the reader sees nothing and a search finds
// nothing. Characters the font lacks are written as their code points
// instead ("[U+6771 U+4EAC]"), so the text stays exact and can be looked up.
export function spellOutMissingGlyphs(text: string, hasGlyph: (codePoint: number) => boolean): string {
  let out = "";
  let missing: string[] = [];
  const flush = () => {
    if (missing.length) out += `[${missing.join(" ")}]`;
    missing = [];
  };
  for (const char of text) {
    const codePoint = char.codePointAt(0)!;
    // Line breaks and tabs are layout, not glyphs.
    if (codePoint < 0x20 || hasGlyph(codePoint)) {
      flush();
      out += char;
    } else {
      missing.push(`U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`);
    }
  }
  flush();
  return out;
}
