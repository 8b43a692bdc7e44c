import type { Permission } from './permissions.ts';

/** A section every admin holding a permission may use (one with none yet is told so, not shown a section). */
export const ANY_ADMIN = 'ANY_ADMIN';

/** One section of the admin console: where it is, its name, and the permissions (any one of them) its data needs. */
export interface AdminSection {
  to:
    | '/admin/payouts'
    | '/admin/payout-methods'
    | '/admin/wallets'
    | '/admin/settlements'
    | '/admin/trips'
    | '/admin/earnings'
    | '/admin/kyc'
    | '/admin/users'
    | '/admin/pricing'
    | '/admin/weekly-runs'
    | '/admin/audit';
  label: string;
  /** Any one of these lets the admin use the section (the permissions the gateway asks for the section's reads), or every admin. */
  needs: readonly [Permission, ...Permission[]] | typeof ANY_ADMIN;
}

/**
 * The console's sections in the order of the navigation. `needs` follows the gateway's routes
 * (services/gateway/src/routes/admin-*.routes.ts): payouts and payout accounts are read with
 * VIEW_PAYOUTS or MANAGE_PAYOUTS, wallets with VIEW_WALLETS (or ADJUST_WALLETS, to find the one to adjust), the trips waiting to be settled and the
 * stuck holds with VIEW_WALLETS or MANAGE_PAYOUTS, the trips under way by whoever may read a trip
 * (VIEW_PAYOUTS, MANAGE_PAYOUTS or VIEW_WALLETS), the earnings report with
 * VIEW_EARNINGS_REPORTS, the KYC queue with MANAGE_KYC, users are found by either user permission,
 * pricing is read with MANAGE_COMMISSION or VIEW_EARNINGS_REPORTS, the weekly runs are only actions
 * (MANAGE_PAYOUTS), and the audit trail is read with any of the three VIEW_ permissions (its chain check
 * by any admin).
 */
export const SECTIONS: readonly AdminSection[] = [
  { to: '/admin/payouts', label: 'Payouts', needs: ['VIEW_PAYOUTS', 'MANAGE_PAYOUTS'] },
  { to: '/admin/payout-methods', label: 'Payout accounts', needs: ['VIEW_PAYOUTS', 'MANAGE_PAYOUTS'] },
  { to: '/admin/wallets', label: 'Wallets', needs: ['VIEW_WALLETS', 'ADJUST_WALLETS'] },
  { to: '/admin/settlements', label: 'Settlements', needs: ['VIEW_WALLETS', 'MANAGE_PAYOUTS'] },
  { to: '/admin/trips', label: 'Trips', needs: ['VIEW_PAYOUTS', 'MANAGE_PAYOUTS', 'VIEW_WALLETS'] },
  { to: '/admin/earnings', label: 'Earnings', needs: ['VIEW_EARNINGS_REPORTS'] },
  { to: '/admin/kyc', label: 'KYC review', needs: ['MANAGE_KYC'] },
  { to: '/admin/users', label: 'Users', needs: ['MANAGE_USERS', 'MANAGE_KYC'] },
  { to: '/admin/pricing', label: 'Pricing', needs: ['MANAGE_COMMISSION', 'VIEW_EARNINGS_REPORTS'] },
  { to: '/admin/weekly-runs', label: 'Weekly runs', needs: ['MANAGE_PAYOUTS'] },
  // Every admin: whether the chain verifies is anyone's to ask (SPEC 7); its records need a VIEW_ permission (the page says so).
  { to: '/admin/audit', label: 'Audit', needs: ANY_ADMIN },
];

/** Whether an admin holding `permissions` may use `section`. */
export const mayUse = (section: AdminSection, permissions: readonly string[]) =>
  section.needs === ANY_ADMIN ? permissions.length > 0 : section.needs.some((p) => permissions.includes(p));

/** The sections an admin holding `permissions` may use, in the navigation's order. */
export const allowedSections = (permissions: readonly string[]) => SECTIONS.filter((s) => mayUse(s, permissions));

/** The section a path of the console is in (a payout's page is in Payouts), or undefined (the console's index). */
export const sectionOf = (pathname: string) => SECTIONS.find((s) => pathname === s.to || pathname.startsWith(`${s.to}/`));

/** The permissions a section needs, in words: "VIEW_PAYOUTS or MANAGE_PAYOUTS". */
export const needsWords = (section: AdminSection) => (section.needs === ANY_ADMIN ? 'admin' : section.needs.join(' or '));
