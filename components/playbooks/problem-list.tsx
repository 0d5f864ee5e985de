import { Alert } from "@/components/ui/alert";
import { ApiError } from "@/components/common/api-client";

// A refused playbook's problems, each with the path it is at.
export function ProblemList({ error }: { error: Error | null }) {
  if (!error) return null;
  const fields = error instanceof ApiError ? Object.entries(error.fields ?? {}) : [];
  if (fields.length === 0) return <Alert tone="error">{error.message}</Alert>;
  return (
    <Alert tone="error">
      <p className="font-medium">{fields.length === 1 ? "One problem" : `${fields.length} problems`}; nothing was saved:</p>
      <ul className="ml-5 list-disc" aria-label="Problems">
        {fields.map(([path, messages]) => <li key={path}><code>{path}</code>: {messages.join("; ")}</li>)}
      </ul>
    </Alert>
  );
}
