import { Plus, X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Input, Select } from "@/components/ui/input";
import { FACTOR_KINDS } from "@/lib/post-mortems/schemas";
import type { Factor } from "./use-section-autosave";

// Contributing factors, each with its kind. The kinds name systems and
// processes; a review is blameless, so there is no "person" kind.
export function FactorsEditor({ factors, onChange, disabled }: { factors: Factor[]; onChange: (next: Factor[]) => void; disabled: boolean }) {
  const update = (index: number, patch: Partial<Factor>) => onChange(factors.map((f, i) => (i === index ? { ...f, ...patch } : f)));
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">Contributing factors</legend>
      {factors.map((factor, index) => (
        <div key={index} className="flex flex-wrap gap-2 sm:flex-nowrap">
          <Select aria-label={`Kind of factor ${index + 1}`} className="sm:w-40" value={factor.kind} disabled={disabled} onChange={(e) => update(index, { kind: e.target.value })}>
            {FACTOR_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </Select>
          <Input aria-label={`Factor ${index + 1}`} value={factor.text} disabled={disabled} onChange={(e) => update(index, { text: e.target.value })} placeholder="What about the system or process contributed" />
          <Button variant="ghost" size="sm" aria-label={`Remove factor ${index + 1}`} disabled={disabled} onClick={() => onChange(factors.filter((_, i) => i !== index))}>
            <X className="size-4" aria-hidden />
          </Button>
        </div>
      ))}
      <Button variant="secondary" size="sm" disabled={disabled} onClick={() => onChange([...factors, { kind: "technical", text: "" }])}>
        <Plus className="size-4" aria-hidden /> Add a factor
      </Button>
    </fieldset>
  );
}
