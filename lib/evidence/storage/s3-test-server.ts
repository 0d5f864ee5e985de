import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import S3rver from "s3rver";
import type { TS3StoreConfig } from "./store-config";

// A real S3 wire-protocol server (s3rver) on a free port, for tests only.
// s3rver accepts only its built-in S3RVER/S3RVER key pair.
export async function startTestS3Server(bucket: string) {
  const directory = await mkdtemp(path.join(tmpdir(), "cordon-s3rver-"));
  const server = new S3rver({
    address: "127.0.0.1",
    port: 0,
    directory,
    silent: true,
    configureBuckets: [{ name: bucket }],
  });
  const { port } = await server.run();
  const config: TS3StoreConfig = {
    backend: "s3",
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    region: "us-east-1",
    accessKeyId: "S3RVER",
    secretAccessKey: "S3RVER",
    forcePathStyle: true,
  };
  return {
    config,
    directory,
    async stop() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
