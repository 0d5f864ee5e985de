// Latency statistics for benchmark loops: sequential requests, so the
// numbers are per-request latency rather than throughput under load.
export async function measure(times: number, run: () => Promise<void>): Promise<{ p50: number; p95: number; n: number }> {
  for (let i = 0; i < Math.min(10, times); i++) await run(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => Number(samples[Math.min(samples.length - 1, Math.floor(q * samples.length))]!.toFixed(2));
  return { p50: at(0.5), p95: at(0.95), n: times };
}

export async function expectOk(response: Response, what: string): Promise<void> {
  if (!response.ok) throw new Error(`${what} answered ${response.status}: ${(await response.text()).slice(0, 300)}`);
  await response.arrayBuffer();
}
