import { createApiClient } from '@ziba/api-client';

/**
 * The typed client of the gateway this page was served by. The session is an httpOnly cookie the
 * gateway sets at sign-in: no token is ever in JavaScript's reach, the browser sends it on its own.
 */
export const api = createApiClient({ baseUrl: window.location.origin, credentials: 'same-origin' });
