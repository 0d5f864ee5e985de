import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { apiFetch } from "@/components/common/api-client";
import type { Serialized } from "@/lib/serialize";
import type { ChannelView } from "./channels/list-channels";
import type { ContactMethodView } from "./contacts/list-contact-methods";
import type { ExternalContactView } from "./contacts/list-external-contacts";
import type { DeliveryView } from "./delivery/list-deliveries";
import type { DemoReceipts } from "./demo-receiver/list-demo-receipts";

export type DeliveryItem = Serialized<DeliveryView>;
export type ChannelItem = Serialized<ChannelView>;
export type ContactItem = Serialized<ExternalContactView> & { guidance?: string | null };
export type MethodItem = Serialized<ContactMethodView>;
type DeliveryPage = { deliveries: DeliveryItem[]; nextBefore: string | null };

// One key factory for notifications. Incident-scoped keys carry the
// incident id, so a realtime "incident changed" message refetches them.
export const notifyKeys = {
  all: ["notify"] as const,
  deliveries: (incidentId: string) => [...notifyKeys.all, "deliveries", incidentId] as const,
  channelDeliveries: (channelId: string) => [...notifyKeys.all, "channel-deliveries", channelId] as const,
  contacts: (incidentId: string) => [...notifyKeys.all, "contacts", incidentId] as const,
  methods: () => [...notifyKeys.all, "methods"] as const,
  demoReceipts: (channelId: string) => [...notifyKeys.all, "demo-receipts", channelId] as const,
};

const UNSETTLED = ["PENDING", "SENDING", "RETRYING"];

// While something is still on its way, look again every few seconds: the
// worker sends outside this request.
const pollWhileUnsettled = (page: DeliveryPage | undefined) => (page?.deliveries.some((row) => UNSETTLED.includes(row.status)) ? 2_000 : false);

export function useIncidentDeliveries(incidentId: string) {
  return useQuery({
    queryKey: notifyKeys.deliveries(incidentId),
    queryFn: ({ signal }) => apiFetch<DeliveryPage>(`/api/v1/incidents/${incidentId}/deliveries?limit=50`, { signal }),
    refetchInterval: (query) => pollWhileUnsettled(query.state.data),
  });
}

export function useChannelDeliveries(channelId: string, enabled: boolean) {
  return useQuery({
    queryKey: notifyKeys.channelDeliveries(channelId),
    queryFn: ({ signal }) => apiFetch<DeliveryPage>(`/api/v1/channels/${channelId}/deliveries?limit=50`, { signal }),
    enabled,
    refetchInterval: (query) => pollWhileUnsettled(query.state.data),
  });
}

// The demo receiver gets messages from the worker at any time: look again
// every few seconds while the list is shown.
export function useDemoReceipts(channelId: string) {
  return useQuery({
    queryKey: notifyKeys.demoReceipts(channelId),
    queryFn: ({ signal }) => apiFetch<DemoReceipts>(`/api/v1/channels/${channelId}/demo-receipts`, { signal }),
    refetchInterval: 3_000,
  });
}

export function useIncidentContacts(incidentId: string) {
  return useQuery({
    queryKey: notifyKeys.contacts(incidentId),
    queryFn: ({ signal }) => apiFetch<{ severityKey: string; contacts: ContactItem[] }>(`/api/v1/contacts?incidentId=${incidentId}`, { signal }),
  });
}

export function useContactMethods(initialData: MethodItem[]) {
  return useQuery({
    queryKey: notifyKeys.methods(),
    queryFn: async ({ signal }) => (await apiFetch<{ methods: MethodItem[] }>("/api/v1/contacts/methods", { signal })).methods,
    initialData,
  });
}

// A change to one's contact methods, then a refetch of the list.
export function useMethodMutation<TInput>(request: (input: TInput) => { path: string; method: string; body?: unknown }) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: TInput) => {
      const { path, method, body } = request(input);
      return apiFetch<unknown>(`/api/v1/contacts/methods${path}`, { method, body });
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: notifyKeys.methods() }),
  });
}
