"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { apiFetch, type ApiError } from "@/components/common/api-client";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input, Textarea } from "@/components/ui/input";
import { clusterKeys, type ClusterItem } from "@/lib/clusters/queries";

// Admins only. The kubeconfig is tested before it is kept, and never shown
// again once saved.
export function RegisterClusterForm() {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const [kubeconfig, setKubeconfig] = useState("");
  const [inCluster, setInCluster] = useState(false);
  const register = useMutation<ClusterItem, ApiError>({
    mutationFn: () => apiFetch<ClusterItem>("/api/v1/clusters", { method: "POST", body: inCluster ? { name, inCluster: true } : { name, kubeconfig } }),
    onSuccess: () => {
      setName("");
      setKubeconfig("");
      return queryClient.invalidateQueries({ queryKey: clusterKeys.list() });
    },
  });
  const fieldError = (field: string) => register.error?.fields?.[field]?.join("; ");
  return (
    <section aria-labelledby="register-cluster" className="rounded-lg border border-zinc-200 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900">
      <h2 id="register-cluster" className="mb-1 text-base font-semibold">Register a cluster</h2>
      <p className="mb-3 text-xs text-zinc-500">
        Use a kubeconfig for the least-privilege service account in <code>deploy/cordon-rbac.yaml</code>, with embedded credentials. Cordon tests it first and stores it encrypted.
      </p>
      <form
        className="space-y-3"
        onSubmit={(e) => {
          e.preventDefault();
          register.mutate();
        }}
      >
        <Field id="cluster-name" label="Name" hint="Lowercase letters, digits and '-', e.g. prod-eu-west-1" error={fieldError("name")}>
          <Input id="cluster-name" value={name} onChange={(e) => setName(e.target.value)} required maxLength={63} />
        </Field>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" checked={inCluster} onChange={(e) => setInCluster(e.target.checked)} />
          Cordon runs inside this cluster: use its own service account
        </label>
        {!inCluster && (
          <Field id="cluster-kubeconfig" label="Kubeconfig (YAML)" error={fieldError("kubeconfig")}>
            <Textarea id="cluster-kubeconfig" value={kubeconfig} onChange={(e) => setKubeconfig(e.target.value)} className="min-h-40 font-mono text-xs" spellCheck={false} required />
          </Field>
        )}
        {register.error && !register.error.fields?.kubeconfig && !register.error.fields?.name && <Alert tone="error">{register.error.message}</Alert>}
        {register.isSuccess && <Alert tone="success">Registered {register.data.name}.</Alert>}
        <Button type="submit" disabled={register.isPending}>
          {register.isPending ? "Testing the connection…" : "Test and register"}
        </Button>
      </form>
    </section>
  );
}
