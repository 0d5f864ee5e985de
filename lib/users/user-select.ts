export const USER_LIST_SELECT = {
  id: true,
  email: true,
  name: true,
  role: true,
  timeZone: true,
  deactivatedAt: true,
  createdAt: true,
  source: true,
  roleManagedBy: true,
  breakGlass: true,
  lastSignInAt: true,
} as const;
