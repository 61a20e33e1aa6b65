// Probes GET /healthz at a fixed interval from a worker thread, so the load client's own event loop (busy
// with thousands of streams) does not add to the latency measured. One keep-alive connection, one request
// in flight at a time, like a load balancer's health check. The worker is plain JavaScript
// (healthz-probe-worker.mjs): worker threads do not inherit tsx.
import { Worker } from 'node:worker_threads';

export interface ProbeResult {
  /** Latency of each answered probe, ms. */
  latencies: number[];
  failures: number;
}

export interface Probe {
  stop(): Promise<ProbeResult>;
}

export function startProbe(url: string, intervalMs: number): Probe {
  const worker = new Worker(new URL('./healthz-probe-worker.mjs', import.meta.url), {
    workerData: { url, intervalMs },
  });
  const result = new Promise<ProbeResult>((resolve, reject) => {
    worker.once('message', (msg: ProbeResult) => resolve(msg));
    worker.once('error', reject);
  });
  return {
    async stop() {
      worker.postMessage('stop');
      const r = await result;
      await worker.terminate();
      return r;
    },
  };
}
