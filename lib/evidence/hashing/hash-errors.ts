import { AppError } from "@/lib/errors";

// Binary units, because storage limits are configured in GiB.
export function formatByteLimit(bytes: number): string {
  const units = [
    ["GiB", 1024 ** 3],
    ["MiB", 1024 ** 2],
    ["KiB", 1024],
  ] as const;
  for (const [unit, size] of units) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return bytes === 1 ? "1 byte" : `${bytes} bytes`;
}

// The content is not what the sender (or the evidence record) says it is.
// Both values travel with the error so the custody record can show them.
export class HashMismatchError extends AppError {
  constructor(
    readonly expected: string,
    readonly actual: string,
    what = "The evidence",
  ) {
    super("BAD_REQUEST", `${what} does not match its SHA-256: expected ${expected}, got ${actual}`, {
      expected,
      actual,
    });
    this.name = "HashMismatchError";
  }
}

export class SizeLimitError extends AppError {
  constructor(readonly limitBytes: number) {
    super("PAYLOAD_TOO_LARGE", `The evidence is over the ${formatByteLimit(limitBytes)} limit`, { limitBytes });
    this.name = "SizeLimitError";
  }
}
