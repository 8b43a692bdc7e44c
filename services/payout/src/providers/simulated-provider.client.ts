import type { PayoutRow } from '../persistence/payout.repository.ts';
import type { PayoutProvider, ProviderOutcome } from './payout-provider.ts';

/**
 * The simulated provider's HTTP API (a separate process, simulated-provider/main.ts). Transfers are
 * keyed by the payout id, so a resubmission is the same transfer. A timeout or a 5xx is UNKNOWN,
 * never a failure: the reconciler asks again.
 */
export class SimulatedProviderClient implements PayoutProvider {
  readonly name = 'simulated';
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(baseUrl: string, timeoutMs = 5_000) {
    this.baseUrl = baseUrl.replace(/\/$/, '');
    this.timeoutMs = timeoutMs;
  }

  async submit(p: PayoutRow, account: { number: string; name: string; bankCode: string | null }): Promise<ProviderOutcome> {
    const body = {
      reference: p.id,
      amount: p.amount.toString(),
      currency: p.currency,
      accountNumber: account.number,
      accountName: account.name,
      bankCode: account.bankCode,
    };
    return this.request('POST', '/transfers', body);
  }

  async status(p: PayoutRow): Promise<ProviderOutcome> {
    return this.request('GET', `/transfers/${p.id}`);
  }

  async resolveAccountName(account: { number: string; bankCode: string | null; claimedName: string }): Promise<string | null> {
    try {
      const res = await fetch(`${this.baseUrl}/accounts/resolve`, {
        method: 'POST',
        signal: AbortSignal.timeout(this.timeoutMs),
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ accountNumber: account.number, bankCode: account.bankCode, claimedName: account.claimedName }),
      });
      return res.ok ? (((await res.json()) as { accountName?: string }).accountName ?? null) : null;
    } catch {
      return null;
    }
  }

  private async request(method: string, path: string, body?: unknown): Promise<ProviderOutcome> {
    try {
      const res = await fetch(`${this.baseUrl}${path}`, {
        method,
        signal: AbortSignal.timeout(this.timeoutMs),
        ...(body ? { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) } : {}),
      });
      // Only its own answer that it holds no such transfer; a 404 from a wrong address or a proxy says nothing.
      if (res.status === 404)
        return ((await res.json().catch(() => null)) as { error?: string } | null)?.error === 'unknown transfer' ? 'NOT_FOUND' : 'UNKNOWN';
      if (res.status >= 500) return 'UNKNOWN';
      if (res.status >= 400) return 'FAILED';
      const json = (await res.json()) as { status?: string };
      return json.status === 'PAID' || json.status === 'FAILED' || json.status === 'PROCESSING' ? json.status : 'ACCEPTED';
    } catch {
      return 'UNKNOWN';
    }
  }
}
