import { Navigate } from '@tanstack/react-router';

/** /admin opens on the work that waits: pending payouts. */
export function AdminHome() {
  return <Navigate to="/admin/payouts" />;
}
