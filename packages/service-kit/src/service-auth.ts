import { hash, timingSafeEqual } from 'node:crypto';

/**
 * Service-to-service credentials: each caller presents `Bearer <secret>`; a callee accepts the
 * callers listed in its SERVICE_TOKENS ("gateway=secret,payout=secret"). Secrets come from the
 * environment (Kubernetes Secrets), never the repo.
 */
export function parseServiceTokens(spec: string): Map<string, Buffer> {
  const tokens = new Map<string, Buffer>();
  for (const pair of spec
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new Error('SERVICE_TOKENS must be name=secret pairs');
    const secret = pair.slice(at + 1);
    if (secret.length < 16) throw new Error(`service token for ${pair.slice(0, at)} is shorter than 16 characters`);
    tokens.set(pair.slice(0, at), digest(secret));
  }
  return tokens;
}

/** Returns the caller's name when the presented secret matches one of the accepted callers. */
export function authenticateCaller(tokens: Map<string, Buffer>, presented: string | undefined): string | null {
  if (!presented) return null;
  const candidate = digest(presented);
  let match: string | null = null;
  for (const [name, expected] of tokens) if (timingSafeEqual(expected, candidate)) match = name;
  return match;
}

// The one-shot hash: made on every call, and a Hash object's setup cost more than the hashing.
const digest = (s: string): Buffer => hash('sha256', s, 'buffer');
