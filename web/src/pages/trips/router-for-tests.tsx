import { createRootRoute, createRoute } from '@tanstack/react-router';
import { renderRoutesAt } from '../../test-render.tsx';
import { OrdersPage, TripsPage } from './TripHistoryPage.tsx';
import { TripReceiptPage } from './TripReceiptPage.tsx';

/** The trip pages as router.tsx routes them (without the role checks, which access.test covers), opened at `path`. */
export function openAt(path: string) {
  const root = createRootRoute();
  const routeTree = root.addChildren([
    createRoute({ getParentRoute: () => root, path: '/trips', component: TripsPage }),
    createRoute({ getParentRoute: () => root, path: '/orders', component: OrdersPage }),
    createRoute({ getParentRoute: () => root, path: '/trips/$tripId', component: TripReceiptPage }),
  ]);
  return renderRoutesAt(routeTree, path);
}
