export const ALERT_ROUTE_SELECT = {
  id: true,
  position: true,
  name: true,
  enabled: true,
  match: true,
  decision: true,
  severity: true,
  category: true,
  titleTemplate: true,
  leadId: true,
  updatedAt: true,
} as const;
