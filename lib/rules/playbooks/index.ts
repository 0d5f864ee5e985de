export * from "./actions";
export * from "./schema";
export * from "./validate";
export * from "./merge";
export * from "./triage";
export * from "./diff";
export * from "./document";
export { DEFAULT_PLAYBOOKS } from "./default-playbooks";
