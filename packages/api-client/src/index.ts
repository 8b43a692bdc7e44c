import createClient, { type ClientOptions, type Middleware } from 'openapi-fetch';
import type { components, operations, paths } from './schema.ts';

// The typed client of the gateway's REST API. schema.ts is generated from the gateway's OpenAPI
// document by scripts/gen-api-client (checked fresh in scripts/test), so a route that changes shape
// breaks the build of every caller here rather than a user's screen.

export type { components, operations, paths };
/** The API's named shapes: Schemas['Wallet'], Schemas['Payout'], Schemas['Problem'], ... */
export type Schemas = components['schemas'];
export type Problem = Schemas['Problem'];
export type ApiClient = ReturnType<typeof createApiClient>;

export interface ApiClientOptions extends ClientOptions {
  /** Sent as `Authorization: Bearer <token>`; a function is read on every request (a token that refreshes). */
  token?: string | (() => string | undefined);
}

/** A client for the gateway at `baseUrl` (its origin, e.g. http://localhost:8080); requests name paths like '/api/wallet'. */
export function createApiClient({ token, ...options }: ApiClientOptions = {}) {
  const client = createClient<paths>(options);
  if (token !== undefined) {
    const bearer: Middleware = {
      onRequest({ request }) {
        const value = typeof token === 'function' ? token() : token;
        if (value) request.headers.set('authorization', `Bearer ${value}`);
        return request;
      },
    };
    client.use(bearer);
  }
  return client;
}
