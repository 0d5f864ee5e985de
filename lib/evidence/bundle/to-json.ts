// Database rows carry BigInt columns (sizes, sequence numbers) that
// JSON.stringify refuses; they are written as decimal strings.
export function toPrettyJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, item: unknown) => (typeof item === "bigint" ? item.toString() : item), 2)}\n`;
}
