import { isUuid } from '@ziba/service-kit';
import type { FastifyRequest } from 'fastify';
import type { ServiceClients } from '../clients/service-clients.ts';
import { callOptions } from '../plugins/auth.ts';

/** What identity answers in one lookup (GetUsers, GetLegalNames). */
const LOOKUP_SIZE = 200;

/** What a lookup found for an id: null for an id that names no user, or when identity could not answer. */
export type Lookup = (id: string) => string | null;

/**
 * Asks identity about the users these ids name, LOOKUP_SIZE at a time. What it finds only decorates
 * a page whose records come from another service: if identity cannot answer, the page is still
 * served without it, and the failure is logged.
 */
async function lookUp(
  request: FastifyRequest,
  ids: Iterable<string>,
  what: string,
  ask: (userIds: string[]) => Promise<Array<readonly [string, string]>>,
): Promise<Lookup> {
  const wanted = [...new Set([...ids].filter(isUuid))];
  const asks = [];
  for (let i = 0; i < wanted.length; i += LOOKUP_SIZE) asks.push(ask(wanted.slice(i, i + LOOKUP_SIZE)));
  try {
    const found = new Map((await Promise.all(asks)).flat());
    return (id) => found.get(id) ?? null;
  } catch (err) {
    request.log.warn({ err: (err as Error).message }, `${what} unavailable; the page shows none`);
    return () => null;
  }
}

/**
 * The emails for a person at a screen: an admin's request. A system job's (the weekly runs' CronJob)
 * gets none, so its answers, which it logs, name no one.
 */
export const emailsForAdmin = (clients: ServiceClients, request: FastifyRequest, ids: Iterable<string>): Promise<Lookup> =>
  request.principal?.role === 'ADMIN' ? emailsOf(clients, request, ids) : Promise.resolve(() => null);

/**
 * The emails of the users these ids name, so an admin screen shows who owns a wallet or who acted,
 * not an id. Ids that name no user (the platform's wallet owner, a service) get none.
 */
export const emailsOf = (clients: ServiceClients, request: FastifyRequest, ids: Iterable<string>): Promise<Lookup> =>
  lookUp(request, ids, 'user emails', async (userIds) =>
    (await clients.identity.call('GetUsers', { userIds }, callOptions(request))).users.map((u) => [u.id, u.email] as const),
  );

/**
 * The legal names (from their identity profiles) of these users, for the admin who checks a payout
 * account's holder name against its earner's.
 */
export const legalNamesOf = (clients: ServiceClients, request: FastifyRequest, ids: Iterable<string>): Promise<Lookup> =>
  lookUp(request, ids, 'legal names', async (userIds) =>
    (await clients.identity.call('GetLegalNames', { userIds }, callOptions(request))).names.map((n) => [n.userId, n.legalName] as const),
  );

/** The trips of an admin's list, each with the emails of its rider, driver and restaurant (null for none). */
export async function withPeopleEmails<T extends { riderId: string; driverId: string | null; restaurantId: string | null }>(
  clients: ServiceClients,
  request: FastifyRequest,
  page: { trips: T[]; page: { nextCursor: string | null } },
) {
  const emailOf = await emailsForAdmin(
    clients,
    request,
    page.trips.flatMap((t) => [t.riderId, t.driverId ?? '', t.restaurantId ?? '']),
  );
  const orNone = (id: string | null) => (id ? emailOf(id) : null);
  return {
    ...page,
    trips: page.trips.map((t) => ({ ...t, riderEmail: emailOf(t.riderId), driverEmail: orNone(t.driverId), restaurantEmail: orNone(t.restaurantId) })),
  };
}
