import { ApiError } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";

// A refused scenario's problems, each with the path it is at
// (injects[2].atMinute) or "(document)" for a syntax error with its line.
export function ScenarioProblems({ error, saving }: { error: Error; saving: boolean }) {
  const fields = error instanceof ApiError ? Object.entries(error.fields ?? {}) : [];
  if (fields.length === 0) return <Alert tone="error">{error.message}</Alert>;
  const count = fields.reduce((sum, [, messages]) => sum + messages.length, 0);
  return (
    <Alert tone="error">
      <p className="font-medium">
        {count === 1 ? "One problem" : `${count} problems`}
        {saving ? "; nothing was saved:" : ":"}
      </p>
      <ul className="ml-5 list-disc break-words" aria-label="Problems">
        {fields.flatMap(([path, messages]) =>
          messages.map((message) => (
            <li key={`${path}:${message}`}>
              <code className="font-mono">{path}</code>: {message}
            </li>
          )),
        )}
      </ul>
    </Alert>
  );
}
