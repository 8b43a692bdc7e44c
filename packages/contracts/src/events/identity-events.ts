/** identity.user-registered.v1: a new account; wallet-ledger opens its wallet from it. */
export interface UserRegisteredV1 {
  userId: string;
  role: 'RIDER' | 'DRIVER' | 'RESTAURANT';
  countryCode: string;
  currency: string;
  testMode: boolean;
}

/**
 * KYC events (identity.*.v1). They carry ids, types, statuses and reasons, never a document
 * number, a name or an address: the audit service records who did what, not the evidence.
 */
export interface ProfileUpdatedV1 {
  userId: string;
  countryCode: string;
  verificationStatus: string;
}

export interface DocumentSubmittedV1 {
  userId: string;
  documentId: string;
  documentType: string;
  countryCode: string;
  status: string;
  verificationMethod: string | null;
}

export interface DocumentDecidedV1 {
  userId: string;
  documentId: string;
  documentType: string;
  decision: 'APPROVE' | 'REJECT';
  reason: string | null;
  adminId: string;
}

export interface ProfileDecidedV1 {
  userId: string;
  decision: 'APPROVE' | 'REJECT';
  reason: string | null;
  adminId: string;
}

export interface ReviewFlagRaisedV1 {
  userId: string;
  flagId: string;
  reason: string;
  documentId: string | null;
}

export interface VerificationChangedV1 {
  userId: string;
  status: string;
  identityVerified: boolean;
  addressVerified: boolean;
  driverStatus: string | null;
  previousDriverStatus: string | null;
}

export interface UserStatusChangedV1 {
  userId: string;
  change: 'BLOCKED' | 'UNBLOCKED' | 'DRIVER_SUSPENDED' | 'DRIVER_REINSTATED';
  reason: string | null;
  adminId: string;
}

/**
 * identity.admin-access-changed.v1: an admin account was created, its permissions changed, its
 * browser sign-ins ended, or the access tokens it held were ended (once the gateways' revocation
 * store took the cut-off), by an operator outside the API (scripts/admin, the create-admin command,
 * the bootstrap configuration), so the trail says who may act as an admin and since when.
 */
export interface AdminAccessChangedV1 {
  adminId: string;
  change: 'ADMIN_CREATED' | 'PERMISSIONS_CHANGED' | 'SIGN_INS_ENDED' | 'TOKENS_ENDED';
  permissions: string[];
  /** What the admin held before; null for a new account. */
  previousPermissions: string[] | null;
  /** How many browser sign-ins a SIGN_INS_ENDED ended; absent otherwise. */
  signInsEnded?: number;
  /** Where the change was made: the command, and who ran it as the operator's system (or the operator) names them. */
  operator: string;
}
