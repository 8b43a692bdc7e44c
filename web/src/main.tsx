import '@mantine/core/styles.css';
import './focus.css';
import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { isPublicPath, signInFrom } from './access.ts';
import { queryClient } from './api/query-client.ts';
import { onSessionEnded } from './api/session-fetch.ts';
import { followSessionChanges } from './api/session-broadcast.ts';
import { reloadOnStaleBuild } from './reload-on-stale-build.ts';
import { router } from './router.tsx';
import { cssVariablesResolver, theme } from './theme.ts';

reloadOnStaleBuild();

// Signed out or expired: nothing of the last user stays on screen, and signing in again comes back here.
const toSignIn = () => {
  const { pathname, href } = router.latestLocation;
  if (isPublicPath(pathname)) return;
  queryClient.clear();
  void router.navigate(signInFrom(href));
};
onSessionEnded(toSignIn);

// Another tab signed out: this one goes to sign-in too, and back here after. Another tab signed in:
// this one starts over as whoever is signed in now, at their start page.
followSessionChanges((change) => (change === 'signed-out' ? toSignIn() : window.location.assign('/')));

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver}>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  </StrictMode>,
);
