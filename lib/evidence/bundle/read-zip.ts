import type { Readable } from "node:stream";
import yauzl, { type Entry, type ZipFile } from "yauzl";

export type ZipEntryInfo = { fileName: string; isDirectory: boolean; uncompressedSize: number };

// Walks a zip's central directory one entry at a time (yauzl's lazy mode), so
// a bundle of any size is read with constant memory. `visit` must consume or
// discard the stream it opens before resolving.
export async function forEachZipEntry(
  zipPath: string,
  visit: (entry: ZipEntryInfo, open: () => Promise<Readable>) => Promise<void>,
): Promise<void> {
  const zip = await openZip(zipPath);
  try {
    await new Promise<void>((resolve, reject) => {
      zip.on("error", reject);
      zip.on("end", () => resolve());
      zip.on("entry", (entry: Entry) => {
        const info = {
          fileName: entry.fileName,
          isDirectory: entry.fileName.endsWith("/"),
          uncompressedSize: entry.uncompressedSize,
        };
        visit(info, () => openEntry(zip, entry)).then(() => zip.readEntry(), reject);
      });
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

function openZip(zipPath: string): Promise<ZipFile> {
  return new Promise((resolve, reject) => {
    yauzl.open(zipPath, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, zip) =>
      error ? reject(error) : resolve(zip),
    );
  });
}

function openEntry(zip: ZipFile, entry: Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
  });
}
