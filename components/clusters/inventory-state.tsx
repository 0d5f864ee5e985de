import { Alert } from "@/components/ui/alert";

type NotOk = { state: "unreachable" | "forbidden" | "unauthorized" | "error"; message: string; missingPermission?: string };

const HEADLINES: Record<NotOk["state"], string> = {
  unreachable: "The cluster is not reachable",
  forbidden: "Cordon is not allowed to read this",
  unauthorized: "The cluster rejected Cordon's credentials",
  error: "The cluster could not be read",
};

// A live read that did not work says why, instead of spinning forever.
export function InventoryState({ result, isError, error }: { result?: NotOk | { state: "ok" }; isError?: boolean; error?: Error | null }) {
  if (isError) return <Alert tone="error">{error?.message ?? "Could not load the inventory"}</Alert>;
  if (!result || result.state === "ok") return null;
  return (
    <Alert tone={result.state === "unreachable" ? "warning" : "error"}>
      <strong>{HEADLINES[result.state]}.</strong> {result.message}
      {result.missingPermission && <> Missing permission: <code>{result.missingPermission}</code>.</>}
    </Alert>
  );
}
