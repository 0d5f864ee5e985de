// The address a server listening on host:port is reached at from this
// machine: the default for links in messages when CORDON_PUBLIC_URL is not
// set. A wildcard address (0.0.0.0, ::) is not something to put in a link;
// 127.0.0.1 is, at least for whoever sits at this machine. Pure.

const WILDCARD = new Set(["0.0.0.0", "::", "[::]", ""]);

export function servedUrl(host: string, port: number): string {
  const name = WILDCARD.has(host) ? "127.0.0.1" : host;
  const bracketed = name.includes(":") && !name.startsWith("[") ? `[${name}]` : name;
  return `http://${bracketed}:${port}`;
}

/** Whether people on other machines can follow a link to `servedUrl(host, …)`. */
export function isLocalOnly(host: string): boolean {
  return WILDCARD.has(host) || host === "localhost" || host === "::1" || host === "[::1]" || host.startsWith("127.");
}
