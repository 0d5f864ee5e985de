import "server-only";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import * as fontkit from "fontkit";
import { spellOutMissingGlyphs } from "@/lib/rules/text/spell-out-missing-glyphs";

// The PDF's built-in fonts (Helvetica, Courier) cover Windows-1252 only, so
// names like Łukasz or Zoë came out as "?". DejaVu covers Latin, Greek,
// Cyrillic and most symbols; pdfkit embeds the subset a document uses, with
// its Unicode map, so the text can be searched and copied. The npm package
// ships the files on every platform; Debian's fonts-dejavu-core is the
// fallback for an install without it.
const FILES = {
  body: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  mono: "DejaVuSansMono.ttf",
} as const;

export type PdfFontName = keyof typeof FILES;

const PLACES = [path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf"), "/usr/share/fonts/truetype/dejavu"];

let loaded: { files: Record<PdfFontName, Buffer>; hasGlyph: (codePoint: number) => boolean } | null = null;

function load() {
  if (loaded) return loaded;
  const place = PLACES.find((dir) => existsSync(path.join(dir, FILES.body)));
  if (!place) throw new Error(`PDF fonts not found: install the dejavu-fonts-ttf package (looked in ${PLACES.join(", ")})`);
  const files = Object.fromEntries(Object.entries(FILES).map(([name, file]) => [name, readFileSync(path.join(place, file))])) as Record<PdfFontName, Buffer>;
  // The four faces cover the same characters; the mono face covers fewer,
  // but code spans are rare enough that the body face decides.
  const body = fontkit.create(files.body);
  if (!("hasGlyphForCodePoint" in body)) throw new Error(`${FILES.body} is a font collection, not a font`);
  loaded = { files, hasGlyph: (codePoint) => body.hasGlyphForCodePoint(codePoint) };
  return loaded;
}

export function loadPdfFonts(): Record<PdfFontName, Buffer> {
  return load().files;
}

// Text as the PDF can draw it: characters the fonts lack (CJK, emoji) are
// spelled out as code points rather than drawn as empty boxes.
export function printable(text: string): string {
  return spellOutMissingGlyphs(text, load().hasGlyph);
}
