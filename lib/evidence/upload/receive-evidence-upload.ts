import "server-only";
import { PassThrough, pipeline, Readable } from "node:stream";
import type { ReadableStream as NodeWebReadableStream } from "node:stream/web";
import busboy from "busboy";
import { AppError, badRequest } from "@/lib/errors";
import { parseInput } from "@/lib/validation";
import { SizeLimitError } from "../hashing/hash-errors";
import type { CustodyBy } from "../custody";
import { sanitizeDisplayName } from "../display-name";
import { evidenceMaxBytes } from "../evidence-store-instance";
import { assertCanHandleEvidence, assertIncidentAcceptsEvidence } from "../incident-access";
import { ingestEvidence, type IngestedEvidence } from "../ingest-evidence";
import { UPLOAD_FIELD_NAMES, ZUploadFields } from "./upload-fields";

// Room for the multipart boundaries and text fields around the file.
const FORM_OVERHEAD_BYTES = 1024 * 1024;

// Streams a multipart/form-data upload (one part named "file") straight into
// evidence storage through ingestEvidence: hashed on the way, never held in
// memory or on disk outside the store.
export async function receiveEvidenceUpload(request: Request, by: CustodyBy, incidentId: string): Promise<IngestedEvidence> {
  assertCanHandleEvidence(by.user);
  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(contentType)) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", 'Send the evidence as multipart/form-data with the file in a part named "file"');
  }
  const declaredLength = Number(request.headers.get("content-length") ?? Number.NaN);
  // Refused before reading: a client told "too large" at once need not send gigabytes first.
  if (declaredLength > evidenceMaxBytes() + FORM_OVERHEAD_BYTES) throw new SizeLimitError(evidenceMaxBytes());
  if (!request.body) throw badRequest('The upload is empty: send a part named "file"');
  await assertIncidentAcceptsEvidence(by.user, incidentId);

  const parser = createParser(contentType);
  const body = Readable.fromWeb(request.body as unknown as NodeWebReadableStream<Uint8Array>);
  return new Promise<IngestedEvidence>((resolve, reject) => {
    const fields: Record<string, string> = {};
    // The file flows through here and ends only once the whole form is
    // parsed, so a problem after the file still fails the upload before
    // anything is stored.
    const content = new PassThrough();
    // Its failures reach the caller through the ingest's promise (or fail()
    // below); this keeps one before the ingest attaches from being unhandled.
    content.on("error", () => undefined);
    let ingesting: Promise<IngestedEvidence> | null = null;
    let settled = false;
    let fileEnded = false;
    let formParsed = false;
    const fail = (error: unknown) => {
      if (settled) return;
      settled = true;
      content.destroy(error instanceof Error ? error : new Error(String(error)));
      body.destroy();
      if (!ingesting) return reject(error);
      // Answer only once the ingest has cleaned up after itself, so nothing
      // half-stored outlives the response. (Had it already committed, the
      // evidence is recorded in full and that is the answer.)
      ingesting.then(resolve, () => reject(error));
    };

    parser.on("field", (name, value) => {
      if (ingesting) return fail(badRequest(`Put the form field "${name}" before the file: the file is stored as it arrives`));
      if ((UPLOAD_FIELD_NAMES as readonly string[]).includes(name)) fields[name] = value;
    });
    parser.on("file", (name, file, info) => {
      if (name !== "file" || ingesting) {
        file.resume();
        return fail(badRequest(ingesting ? "Send one file per upload" : `Send the file in a part named "file", not "${name.slice(0, 50)}"`));
      }
      let meta;
      try {
        meta = parseInput(ZUploadFields, fields, "Form");
      } catch (error) {
        file.resume();
        return fail(error);
      }
      const fileName = sanitizeDisplayName(info.filename) ?? undefined;
      // Busboy fails the file when the request breaks off mid-part.
      file.on("error", (error) => fail(asInterrupted(error)));
      file.pipe(content, { end: false });
      file.on("end", () => {
        fileEnded = true;
        if (formParsed) content.end();
      });
      ingesting = ingestEvidence(
        {
          incidentId,
          kind: meta.kind,
          title: meta.title || fileName || "Uploaded file",
          description: meta.description,
          acquisitionMethod: meta.acquisitionMethod || (by.actor.label.endsWith("(API token)") ? "API upload" : "browser upload"),
          mediaType: normalizeMediaType(info.mimeType),
          fileName,
          tags: meta.tags,
          expectedSha256: meta.sha256,
          stream: content,
        },
        by,
      );
      ingesting.then((created) => {
        settled = true;
        resolve(created);
      }, fail);
    });
    parser.on("filesLimit", () => fail(badRequest("Send one file per upload")));
    parser.on("partsLimit", () => fail(badRequest("The form has too many parts")));
    parser.on("fieldsLimit", () => fail(badRequest("The form has too many fields")));
    // "finish", not "close": a parser torn down by a broken request closes
    // without finishing, and that is an interrupted upload, not a form without a file.
    parser.on("finish", () => {
      formParsed = true;
      if (!ingesting) fail(badRequest('The form has no file: send it in a part named "file"'));
      else if (fileEnded) content.end();
    });
    pipeline(body, parser, (error) => {
      if (error) fail(asInterrupted(error));
    });
  });
}

function createParser(contentType: string) {
  try {
    return busboy({
      headers: { "content-type": contentType },
      // Browsers send UTF-8 file names; busboy's default is latin1.
      defParamCharset: "utf8",
      limits: { files: 1, fields: UPLOAD_FIELD_NAMES.length, fieldSize: 64 * 1024, parts: UPLOAD_FIELD_NAMES.length + 1 },
    });
  } catch (error) {
    throw badRequest(`The multipart form cannot be read: ${(error as Error).message}`);
  }
}

function normalizeMediaType(value: string | undefined): string {
  const type = (value ?? "").trim().toLowerCase();
  return /^[a-z0-9!#$&^_.+-]+\/[a-z0-9!#$&^_.+-]+$/.test(type) ? type : "application/octet-stream";
}

// The request side broke (client gone, connection reset, truncated form):
// the sender's problem to retry, and nothing was kept.
function asInterrupted(error: Error): Error {
  if (error instanceof AppError) return error;
  const interrupted = badRequest("The upload was interrupted before it finished; nothing was kept");
  interrupted.cause = error;
  return interrupted;
}
