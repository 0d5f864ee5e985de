import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";
import base from "../../vitest.config";

// The multi-node test (`npm run test:multi-node`, a step of `npm test` after
// the build): several Cordon processes on the database the usual global
// setup prepares. Apart from `vitest run` because it needs the build and
// starts servers of its own. Its own config rather than a merge: merging
// would add the ordinary suite's include patterns to these.
const root = fileURLToPath(new URL("../..", import.meta.url));

export default defineConfig({
  root,
  resolve: base.resolve,
  test: {
    environment: "node",
    // Not *.test.ts, so that the ordinary `vitest run` leaves it out.
    include: ["test/multi-node/**/*.multi-node.ts"],
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup-env.ts"],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    pool: "forks",
    server: { deps: { inline: ["next-auth"] } },
  },
});
