import type { Readable } from "node:stream";

export type PutEvidenceOptions = {
  maxBytes: number;
  // When given, the object is stored only if the content hashes to this.
  expectedSha256?: string;
  contentType: string;
  signal?: AbortSignal;
};

export type PutEvidenceResult = {
  sha256: string;
  size: number;
  // Opaque to callers; stored on the Evidence row and handed back to get().
  location: string;
  // True when identical content was already stored (content addressing). A
  // caller whose database write fails must then NOT delete the object: another
  // row may reference it.
  alreadyStored: boolean;
};

export type EvidenceStore = {
  kind: "filesystem" | "s3";
  put(stream: Readable, options: PutEvidenceOptions): Promise<PutEvidenceResult>;
  // Rejects with NOT_FOUND when the object is gone.
  get(location: string): Promise<Readable>;
  stat(location: string): Promise<{ size: number } | null>;
  // Only for an object whose Evidence row failed to commit and that no other
  // row references (check both in the database first): evidence is never
  // deleted otherwise.
  deleteUnreferenced?(location: string): Promise<void>;
  setLegalHold?(location: string, on: boolean): Promise<void>;
};
