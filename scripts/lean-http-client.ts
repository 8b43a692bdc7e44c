// An HTTP/1.1 caller for load generation: node:http on keep-alive sockets, one per concurrent
// client. fetch (undici) costs about 0.3 to 0.4 ms of CPU a request on this machine (streams,
// Headers objects, the body mixins), node:http about 0.13 ms. A benchmark's load generator shares the
// two cores with what it measures, so it must be as lean as it can be (issue 18). Not for
// services or tests: no retries, no timeouts, no redirects.
import http from 'node:http';

export interface LeanResponse {
  status: number;
  body: string;
}

export class LeanHttpClient {
  private readonly agent: http.Agent;
  private readonly base: URL;

  constructor(baseUrl: string, sockets: number) {
    this.base = new URL(baseUrl);
    this.agent = new http.Agent({ keepAlive: true, maxSockets: sockets });
  }

  request(method: string, path: string, headers: Record<string, string>, body = ''): Promise<LeanResponse> {
    return new Promise((resolve, reject) => {
      const req = http.request(
        {
          host: this.base.hostname,
          port: this.base.port,
          method,
          path,
          agent: this.agent,
          headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
