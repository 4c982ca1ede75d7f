// Polls /health every 100 ms and keeps what it saw, so the report can say when the API noticed an outage and
// when it answered 200 again.
import { sleep } from './exam-learner.mjs';

export class HealthProbe {
  constructor(url) {
    this.url = url;
    /** @type {Array<{ at: number, status: number | 'NETWORK' }>} */
    this.samples = [];
    this.running = false;
  }

  start() {
    this.running = true;
    this.loop = (async () => {
      while (this.running) {
        const at = performance.now();
        try {
          const response = await fetch(`${this.url}/health`, { signal: AbortSignal.timeout(5000) });
          await response.arrayBuffer();
          this.samples.push({ at, status: response.status });
        } catch {
          this.samples.push({ at, status: 'NETWORK' });
        }
        await sleep(100);
      }
    })();
  }

  async stop() {
    this.running = false;
    await this.loop;
  }

  statuses(from, to) {
    const counts = {};
    for (const sample of this.samples) if (sample.at >= from && sample.at < to) counts[sample.status] = (counts[sample.status] ?? 0) + 1;
    return counts;
  }

  firstHealthyAfter(moment) {
    return this.samples.find((sample) => sample.at >= moment && sample.status === 200)?.at ?? null;
  }
}
