import { createServer, type Socket, connect } from "node:net";

// A TCP proxy in front of a real server that a test can cut at any moment,
// to play "storage unreachable mid-upload" without mocking the client.
export async function startCuttableProxy(targetPort: number) {
  const sockets = new Set<Socket>();
  const server = createServer((client) => {
    const upstream = connect(targetPort, "127.0.0.1");
    for (const socket of [client, upstream]) {
      sockets.add(socket);
      socket.on("close", () => sockets.delete(socket));
      socket.on("error", () => socket.destroy());
    }
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("proxy has no port");
  return {
    port: address.port,
    cut() {
      server.close();
      for (const socket of sockets) socket.destroy();
    },
  };
}
