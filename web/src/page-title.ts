/** The pages outside the admin console, by the start of their path, and what the browser's tab calls them. */
const TITLES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^\/sign-in/, 'Sign in'],
  [/^\/register/, 'Create an account'],
  [/^\/onboarding/, 'Verification'],
  [/^\/wallet/, 'My wallet'],
  [/^\/driver/, 'Driver wallet'],
  [/^\/restaurant/, 'Restaurant wallet'],
  [/^\/trips\/[^/]+/, 'Trip receipt'],
  [/^\/trips/, 'Trips'],
  [/^\/orders/, 'Orders'],
  [/^\/menu/, 'Menu'],
  [/^\/notifications/, 'Notifications'],
];

/**
 * The browser tab's title of a page (WCAG 2.4.2): what the page is, then the product, so a tab and a
 * history entry say which page they are. The admin console's sections name themselves (AdminLayout).
 */
export function pageTitle(pathname: string): string {
  const page = TITLES.find(([path]) => path.test(pathname))?.[1];
  return page ? `${page} · Ziba wallet` : 'Ziba wallet';
}

/** An admin console section's title. */
export const adminTitle = (section: string | undefined) => (section ? `${section} · Ziba admin` : 'Ziba admin');
