import { redirect, type ParsedLocation } from '@tanstack/react-router';
import type { Schemas } from '@ziba/api-client';
import { ApiProblem, meQuery } from './api/queries.ts';
import { queryClient } from './api/query-client.ts';

export type Role = Schemas['User']['role'];

/** Where each kind of account starts: the page a user lands on, and is sent back to from another role's page. */
export const START = { RIDER: '/wallet', DRIVER: '/driver', RESTAURANT: '/restaurant', ADMIN: '/admin' } as const satisfies Record<Role, string>;

/** Pages anyone may open; everything else needs a session. */
export const isPublicPath = (pathname: string) => /^\/(sign-in|register)\/?$/.test(pathname);

/**
 * A page on this site to return to after signing in, or undefined: only a path of its own (never
 * "//host" or "/\host", which a browser reads as another site) and never sign-in or register again.
 */
export function returnPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || !/^\/(?![/\\])/.test(next)) return undefined;
  return isPublicPath(new URL(next, 'http://x').pathname) ? undefined : next;
}

/** Sign-in, coming back to `href` afterwards. */
export const signInFrom = (href: string) => ({ to: '/sign-in', search: { next: returnPath(href) } }) as const;

/** Where a user with `role` (undefined: signed out) goes instead of a page for `roles`; undefined when they may stay. */
export function elsewhere(roles: readonly Role[], role: Role | undefined, href: string) {
  if (!role) return signInFrom(href);
  return roles.includes(role) ? undefined : ({ to: START[role] } as const);
}

/**
 * A route's beforeLoad for pages of `roles`: signed-out visitors go to sign-in, other roles to their
 * own start page, before the page (or its lazy chunk) loads. The server still checks every request.
 */
export const forRoles =
  (...roles: Role[]) =>
  async ({ location }: { location: ParsedLocation }) => {
    let role: Role | undefined;
    try {
      role = (await queryClient.ensureQueryData(meQuery)).role;
    } catch (error) {
      // Any other failure is the page's to show, as its own reads fail the same way.
      if (!(error instanceof ApiProblem && error.status === 401)) return;
    }
    const to = elsewhere(roles, role, location.href);
    if (to) throw redirect(to);
  };
