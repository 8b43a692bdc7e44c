// A unary gRPC caller for load generation: the gRPC wire format written straight onto one HTTP/2
// session, with the service's own protobuf (de)serialisers. grpc-js's client costs about 0.2 ms of
// CPU a call (channels, filters, interceptors, deadline timers), a fifth of what a ledger entry costs
// the whole machine; a benchmark's load generator shares the cores with what it measures, so it must
// be as lean as pgbench's C client is. Not for services: no retries, no deadlines, no load balancing.
import type { ServiceDefinition } from '@grpc/grpc-js';
import http2 from 'node:http2';

export class LeanGrpcClient {
  private session: http2.ClientHttp2Session | null = null;
  private readonly address: string;
  private readonly service: ServiceDefinition;
  private readonly token: string;

  constructor(address: string, service: ServiceDefinition, token: string) {
    this.address = address;
    this.service = service;
    this.token = token;
  }

  /** The one session, opened on the first call (and again if the server closed it). */
  private open(): http2.ClientHttp2Session {
    if (!this.session || this.session.closed || this.session.destroyed) {
      this.session = http2.connect(`http://${this.address}`);
      this.session.on('error', () => undefined); // each call reports its own failure
    }
    return this.session;
  }

  call(method: string, request: unknown): Promise<unknown> {
    const def = this.service[method];
    if (!def) return Promise.reject(new Error(`no method ${method}`));
    const message = def.requestSerialize(request);
    // A gRPC message: one byte "not compressed", four bytes of length, the protobuf.
    const frame = Buffer.allocUnsafe(5 + message.length);
    frame[0] = 0;
    frame.writeUInt32BE(message.length, 1);
    message.copy(frame, 5);
    return new Promise((resolve, reject) => {
      const stream = this.open().request({
        ':method': 'POST',
        ':path': def.path,
        'content-type': 'application/grpc',
        te: 'trailers',
        authorization: `Bearer ${this.token}`,
      });
      const chunks: Buffer[] = [];
      let status: string | undefined;
      let detail: string | undefined;
      // A failure can come as headers alone ("trailers-only") or as trailers after the message.
      const read = (h: http2.IncomingHttpHeaders) => {
        status ??= h['grpc-status'] as string | undefined;
        detail ??= h['grpc-message'] as string | undefined;
      };
      stream.on('response', read);
      stream.on('trailers', read);
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', reject);
      stream.on('close', () => {
        if (status !== '0') return reject(new Error(`${method}: gRPC status ${status ?? 'missing'} ${decodeURIComponent(detail ?? '')}`));
        const body = Buffer.concat(chunks);
        resolve(def.responseDeserialize(body.subarray(5, 5 + body.readUInt32BE(1))));
      });
      stream.end(frame);
    });
  }

  close(): void {
    this.session?.close();
  }
}
