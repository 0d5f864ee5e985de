import next from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

const config = [
  ...next,
  ...nextTs,
  { ignores: [".next/**", ".data/**", "lib/generated/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // The product reaches the sandbox cluster like any real cluster, through
    // its kubeconfig; only the launcher, benches and tests start it.
    files: ["app/**", "components/**", "lib/**", "proxy.ts", "instrumentation.ts"],
    ignores: ["**/*.test.ts", "**/*.test.tsx", "lib/kubernetes/test-harness.ts", "lib/clusters/test-support.ts"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(@/|(\\.\\./)+)sandbox(/|$)", message: "Reach the sandbox through its kubeconfig, as any cluster; only scripts/, bench/ and tests start it." }] }],
    },
  },
  {
    // The sandbox stands alone: it knows the Kubernetes API, not Cordon.
    files: ["sandbox/**"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^(@/|\\.\\./)", message: "The sandbox imports nothing of Cordon's." }] }],
    },
  },
];

export default config;
