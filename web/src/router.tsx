import { createRootRoute, createRoute, createRouter, lazyRouteComponent, type RouteComponent } from '@tanstack/react-router';
import { forRoles } from './access.ts';
import { parseEarningsSearch } from './admin/earnings/earnings-search.ts';
import { parsePayoutSearch } from './admin/payouts/payout-search.ts';
import { parseSettlementSearch } from './admin/settlements/settlement-search.ts';
import { parseTripsSearch } from './admin/trips/trips-search.ts';
import { parseWalletSearch } from './admin/wallets/wallet-search.ts';
import { parseAuditSearch } from './admin/audit/audit-search.ts';
import { parsePricingSearch } from './admin/pricing/pricing-search.ts';
import { parseUserSearch } from './admin/users/user-search.ts';
import { parseKycSearch } from './admin/kyc/kyc-search.ts';
import { HomePage } from './pages/HomePage.tsx';
import { Layout } from './pages/Layout.tsx';
import { NotFoundPage } from './pages/NotFoundPage.tsx';
import { RegisterPage } from './pages/RegisterPage.tsx';
import { RiderWalletPage } from './pages/RiderWalletPage.tsx';
import { parseSignInSearch, SignInPage } from './pages/SignInPage.tsx';

const root = createRootRoute({ component: Layout });
const getParentRoute = () => root;

/**
 * A page loaded on demand: the admin console is its own chunks, so a driver's phone never downloads
 * it, and so are the pages no one needs to open the app (onboarding, notifications, trip history and receipts)
 * and the earners' wallet (a rider or a visitor never loads its forms). Typed as a plain component so the route tree's type does not depend on the page's own.
 */
const lazyPage = (load: () => Promise<unknown>, name: string): RouteComponent =>
  lazyRouteComponent(load as () => Promise<Record<string, RouteComponent>>, name);

/** Verification and notifications are for riders, drivers and restaurants; an admin has neither. */
const earners = forRoles('RIDER', 'DRIVER', 'RESTAURANT');

const admin = createRoute({
  getParentRoute,
  path: '/admin',
  beforeLoad: forRoles('ADMIN'),
  component: lazyPage(() => import('./admin/AdminLayout.tsx'), 'AdminLayout'),
});
const inAdmin = () => admin;

const routeTree = root.addChildren([
  createRoute({ getParentRoute, path: '/', component: HomePage }),
  createRoute({ getParentRoute, path: '/sign-in', validateSearch: parseSignInSearch, component: SignInPage }),
  createRoute({ getParentRoute, path: '/register', component: RegisterPage }),
  createRoute({ getParentRoute, path: '/onboarding', beforeLoad: earners, component: lazyPage(() => import('./pages/OnboardingPage.tsx'), 'OnboardingPage') }),
  createRoute({ getParentRoute, path: '/wallet', beforeLoad: forRoles('RIDER'), component: RiderWalletPage }),
  createRoute({
    getParentRoute,
    path: '/notifications',
    beforeLoad: earners,
    component: lazyPage(() => import('./pages/NotificationsPage.tsx'), 'NotificationsPage'),
  }),
  createRoute({
    getParentRoute,
    path: '/trips',
    beforeLoad: forRoles('RIDER', 'DRIVER'),
    component: lazyPage(() => import('./pages/trips/TripHistoryPage.tsx'), 'TripsPage'),
  }),
  createRoute({
    getParentRoute,
    path: '/orders',
    beforeLoad: forRoles('RESTAURANT'),
    component: lazyPage(() => import('./pages/trips/TripHistoryPage.tsx'), 'OrdersPage'),
  }),
  createRoute({
    getParentRoute,
    path: '/menu',
    beforeLoad: forRoles('RESTAURANT'),
    component: lazyPage(() => import('./pages/menu/MenuPage.tsx'), 'MenuPage'),
  }),
  // A receipt for anyone on the trip; the server answers 404 for a trip that is not theirs.
  createRoute({
    getParentRoute,
    path: '/trips/$tripId',
    beforeLoad: earners,
    component: lazyPage(() => import('./pages/trips/TripReceiptPage.tsx'), 'TripReceiptPage'),
  }),
  createRoute({
    getParentRoute,
    path: '/driver',
    beforeLoad: forRoles('DRIVER'),
    component: lazyPage(() => import('./pages/EarnerWalletPage.tsx'), 'DriverWalletPage'),
  }),
  createRoute({
    getParentRoute,
    path: '/restaurant',
    beforeLoad: forRoles('RESTAURANT'),
    component: lazyPage(() => import('./pages/EarnerWalletPage.tsx'), 'RestaurantWalletPage'),
  }),
  admin.addChildren([
    createRoute({ getParentRoute: inAdmin, path: '/', component: lazyPage(() => import('./admin/AdminHome.tsx'), 'AdminHome') }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/payouts',
      validateSearch: parsePayoutSearch,
      component: lazyPage(() => import('./admin/payouts/PayoutsPage.tsx'), 'PayoutsPage'),
    }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/payouts/$payoutId',
      component: lazyPage(() => import('./admin/payouts/PayoutDetailPage.tsx'), 'PayoutDetailPage'),
    }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/payout-methods',
      component: lazyPage(() => import('./admin/payouts/PayoutMethodsPage.tsx'), 'PayoutMethodsPage'),
    }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/wallets',
      validateSearch: parseWalletSearch,
      component: lazyPage(() => import('./admin/wallets/WalletsPage.tsx'), 'WalletsPage'),
    }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/wallets/$walletId',
      component: lazyPage(() => import('./admin/wallets/WalletLedgerPage.tsx'), 'WalletLedgerPage'),
    }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/settlements',
      validateSearch: parseSettlementSearch,
      component: lazyPage(() => import('./admin/settlements/SettlementsPage.tsx'), 'SettlementsPage'),
    }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/trips',
      validateSearch: parseTripsSearch,
      component: lazyPage(() => import('./admin/trips/TripsUnderWayPage.tsx'), 'TripsUnderWayPage'),
    }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/earnings',
      validateSearch: parseEarningsSearch,
      component: lazyPage(() => import('./admin/earnings/EarningsPage.tsx'), 'EarningsPage'),
    }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/kyc',
      validateSearch: parseKycSearch,
      component: lazyPage(() => import('./admin/kyc/KycQueuePage.tsx'), 'KycQueuePage'),
    }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/users',
      validateSearch: parseUserSearch,
      component: lazyPage(() => import('./admin/users/UsersPage.tsx'), 'UsersPage'),
    }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/pricing',
      validateSearch: parsePricingSearch,
      component: lazyPage(() => import('./admin/pricing/PricingPage.tsx'), 'PricingPage'),
    }),
    createRoute({ getParentRoute: inAdmin, path: '/weekly-runs', component: lazyPage(() => import('./admin/runs/WeeklyRunsPage.tsx'), 'WeeklyRunsPage') }),
    createRoute({
      getParentRoute: inAdmin,
      path: '/audit',
      validateSearch: parseAuditSearch,
      component: lazyPage(() => import('./admin/audit/AuditPage.tsx'), 'AuditPage'),
    }),
  ]),
]);

export const router = createRouter({ routeTree, defaultNotFoundComponent: NotFoundPage });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
