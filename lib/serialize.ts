// What a server value looks like after JSON: dates become ISO strings,
// bigints strings. Pages hand client components the same shape the API
// returns, so one type serves both the first render and later refetches.
export type Serialized<T> = T extends Date
  ? string
  : T extends bigint
    ? string
    : T extends (infer U)[]
      ? Serialized<U>[]
      : T extends readonly (infer U)[]
        ? readonly Serialized<U>[]
        : T extends object
          ? { [K in keyof T]: Serialized<T[K]> }
          : T;

export function serialize<T>(value: T): Serialized<T> {
  return JSON.parse(JSON.stringify(value, (_key, v) => (typeof v === "bigint" ? v.toString() : v))) as Serialized<T>;
}
