"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import type { z } from "zod";
import { Alert } from "@/components/ui/alert";
import { countOf } from "@/lib/rules/text/plural";
import { checkWith, errorsFromServer, unplacedErrors, type FieldMessages } from "./field-errors";

type Options = {
  schema: z.ZodType;
  // Paths whose message the form shows beside a field; the rest go in the summary.
  placed: RegExp;
  // Sends the checked draft; answers the sentence to show on success.
  submit: () => Promise<string>;
};

/**
 * An admin form's save: the draft is checked with the server's own schema
 * first (messages beside the fields), then sent; the server's field
 * messages land the same way, and the page is refreshed on success.
 */
export function useCheckedSave({ schema, placed, submit }: Options) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldMessages>({});
  const [result, setResult] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const save = async (draft: unknown) => {
    const checked = checkWith(schema, draft);
    setErrors(checked.ok ? {} : checked.errors);
    if (!checked.ok) return;
    setPending(true);
    try {
      setResult(await submit());
      router.refresh();
    } catch (error) {
      setErrors(errorsFromServer(error));
    } finally {
      setPending(false);
    }
  };

  const summary = <SaveSummary errors={errors} unplaced={unplacedErrors(errors, (path) => placed.test(path))} result={result} />;
  return { errors, pending, save, summary, clearResult: () => setResult(null) };
}

function SaveSummary({ errors, unplaced, result }: { errors: FieldMessages; unplaced: string[]; result: string | null }) {
  const errorCount = Object.keys(errors).length;
  if (errorCount > 0) {
    return (
      <Alert tone="error">
        {countOf(errorCount, "field needs", "fields need")} attention{unplaced.length > 0 ? `: ${unplaced.join("; ")}` : "; see the messages beside them."}
      </Alert>
    );
  }
  return result ? <Alert tone="success">{result}</Alert> : null;
}
