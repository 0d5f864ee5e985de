"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { apiFetch, type ApiError } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Select, Textarea } from "@/components/ui/input";
import { CLOUD_LABELS } from "@/lib/clusters/cloud/cloud-config";
import type { CloudKind } from "@/lib/clusters/cloud/provider-id";
import { clusterKeys, type ClusterItem } from "@/lib/clusters/queries";

type Values = Record<string, string>;

const FIELDS: Record<CloudKind, string[]> = {
  gce: ["project", "serviceAccountKey", "apiEndpoint"],
  aws: ["region", "accessKeyId", "secretAccessKey", "sessionToken", "roleArn", "apiEndpoint"],
};

// Admins only. Secrets are typed in, sent once and never shown again: with
// credentials stored for the same provider, leaving them empty keeps them.
export function CloudProviderForm({ cluster, onDone }: { cluster: ClusterItem; onDone: () => void }) {
  const queryClient = useQueryClient();
  const stored = cluster.cloudProvider;
  const [kind, setKind] = useState<CloudKind>(stored?.kind ?? "gce");
  const [values, setValues] = useState<Values>({ project: stored?.project ?? "", region: stored?.region ?? "", roleArn: stored?.roleArn ?? "", apiEndpoint: stored?.apiEndpoint ?? "" });
  const id = useId();
  const keepsCredentials = stored?.kind === kind;
  const save = useMutation<ClusterItem, ApiError>({
    mutationFn: () => {
      const body = Object.fromEntries(FIELDS[kind].flatMap((field) => (values[field]?.trim() ? [[field, values[field]!.trim()]] : [])));
      return apiFetch<ClusterItem>(`/api/v1/clusters/${cluster.id}/cloud-provider`, { method: "PUT", body: { kind, ...body } });
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: clusterKeys.list() });
      onDone();
    },
  });
  const fieldError = (field: string) => save.error?.fields?.[field]?.join("; ");
  const shownErrors = new Set(["kind", ...FIELDS[kind]]);
  const otherError = save.error && !Object.keys(save.error.fields ?? {}).some((field) => shownErrors.has(field));
  const input = (field: string, label: string, props: { hint?: string; type?: string; placeholder?: string; multiline?: boolean; autoComplete?: string } = {}) => {
    const fieldId = `${id}-${field}`;
    const error = fieldError(field);
    const common = {
      id: fieldId,
      name: field,
      value: values[field] ?? "",
      "aria-invalid": error ? true : undefined,
      "aria-describedby": error ? `${fieldId}-error` : props.hint ? `${fieldId}-hint` : undefined,
      placeholder: props.placeholder,
      spellCheck: false,
    };
    return (
      <Field id={fieldId} label={label} hint={props.hint} error={error}>
        {props.multiline ? (
          <Textarea {...common} className="min-h-28 font-mono text-xs" onChange={(e) => setValues({ ...values, [field]: e.target.value })} />
        ) : (
          <Input {...common} type={props.type ?? "text"} autoComplete={props.autoComplete ?? "off"} onChange={(e) => setValues({ ...values, [field]: e.target.value })} />
        )}
      </Field>
    );
  };
  const keep = (what: string) => (keepsCredentials ? `Stored ${what} is set: leave empty to keep it.` : undefined);
  return (
    <form
      className="space-y-3"
      aria-label={`Cloud provider of ${cluster.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <Field id={`${id}-kind`} label="Provider" error={fieldError("kind")}>
        <Select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as CloudKind)}>
          {(Object.keys(CLOUD_LABELS) as CloudKind[]).map((option) => (
            <option key={option} value={option}>
              {CLOUD_LABELS[option]} ({option})
            </option>
          ))}
        </Select>
      </Field>
      {kind === "gce" ? (
        <>
          {input("serviceAccountKey", "Service account key (JSON)", { multiline: true, hint: keep("key") ?? "The key file of a service account with compute.instances.get, compute.disks.createSnapshot, compute.snapshots.create/setLabels/get, compute.zoneOperations.get and compute.instanceGroupManagers.get/update." })}
          {input("project", "Project (optional)", { hint: "Only nodes in this project may be snapshotted; nodes name their project in spec.providerID.", placeholder: "prod-platform-4711" })}
        </>
      ) : (
        <>
          {input("accessKeyId", "Access key id", { hint: keep("access key"), placeholder: "AKIAIOSFODNN7EXAMPLE" })}
          {input("secretAccessKey", "Secret access key", { type: "password", autoComplete: "new-password" })}
          {input("sessionToken", "Session token (optional)", { type: "password", autoComplete: "new-password", hint: "Only for temporary credentials." })}
          {input("roleArn", "Role to assume (optional)", { hint: "The access key then only signs sts:AssumeRole; Cordon acts as this role.", placeholder: "arn:aws:iam::123456789012:role/cordon-evidence" })}
          {input("region", "Region (optional)", { hint: "Used when a node's spec.providerID names no zone.", placeholder: "eu-west-1" })}
        </>
      )}
      {input("apiEndpoint", "API endpoint (optional)", { hint: kind === "aws" ? "A private endpoint; {service} becomes ec2, autoscaling or sts." : "A private endpoint, e.g. https://compute-xyz.p.googleapis.com", placeholder: "https://…" })}
      {otherError && <Alert tone="error">{save.error?.message}</Alert>}
      <p className="text-xs text-zinc-500">Saving first signs in with these credentials and makes one read-only call to the provider; nothing is stored if that fails.</p>
      <div className="flex gap-2">
        <Button type="submit" disabled={save.isPending}>
          {save.isPending ? "Checking credentials…" : "Save cloud provider"}
        </Button>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
      </div>
    </form>
  );
}
