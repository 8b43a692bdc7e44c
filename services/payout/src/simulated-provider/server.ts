import { signWebhook } from '../domain/webhook-signature.ts';
import { createServer, type Server } from 'node:http';

type Mode = 'succeed' | 'fail' | 'timeout' | 'twice' | 'silent' | 'pending';
interface Transfer {
  reference: string;
  status: 'PROCESSING' | 'PAID' | 'FAILED';
}

/**
 * A stand-in payout provider for development and tests, run as its own process. It accepts
 * transfers, and later calls back a signed webhook. POST /behaviour {mode} decides what the next
 * transfers do: succeed, fail, time out (answer too late, pay anyway), twice (call back twice), or
 * silent (pay without calling back; only a status query tells), or pending (never settle: a status
 * query says PROCESSING, as a bank's slow transfer would). POST /accounts/resolve answers a name
 * enquiry (a number ending in 0000 belongs to somebody else). It never logs an account number.
 */
export function startSimulatedProvider(o: { port: number; webhookUrl: string; secret: string; delayMs?: number }): Promise<Server> {
  const transfers = new Map<string, Transfer>();
  let mode: Mode = 'succeed';
  const delay = o.delayMs ?? 100;

  const callBack = async (t: Transfer) => {
    const body = JSON.stringify({
      eventId: `sim-${t.reference}-${t.status}`,
      reference: t.reference,
      status: t.status,
      externalReference: `SIM-${t.reference.slice(0, 8)}`,
      ...(t.status === 'FAILED' ? { failureReason: 'simulated failure' } : {}),
    });
    const ts = String(Math.floor(Date.now() / 1000));
    await fetch(o.webhookUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-ziba-timestamp': ts, 'x-ziba-signature': signWebhook(o.secret, ts, body) },
      body,
    }).catch(() => undefined);
  };

  const server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c: Buffer) => (raw += c.toString()));
    req.on('end', () => {
      const send = (status: number, body: unknown) => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
      const url = req.url ?? '';
      if (req.method === 'POST' && url === '/behaviour') {
        mode = (JSON.parse(raw || '{}') as { mode?: Mode }).mode ?? 'succeed';
        return send(200, { mode });
      }
      // Name enquiry, deterministic: an account number ending in 0000 belongs to somebody else.
      if (req.method === 'POST' && url === '/accounts/resolve') {
        const { accountNumber, claimedName } = JSON.parse(raw || '{}') as { accountNumber?: string; claimedName?: string };
        return send(200, { accountName: String(accountNumber ?? '').endsWith('0000') ? 'ADEBAYO JOHNSON' : (claimedName ?? '') });
      }
      if (req.method === 'GET' && url.startsWith('/transfers/')) {
        const t = transfers.get(url.slice('/transfers/'.length));
        return t ? send(200, t) : send(404, { error: 'unknown transfer' });
      }
      if (req.method === 'POST' && url === '/transfers') {
        const { reference } = JSON.parse(raw || '{}') as { reference?: string };
        if (!reference) return send(400, { error: 'reference is required' });
        const existing = transfers.get(reference);
        if (existing) return send(200, existing); // the same reference is the same transfer
        const t: Transfer = { reference, status: 'PROCESSING' };
        transfers.set(reference, t);
        const current = mode;
        if (current === 'pending') return send(202, t);
        setTimeout(() => {
          t.status = current === 'fail' ? 'FAILED' : 'PAID';
          if (current === 'silent' || current === 'timeout') return;
          void callBack(t).then(() => (current === 'twice' ? callBack(t) : undefined));
        }, delay);
        if (current === 'timeout') return void setTimeout(() => send(202, t), 30_000);
        return send(202, t);
      }
      send(404, { error: 'not found' });
    });
  });
  return new Promise((resolve) => server.listen(o.port, '127.0.0.1', () => resolve(server)));
}
