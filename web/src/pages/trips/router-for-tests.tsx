import { createMemoryHistory, createRootRoute, createRoute, createRouter, RouterProvider } from '@tanstack/react-router';
import { renderInApp } from '../../test-render.tsx';
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
  const router = createRouter({ routeTree, history: createMemoryHistory({ initialEntries: [path] }) });
  renderInApp(<RouterProvider router={router} />);
  return router;
}
