import { describe, expect, it } from "vitest";
import { formatCsv } from "./csv";
import { assignSafeFileNames, toSafeFileName } from "./safe-file-names";
import { parseSha256Sums } from "./sha256sums";

describe("bundle file names", () => {
  it.each([
    ["../../evil name?.log", "evil_name_.log"],
    ["..\\..\\windows\\system32\\cmd.exe", "cmd.exe"],
    ["/etc/passwd", "passwd"],
    ["..", "artefact"],
    [".hidden", "hidden"],
    ["", "artefact"],
    ["café résumé.txt", "cafe_resume.txt"],
    ["CON.txt", "_CON.txt"],
    ["日志.log", "_.log"],
  ])("turns %j into %j", (input, expected) => {
    expect(toSafeFileName(input)).toBe(expected);
  });

  it("keeps long names short and their extension", () => {
    const safe = toSafeFileName(`${"a".repeat(300)}.tar.gz`);
    expect(safe).toHaveLength(120);
    expect(safe.endsWith(".gz")).toBe(true);
  });

  it("deduplicates names case-insensitively, in order", () => {
    expect(assignSafeFileNames(["pod.log", "POD.log", "pod.log", "x/pod.log", "pod-2.log"])).toEqual([
      "pod.log",
      "POD-2.log",
      "pod-3.log",
      "pod-4.log",
      "pod-2-2.log",
    ]);
  });
});

describe("custody CSV", () => {
  it("quotes per RFC 4180 and ends lines with CRLF", () => {
    expect(formatCsv([["a", "b,c"], ['say "hi"', "two\nlines"], ["=1+1", ""]])).toBe(
      'a,"b,c"\r\n"say ""hi""","two\nlines"\r\n=1+1,\r\n',
    );
    expect(formatCsv([])).toBe("");
  });
});

describe("SHA256SUMS parsing", () => {
  it("accepts text and binary mode lines and flags the rest", () => {
    const hash = "ab".repeat(32);
    expect(parseSha256Sums(`${hash}  a.txt\r\n${hash} *b.bin\nnonsense\n\n`)).toEqual({
      lines: [
        { sha256: hash, name: "a.txt" },
        { sha256: hash, name: "b.bin" },
      ],
      malformed: ["nonsense"],
    });
  });
});
