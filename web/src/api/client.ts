import { createApiClient } from '@ziba/api-client';
import { sessionFetch } from './session-fetch.ts';

/**
 * The typed client of the gateway this page was served by. The session is an httpOnly cookie the
 * gateway sets at sign-in: no token is ever in JavaScript's reach, the browser sends it on its own
 * (and sessionFetch renews it when it runs out).
 */
export const api = createApiClient({ baseUrl: window.location.origin, credentials: 'same-origin', fetch: sessionFetch });
