import { useQuery } from '@tanstack/react-query';
import { Navigate } from '@tanstack/react-router';
import { meQuery } from '../api/queries.ts';
import { QueryState } from '../components/QueryState.tsx';
import { NoPermissions } from './NoAccess.tsx';
import { allowedSections } from './sections.ts';

/** /admin opens on the first section the admin may use: for most, the work that waits (pending payouts). */
export function AdminHome() {
  const me = useQuery(meQuery);
  return (
    <QueryState query={me}>
      {({ permissions }) => {
        const first = allowedSections(permissions)[0];
        return first ? <Navigate to={first.to} replace /> : <NoPermissions />;
      }}
    </QueryState>
  );
}
