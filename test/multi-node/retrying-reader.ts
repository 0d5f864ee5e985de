// A client that, like a load balancer, sends an idempotent GET to one node
// and, when that fails, to the other: it counts the answers it got, the
// turns on which neither node answered and the longest such run.
export type RetryingReader = {
  readonly answered: number;
  readonly failures: number;
  readonly longestOutageMs: number;
  stop(): Promise<void>;
};

export function startRetryingReader(bases: [string, string], get: (base: string) => Promise<Response>): RetryingReader {
  let stopped = false;
  const state = { answered: 0, failures: 0, longestOutageMs: 0 };
  const loop = (async () => {
    let failingSince: number | undefined;
    for (let turn = 0; !stopped; turn++) {
      const order = turn % 2 === 0 ? bases : ([bases[1], bases[0]] as const);
      let ok = false;
      for (const base of order) {
        try {
          const answer = await get(base);
          await answer.arrayBuffer();
          if (answer.ok) {
            ok = true;
            break;
          }
        } catch {
          // Refused: the node is restarting; try the other.
        }
      }
      if (ok) {
        state.answered += 1;
        if (failingSince !== undefined) state.longestOutageMs = Math.max(state.longestOutageMs, Date.now() - failingSince);
        failingSince = undefined;
      } else {
        state.failures += 1;
        failingSince ??= Date.now();
      }
    }
  })();
  return {
    get answered() {
      return state.answered;
    },
    get failures() {
      return state.failures;
    },
    get longestOutageMs() {
      return state.longestOutageMs;
    },
    stop: async () => {
      stopped = true;
      await loop;
    },
  };
}
