import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify';
import { isGuard, requireStaff } from '../plugins/auth.ts';
import { adminAuditExportRoutes, adminAuditRoutes } from './admin-audit.routes.ts';
import { adminCommissionRoutes } from './admin-commission.routes.ts';
import { adminHoldRoutes } from './admin-holds.routes.ts';
import { adminKycRoutes } from './admin-kyc.routes.ts';
import { adminPayoutRoutes } from './admin-payouts.routes.ts';
import { adminSettlementRoutes } from './admin-settlements.routes.ts';
import { adminTripRoutes } from './admin-trips.routes.ts';
import { adminWeeklyRunRoutes } from './admin-weekly-runs.routes.ts';
import { adminWalletAdjustmentRoutes } from './admin-wallet-adjustments.routes.ts';
import { adminWalletRoutes } from './admin-wallets.routes.ts';
import { apiDocsRoutes } from './api-docs.routes.ts';
import { authRoutes } from './auth.routes.ts';
import { foodRoutes } from './food.routes.ts';
import { healthRoutes } from './health.routes.ts';
import { identityRoutes } from './identity.routes.ts';
import { logoutRoutes } from './logout.routes.ts';
import { meRoutes } from './me.routes.ts';
import { notificationRoutes } from './notifications.routes.ts';
import { payoutWebhookRoutes } from './payout-webhook.routes.ts';
import { payoutRoutes } from './payout.routes.ts';
import type { RouteDeps } from './route-deps.ts';
import { sessionRoutes } from './session.routes.ts';
import { tripRoutes } from './trip.routes.ts';
import { walletRoutes } from './wallet.routes.ts';

type Routes = FastifyPluginAsyncTypebox<RouteDeps>;

/**
 * Who may reach a subtree, checked before any route's own preHandlers (role, permission,
 * idempotency, a per-user rate limit), so a new route in a subtree cannot forget it:
 * - open: no credentials (probes, docs, signing up and in, the browser session, signed provider callbacks);
 * - signedIn: a valid access token (`app.auth`), or the weekly jobs' credential on routes with `config.systemJob`;
 * - staff: signed in as platform staff (admins; the weekly jobs where `config.systemJob` lets them in);
 *   each route still names the permission it needs.
 */
type Access = 'open' | 'signedIn' | 'staff';

/**
 * Every route module with its access, in one list. In the order the OpenAPI document lists their paths:
 * the document follows registration order, and scripts/gen-api-client --check holds it unchanged (the
 * reason this list is explicit rather than @fastify/autoload's, which registers files alphabetically).
 */
const ROUTES: ReadonlyArray<readonly [Access, Routes]> = [
  ['open', healthRoutes],
  ['open', apiDocsRoutes],
  ['open', authRoutes],
  ['signedIn', logoutRoutes],
  ['signedIn', meRoutes],
  ['open', sessionRoutes],
  ['signedIn', identityRoutes],
  ['signedIn', walletRoutes],
  ['staff', adminWalletRoutes],
  ['staff', adminWalletAdjustmentRoutes],
  ['staff', adminKycRoutes],
  ['signedIn', tripRoutes],
  ['signedIn', foodRoutes],
  ['staff', adminCommissionRoutes],
  ['staff', adminSettlementRoutes],
  ['staff', adminWeeklyRunRoutes],
  ['staff', adminHoldRoutes],
  ['staff', adminTripRoutes],
  ['signedIn', payoutRoutes],
  ['staff', adminPayoutRoutes],
  ['open', payoutWebhookRoutes],
  ['staff', adminAuditRoutes],
  ['staff', adminAuditExportRoutes],
  ['signedIn', notificationRoutes],
];

/**
 * Registers each route module in its own context, under the hooks its access needs. They run before
 * the input is validated: who may not call a route learns that (401, 403), not its input's shape.
 * So do each route's own role and permission checks (guards in its preHandler list, moved ahead
 * of validation here, after the subtree's), so a new route cannot put them after it by mistake.
 */
export const routes: Routes = async (app, deps) => {
  const signIn = async function signIn(request: FastifyRequest, reply: FastifyReply) {
    await (request.routeOptions.config.systemJob ? app.authJob : app.auth).call(app, request, reply);
  };
  for (const [access, module] of ROUTES) {
    await app.register(async (subtree, options: RouteDeps) => {
      if (access !== 'open') subtree.addHook('preValidation', signIn);
      if (access === 'staff') subtree.addHook('preValidation', requireStaff);
      subtree.addHook('onRoute', guardsBeforeValidation);
      if (access !== 'open') subtree.addHook('onRoute', noQueryUnlessDeclared);
      await subtree.register(module, options);
    }, deps);
  }
};

/**
 * A signed-in route that declares no query parameters refuses any (400 VALIDATION_FAILED naming it),
 * as the routes that declare theirs refuse unknown ones: a misspelt filter is an error, never ignored.
 */
function noQueryUnlessDeclared(route: RouteOptions): void {
  if (!route.schema || route.schema.querystring) return;
  route.schema = { ...route.schema, querystring: NO_QUERY };
}
const NO_QUERY = Type.Object({}, { additionalProperties: false });

const listOf = <T>(hooks: T | T[] | undefined): T[] => (hooks === undefined ? [] : Array.isArray(hooks) ? hooks : [hooks]);

/** Moves a route's guards (isGuard) from its preHandler hooks to the end of its preValidation hooks, in their order. */
function guardsBeforeValidation(route: RouteOptions): void {
  const handlers = listOf(route.preHandler);
  const guards = handlers.filter(isGuard);
  if (!guards.length) return;
  route.preHandler = handlers.filter((h) => !isGuard(h));
  route.preValidation = [...listOf(route.preValidation), ...guards] as RouteOptions['preValidation'];
}
