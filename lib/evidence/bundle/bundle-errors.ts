import { AppError } from "@/lib/errors";

// The stored bytes no longer match the hash recorded at collection. The
// export is stopped: handing over a bundle that vouches for altered evidence
// would be worse than handing over none.
export class EvidenceTamperedError extends AppError {
  constructor(
    readonly path: string,
    readonly expected: string,
    readonly actual: string,
  ) {
    super(
      "CONFLICT",
      `Export stopped: ${path} has changed since it was collected (expected SHA-256 ${expected}, got ${actual}). ` +
        "Verify the evidence and record the finding in its custody log.",
      { path, expected, actual },
    );
    this.name = "EvidenceTamperedError";
  }
}
