import { Button, Group, NavLink, Stack } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { adminTitle } from '../page-title.ts';
import { meQuery } from '../api/queries.ts';
import { QueryState } from '../components/QueryState.tsx';
import { NoAccess } from './NoAccess.tsx';
import { allowedSections, mayUse, sectionOf } from './sections.ts';
import { useIdleSignOut } from './use-idle-sign-out.ts';

/**
 * The admin console's frame: the sections the admin's permissions allow across the top, the page
 * below. On a phone the eleven sections would fill a third of the screen above every page, so they
 * fold behind one button that names the section open. A section they may not use is not listed, and
 * opening one by its address says so in words instead of showing the server's refusal.
 */
export function AdminLayout() {
  useIdleSignOut();
  const me = useQuery(meQuery);
  const path = useRouterState({ select: (s) => s.location.pathname });
  const phone = useMediaQuery('(max-width: 40em)', undefined, { getInitialValueInEffect: false });
  const [unfolded, setUnfolded] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  // A section chosen (or Escape) folds the list away: focus goes back to the button (it stays in place), never to the page's start.
  const chosen = () => {
    if (!phone) return;
    setUnfolded(false);
    toggle.current?.focus();
  };
  return (
    <QueryState query={me}>
      {({ permissions }) => {
        const sections = allowedSections(permissions);
        const current = sectionOf(path);
        return (
          <>
            <SectionTitle section={current && mayUse(current, permissions) ? current.label : undefined} />
            <Stack>
              {sections.length > 0 && phone && (
                <Button
                  ref={toggle}
                  onKeyDown={(e) => e.key === 'Escape' && chosen()}
                  variant="default"
                  justify="space-between"
                  aria-expanded={unfolded}
                  aria-controls="admin-sections"
                  onClick={() => setUnfolded((u) => !u)}
                >
                  {unfolded ? 'Hide sections' : `Sections: ${current && mayUse(current, permissions) ? current.label : 'choose one'}`}
                </Button>
              )}
              {sections.length > 0 && (!phone || unfolded) && (
                <Group
                  id="admin-sections"
                  gap={4}
                  wrap="wrap"
                  component="nav"
                  aria-label="Admin sections"
                  // Escape folds an unfolded list, as it closes any list a button opened.
                  onKeyDown={(e) => e.key === 'Escape' && chosen()}
                >
                  {sections.map((s) => (
                    <NavLink
                      key={s.to}
                      component={Link}
                      to={s.to}
                      label={s.label}
                      active={s === current}
                      onClick={chosen}
                      w="auto"
                      py={6}
                      style={{ borderRadius: 6, whiteSpace: 'nowrap' }}
                    />
                  ))}
                </Group>
              )}
              {current && !mayUse(current, permissions) ? <NoAccess section={current} first={sections[0]} /> : <Outlet />}
            </Stack>
          </>
        );
      }}
    </QueryState>
  );
}

/** The browser tab names the open section (WCAG 2.4.2). */
function SectionTitle({ section }: { section: string | undefined }) {
  useEffect(() => {
    document.title = adminTitle(section);
  }, [section]);
  return null;
}
