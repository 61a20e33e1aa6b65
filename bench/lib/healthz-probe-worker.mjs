// Worker thread of healthz-probe.ts: GET /healthz every `intervalMs` on one keep-alive connection, one
// request at a time, until told to stop; then posts back every latency (ms) and the failure count.
import http from 'node:http';
import { parentPort, workerData } from 'node:worker_threads';

const { url, intervalMs } = workerData;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const latencies = [];
let failures = 0;
let stopping = false;
parentPort.on('message', () => {
  stopping = true;
});

function probe() {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.get(`${url}/healthz`, { agent, timeout: 10_000 }, (res) => {
      res.resume();
      res.on('end', () => {
        if (res.statusCode === 200) latencies.push(performance.now() - started);
        else failures += 1;
        resolve();
      });
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => {
      failures += 1;
      resolve();
    });
  });
}

// The first request opens the connection; it is not a sample.
await probe();
latencies.length = 0;
failures = 0;
const start = performance.now();
for (let i = 0; !stopping; i++) {
  await probe();
  const wait = start + (i + 1) * intervalMs - performance.now();
  if (wait > 0) await new Promise((r) => setTimeout(r, wait));
}
agent.destroy();
parentPort.postMessage({ latencies, failures });
