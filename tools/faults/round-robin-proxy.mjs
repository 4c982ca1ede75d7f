// A small load balancer on node:http: each request goes to the next replica in turn, whoever sends it, so one
// learner's consecutive requests land on different replicas. It names the replica in `x-faults-replica`.
import { Agent, createServer, request } from 'node:http';

export class RoundRobinProxy {
  /** @param {Array<{ name: string, port: number }>} replicas */
  constructor(replicas) {
    this.replicas = replicas;
    this.agent = new Agent({ keepAlive: true, maxSockets: 64 });
    this.next = 0;
    this.served = Object.fromEntries(replicas.map((replica) => [replica.name, 0]));
    this.failed = 0;
    this.server = createServer((incoming, outgoing) => this.forward(incoming, outgoing));
  }

  /** @returns {Promise<string>} the proxy's base URL */
  listen(port) {
    return new Promise((done) => this.server.listen(port, '127.0.0.1', () => done(`http://127.0.0.1:${this.server.address().port}`)));
  }

  forward(incoming, outgoing) {
    const replica = this.replicas[this.next++ % this.replicas.length];
    this.served[replica.name]++;
    const upstream = request(
      { host: '127.0.0.1', port: replica.port, method: incoming.method, path: incoming.url, headers: incoming.headers, agent: this.agent },
      (answer) => {
        outgoing.writeHead(answer.statusCode ?? 502, { ...answer.headers, 'x-faults-replica': replica.name });
        answer.pipe(outgoing);
      },
    );
    upstream.on('error', () => {
      this.failed++;
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain', 'x-faults-replica': replica.name });
      outgoing.end('bad gateway');
    });
    incoming.pipe(upstream);
  }

  close() {
    this.agent.destroy();
    return new Promise((done) => this.server.close(() => done()));
  }
}
