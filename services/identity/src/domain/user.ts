import { NEW_ACCOUNT_EMAIL_PATTERN } from '@ziba/contracts';
import { isGuessablePassword } from './guessable-password.ts';
import { AppError } from '@ziba/service-kit/errors';

export const SELF_REGISTER_ROLES = ['RIDER', 'DRIVER', 'RESTAURANT'] as const;
export type SelfRegisterRole = (typeof SELF_REGISTER_ROLES)[number];
export type Role = SelfRegisterRole | 'ADMIN';

/** Admin permissions of SPEC section 1; an admin holds a subset. */
export const PERMISSIONS = [
  'VIEW_WALLETS',
  'VIEW_PAYOUTS',
  'MANAGE_PAYOUTS',
  'VIEW_EARNINGS_REPORTS',
  'MANAGE_KYC',
  'MANAGE_COMMISSION',
  'MANAGE_USERS',
  'ADJUST_WALLETS',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

export type DriverStatus = 'PENDING_VERIFICATION' | 'VERIFIED' | 'SUSPENDED';

/** Who an admin looks for to undo a stop: accounts blocked, drivers suspended. */
export const ACCOUNT_STANDINGS = ['BLOCKED', 'SUSPENDED'] as const;
export type AccountStanding = (typeof ACCOUNT_STANDINGS)[number];

export interface User {
  id: string;
  email: string;
  role: Role;
  countryCode: string;
  currency: string;
  status: 'ACTIVE' | 'BLOCKED';
  testMode: boolean;
  permissions: Permission[];
  driverStatus: DriverStatus | null;
  createdAt: Date;
  /** When the account last changed (a block, say), on identity's clock, the clock of its tokens' `iat`. */
  updatedAt: Date;
}

/** What an address to sign in with looks like: anything with one @ and a dot after it (accounts made before the rule below keep signing in). */
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,180}\.[^\s@]{2,}$/;
/** What a new account's address must be (the gateway's RegisterBody checks the same pattern). */
const NEW_ACCOUNT_EMAIL = new RegExp(NEW_ACCOUNT_EMAIL_PATTERN);

export const IdentityErrors = {
  invalidEmail: () => new AppError('INVALID', 'INVALID_EMAIL', 'email is not a valid address'),
  weakPassword: () => new AppError('INVALID', 'WEAK_PASSWORD', 'password must be 10 to 200 characters'),
  guessablePassword: () =>
    new AppError(
      'INVALID',
      'WEAK_PASSWORD',
      'password is one of the first an attacker would try (a common password with digits added, a run such as 1234567890, or your email): choose a phrase of your own',
    ),
  roleNotAllowed: () => new AppError('FORBIDDEN', 'ROLE_NOT_SELF_REGISTRABLE', 'this role cannot be self-registered'),
  unknownCountry: (c: string) => new AppError('INVALID', 'UNSUPPORTED_COUNTRY', `country ${c} is not supported`),
  emailTaken: () => new AppError('CONFLICT', 'EMAIL_TAKEN', 'an account with this email exists'),
  badCredentials: () => new AppError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'email or password is wrong'),
  blocked: () => new AppError('FORBIDDEN', 'USER_BLOCKED', 'this account is blocked'),
  userNotFound: () => new AppError('NOT_FOUND', 'USER_NOT_FOUND', 'no such user'),
  tooManyUsers: (max: number) => new AppError('INVALID', 'INVALID_ARGUMENT', `at most ${max} user ids at once`),
  unknownPermission: (p: string) => new AppError('INVALID', 'UNKNOWN_PERMISSION', `unknown permission ${p}`),
};

/** An address as it is looked up (sign-in, admin commands): trimmed, lower-cased. */
export function normaliseEmail(email: string): string {
  const e = email.trim().toLowerCase();
  if (!EMAIL.test(e) || e.length > 254) throw IdentityErrors.invalidEmail();
  return e;
}

/** The address of an account being made (registration, a new admin): normalised, and of the practical shape above. */
export function newAccountEmail(email: string): string {
  const e = normaliseEmail(email);
  if (!NEW_ACCOUNT_EMAIL.test(e)) throw IdentityErrors.invalidEmail();
  return e;
}

/** 10 to 200 characters: what any password must be, an existing one too. */
export function assertPasswordLength(password: string): void {
  if (typeof password !== 'string' || password.length < 10 || password.length > 200) throw IdentityErrors.weakPassword();
}

/** A new password: 10 to 200 characters, and none an attacker tries first (a common password, a run, the account's email: guessable-password.ts). */
export function assertPasswordPolicy(password: string, email: string): void {
  assertPasswordLength(password);
  if (isGuessablePassword(password, email)) throw IdentityErrors.guessablePassword();
}

export function assertSelfRegisterRole(role: string): SelfRegisterRole {
  if (!SELF_REGISTER_ROLES.includes(role as SelfRegisterRole)) throw IdentityErrors.roleNotAllowed();
  return role as SelfRegisterRole;
}

/** Known permissions only (UNKNOWN_PERMISSION), in the catalogue's order, without repeats. */
export function parsePermissions(list: string[]): Permission[] {
  for (const p of list) if (!PERMISSIONS.includes(p as Permission)) throw IdentityErrors.unknownPermission(p);
  return PERMISSIONS.filter((p) => list.includes(p)); // the catalogue's order, no repeats
}

/** Whether two permission lists hold the same permissions, whatever their order. */
export const samePermissions = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((p) => b.includes(p));

/** A driver starts unverified; KYC (identity service) moves them to VERIFIED. */
export const initialDriverStatus = (role: Role): DriverStatus | null => (role === 'DRIVER' ? 'PENDING_VERIFICATION' : null);
