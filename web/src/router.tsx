import { createRootRoute, createRoute, createRouter } from '@tanstack/react-router';
import { EarnerWalletPage } from './pages/EarnerWalletPage.tsx';
import { HomePage } from './pages/HomePage.tsx';
import { Layout } from './pages/Layout.tsx';
import { OnboardingPage } from './pages/OnboardingPage.tsx';
import { RegisterPage } from './pages/RegisterPage.tsx';
import { RiderWalletPage } from './pages/RiderWalletPage.tsx';
import { SignInPage } from './pages/SignInPage.tsx';

const root = createRootRoute({ component: Layout });
const getParentRoute = () => root;

const routeTree = root.addChildren([
  createRoute({ getParentRoute, path: '/', component: HomePage }),
  createRoute({ getParentRoute, path: '/sign-in', component: SignInPage }),
  createRoute({ getParentRoute, path: '/register', component: RegisterPage }),
  createRoute({ getParentRoute, path: '/onboarding', component: OnboardingPage }),
  createRoute({ getParentRoute, path: '/wallet', component: RiderWalletPage }),
  createRoute({ getParentRoute, path: '/driver', component: () => <EarnerWalletPage earner="driver" /> }),
  createRoute({ getParentRoute, path: '/restaurant', component: () => <EarnerWalletPage earner="restaurant" /> }),
]);

export const router = createRouter({ routeTree });

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
