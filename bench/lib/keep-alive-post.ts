// A lean HTTP client for load generators. The benchmark client shares the
// machine's two cores with the server and PostgreSQL; `fetch` spends several
// times more CPU per request than node:http (WHATWG streams, Request and
// Response objects), and that would be measured as Cordon's cost. A real
// sender (falcosidekick, Alertmanager) runs elsewhere.
import http from "node:http";

export function keepAlivePoster(baseUrl: string, headers: Record<string, string>, sockets: number) {
  const url = new URL(baseUrl);
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  return function post(path: string, body: string): Promise<void> {
    return new Promise((resolve, reject) => {
      const request = http.request(
        { host: url.hostname, port: url.port, path, method: "POST", agent, headers: { ...headers, "content-length": Buffer.byteLength(body) } },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const status = response.statusCode ?? 0;
            if (status >= 200 && status < 300) resolve();
            else reject(new Error(`${path} answered ${status}: ${Buffer.concat(chunks).toString("utf8").slice(0, 300)}`));
          });
          response.on("error", reject);
        },
      );
      request.on("error", reject);
      request.end(body);
    });
  };
}
