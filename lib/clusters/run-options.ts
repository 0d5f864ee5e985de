import type { RetryPolicy } from "@/lib/kubernetes/execute-step";
import type { StepRecord } from "./persist-step";

export interface RunOptions {
  /** Injected so tests never wait (eviction back-off, snapshot polling). */
  sleep?: (ms: number) => Promise<void>;
  clock?: () => Date;
  evictionRetry?: Partial<RetryPolicy>;
  /** Called after each step is stored; a throw stops the run there, as a crash would. */
  afterStepStored?: (record: StepRecord) => void | Promise<void>;
}

export const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
