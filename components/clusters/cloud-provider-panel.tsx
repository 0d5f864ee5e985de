"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Cloud } from "lucide-react";
import { useState } from "react";
import { apiFetch, type ApiError } from "@/components/common/api-client";
import { LocalTime } from "@/components/common/local-time";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CLOUD_LABELS } from "@/lib/clusters/cloud/cloud-config";
import { clusterKeys, type ClusterItem } from "@/lib/clusters/queries";
import { CloudProviderForm } from "./cloud-provider-form";

// The cloud a cluster's nodes run on, for node disk snapshots: what is
// configured (never the credentials, only that they are set), and for
// admins the form to set, change or remove it. Saving checks the credentials
// live; the panel says when that last happened and whom they signed in as.
export function CloudProviderPanel({ cluster, isAdmin, timeZone }: { cluster: ClusterItem; isAdmin: boolean; timeZone: string }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const provider = cluster.cloudProvider;
  const remove = useMutation<ClusterItem, ApiError>({
    mutationFn: () => apiFetch<ClusterItem>(`/api/v1/clusters/${cluster.id}/cloud-provider`, { method: "DELETE" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: clusterKeys.list() }),
  });
  const facts = provider
    ? [CLOUD_LABELS[provider.kind], provider.project && `project ${provider.project}`, provider.region && `region ${provider.region}`, provider.roleArn && `role ${provider.roleArn}`, provider.serviceAccountEmail && `service account ${provider.serviceAccountEmail}`, provider.apiEndpoint && `endpoint ${provider.apiEndpoint}`, "credentials set"].filter(Boolean)
    : [];
  return (
    <section aria-label="Cloud provider" className="mt-3 border-t border-zinc-200 pt-3 text-sm dark:border-zinc-800" data-testid="cloud-provider">
      <div className="flex flex-wrap items-center gap-2">
        <Cloud className="size-4 text-zinc-500" aria-hidden />
        <h3 className="font-medium">Cloud provider</h3>
        <span className="text-zinc-600 dark:text-zinc-400" data-testid="cloud-provider-summary">
          {provider ? facts.join(" · ") : "not set: node disk snapshots need one"}
        </span>
        {isAdmin && !editing && (
          <div className="ml-auto flex gap-2">
            <Button size="sm" variant="secondary" onClick={() => setEditing(true)}>
              {provider ? "Change" : "Set cloud provider"}
            </Button>
            {provider && (
              <Button size="sm" variant="ghost" onClick={() => remove.mutate()} disabled={remove.isPending}>
                Remove
              </Button>
            )}
          </div>
        )}
      </div>
      {provider && (
        <p className="mt-1 text-xs text-zinc-500" data-testid="cloud-provider-checked">
          {provider.checkedAt && provider.checkedAs ? (
            <>
              Credentials checked <LocalTime at={provider.checkedAt} timeZone={timeZone} /> as {provider.checkedAs}
            </>
          ) : (
            "Credentials not checked yet: saving the provider again checks them"
          )}
        </p>
      )}
      {remove.error && <Alert tone="error" className="mt-2">{remove.error.message}</Alert>}
      {isAdmin && editing && (
        <div className="mt-3">
          <CloudProviderForm cluster={cluster} onDone={() => setEditing(false)} />
        </div>
      )}
    </section>
  );
}
