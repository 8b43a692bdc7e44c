import { NavLink, Stack, Group } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { meQuery } from '../api/queries.ts';
import { QueryState } from '../components/QueryState.tsx';
import { NoAccess } from './NoAccess.tsx';
import { allowedSections, mayUse, sectionOf } from './sections.ts';
import { useIdleSignOut } from './use-idle-sign-out.ts';

/**
 * The admin console's frame: the sections the admin's permissions allow across the top (wrapping onto
 * more lines on a phone, every one in sight), the page below. A section they may not use is not
 * listed, and opening one by its address says so in words instead of showing the server's refusal.
 */
export function AdminLayout() {
  useIdleSignOut();
  const me = useQuery(meQuery);
  const path = useRouterState({ select: (s) => s.location.pathname });
  return (
    <QueryState query={me}>
      {({ permissions }) => {
        const sections = allowedSections(permissions);
        const current = sectionOf(path);
        return (
          <Stack>
            {sections.length > 0 && (
              <Group gap={4} wrap="wrap" component="nav" aria-label="Admin sections">
                {sections.map((s) => (
                  <NavLink
                    key={s.to}
                    component={Link}
                    to={s.to}
                    label={s.label}
                    active={s === current}
                    w="auto"
                    py={6}
                    style={{ borderRadius: 6, whiteSpace: 'nowrap' }}
                  />
                ))}
              </Group>
            )}
            {current && !mayUse(current, permissions) ? <NoAccess section={current} first={sections[0]} /> : <Outlet />}
          </Stack>
        );
      }}
    </QueryState>
  );
}
