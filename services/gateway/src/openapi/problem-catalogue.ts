/**
 * Every problem `code` the API answers with, its HTTP status, and what it means to a client. Each
 * problem's `type` links to its entry at /docs/problems; problem-catalogue.spec.ts fails when a
 * service raises a code that is not listed here.
 */
export const PROBLEMS: Record<string, { status: number; meaning: string; retryShortly?: true }> = {
  // 400: the request itself is wrong; nothing changed
  VALIDATION_FAILED: {
    status: 400,
    meaning: 'A field is missing, has the wrong type or format, or is not allowed. `detail` names it. Fix the request; do not retry it as is.',
  },
  BAD_REQUEST: { status: 400, meaning: 'The request could not be read (malformed JSON, for example).' },
  BAD_URL: { status: 400, meaning: 'The URL has a malformed escape (a % not followed by two hex digits, or an invalid UTF-8 sequence).' },
  URI_TOO_LONG: { status: 414, meaning: 'A path segment is longer than any id the API uses.' },
  HEADERS_TOO_LARGE: { status: 431, meaning: 'The request headers are too large.' },
  INVALID_CURRENCY: { status: 400, meaning: 'The currency is not one the platform handles (NGN, USD, BDT, GHS, KES).' },
  INVALID_AMOUNT: {
    status: 400,
    meaning:
      'A service refused an amount: not a whole number of minor units above zero and at most 10^15. A request body whose amount is not a positive JSON integer of minor units (kobo, cents, poisha) is refused before that, as VALIDATION_FAILED naming the field.',
  },
  INVALID_ARGUMENT: { status: 400, meaning: 'An argument is not in the expected form; `detail` says which.' },
  INVALID_FIELD: { status: 400, meaning: 'A field is not acceptable; `detail` says which and why.' },
  INVALID_DATE: {
    status: 400,
    meaning:
      'A date in your verification details (a date of birth, a document’s expiry) is missing where needed, badly formed, does not exist, or is out of range (under the minimum age, expired); `detail` names it. Elsewhere a date that is not a real YYYY-MM-DD is VALIDATION_FAILED.',
  },
  INVALID_EMAIL: { status: 400, meaning: 'The email address is not valid.' },
  WEAK_PASSWORD: {
    status: 400,
    meaning:
      'Passwords have 10 to 200 characters, and are none of the first an attacker tries: a common password with digits or symbols added (Password123!), a run or repeat (1234567890), the service’s name or the account’s email.',
  },
  INVALID_FILTER: { status: 400, meaning: 'A list filter has a value the list does not know.' },
  INVALID_DECISION: { status: 400, meaning: 'A decision is APPROVE or REJECT.' },
  INVALID_DOCUMENT_NUMBER: { status: 400, meaning: 'The document number does not have the form of that document type in that country.' },
  UNKNOWN_DOCUMENT_TYPE: { status: 400, meaning: 'The document type is not one the platform accepts.' },
  DOCUMENT_EXPIRED: { status: 400, meaning: 'The document has expired; submit a valid one.' },
  DOCUMENT_NOT_ISSUED_IN_COUNTRY: { status: 400, meaning: 'That document type is not issued in that country.' },
  INVALID_ACCOUNT_NUMBER: {
    status: 400,
    meaning:
      'The account number does not have the shape of its country’s accounts or its provider’s wallets (a NUBAN has 10 digits, a bKash wallet is 01 and 9 digits; elsewhere 6 to 20 digits). `detail` says which.',
  },
  INVALID_BANK_CODE: {
    status: 400,
    meaning:
      'The bank code does not have its country’s shape: 3 to 6 digits in NG, a 9-digit ABA routing number in US, 3 or 9 digits in BD. `detail` says which.',
  },
  INVALID_WEBHOOK: { status: 400, meaning: 'The provider callback body is not JSON of the expected shape.' },
  NOTE_REQUIRED: {
    status: 400,
    meaning: 'This payout, KYC document or profile carries open review flags: approving it needs a note (`reason` for KYC) saying what was checked.',
  },
  REASON_REQUIRED: { status: 400, meaning: 'This decision needs a reason; it is recorded and shown to the user.' },
  INVALID_LEG: { status: 400, meaning: 'A ledger leg names no account or an amount of zero.' },
  UNBALANCED_ENTRY: { status: 400, meaning: 'A ledger entry whose legs do not sum to zero is refused.' },
  UNKNOWN_ACTION: { status: 400, meaning: 'The action is not one this resource knows (404 when a trip’s kind has no such step, e.g. deliver on a ride).' },
  UNKNOWN_PERMISSION: { status: 400, meaning: 'The permission is not one the platform knows.' },
  UNSUPPORTED_COUNTRY: {
    status: 400,
    meaning: 'The country is not one the platform operates in (for weekly runs: none of its trips are priced, or none of its earners are paid out).',
  },
  BEARER_TOKEN_REQUIRED: { status: 400, meaning: 'POST /api/auth/logout signs out an app’s Bearer token; a browser signs out with DELETE /api/auth/session.' },
  UNSUPPORTED_MEDIA_TYPE: {
    status: 415,
    meaning:
      'Send JSON with `Content-Type: application/json`, in UTF-8, and not content-encoded (no `Content-Encoding` but `identity`; the answer then says `Accept-Encoding: identity`). Nothing changed.',
  },
  BODY_TOO_LARGE: { status: 413, meaning: 'The request body is larger than 64 KiB.' },
  // 401: who is calling is not known
  UNAUTHENTICATED: { status: 401, meaning: 'No token, or an expired or invalid one. Sign in again (POST /api/auth/login).' },
  INVALID_CREDENTIALS: { status: 401, meaning: 'The email or the password is wrong.' },
  SESSION_EXPIRED: {
    status: 401,
    meaning: 'The browser session has ended (signed out, expired, or revoked): sign in again (POST /api/auth/session). The session cookies are cleared.',
  },
  TOKEN_REVOKED: {
    status: 401,
    meaning:
      'The access token was valid, but since it was issued its sign-in (a browser session or an app’s login) has been ended, its account blocked, or (an admin) its permissions revoked or all its sign-ins ended. Sign in again.',
  },
  REFRESH_TOKEN_REUSED: {
    status: 401,
    meaning:
      'A refresh token that had been used already came back, so a copy of it exists: the whole session is revoked and its cookies are cleared. Sign in again; send one refresh at a time.',
  },
  BAD_WEBHOOK_SIGNATURE: { status: 401, meaning: 'The provider callback’s signature does not match its body.' },
  STALE_WEBHOOK: { status: 401, meaning: 'The provider callback’s timestamp is outside the replay window.' },
  // 403: known, but not allowed
  PERMISSION_DENIED: { status: 403, meaning: 'This role or these permissions may not do this; `detail` names what is needed.' },
  ADMIN_ONLY: { status: 403, meaning: 'Only platform staff may do this.' },
  ACTION_NOT_ALLOWED: { status: 403, meaning: 'This caller may not take this action.' },
  ADD_FUNDS_RIDER_ONLY: { status: 403, meaning: 'Only riders add funds to their wallet.' },
  ROLE_CANNOT_WITHDRAW: {
    status: 403,
    meaning:
      'A reason in GET /api/me/eligibility?action=WITHDRAW: only drivers and restaurants have payout methods and withdraw. Their routes answer anyone else 403 ROLE_NOT_ALLOWED.',
  },
  ROLE_NOT_ALLOWED: { status: 403, meaning: 'This role may not use this endpoint.' },
  ROLE_NOT_SELF_REGISTRABLE: { status: 403, meaning: 'Riders, drivers and restaurants register themselves; admins are created by operators.' },
  USER_BLOCKED: { status: 403, meaning: 'This account is blocked; contact support.' },
  CSRF_REJECTED: {
    status: 403,
    meaning:
      'A change made with the session cookie did not come from this site’s own pages (`Sec-Fetch-Site` not same-origin, or an `Origin` that is not this gateway’s); nothing changed. Apps send a Bearer token instead.',
  },
  // 404
  ROUTE_NOT_FOUND: { status: 404, meaning: 'There is no such endpoint; see the API reference.' },
  WALLET_NOT_FOUND: { status: 404, meaning: 'No such wallet, or not yours.' },
  TRIP_NOT_FOUND: { status: 404, meaning: 'No such trip or food order, or not yours.' },
  PAYOUT_NOT_FOUND: { status: 404, meaning: 'No such payout, or not yours.' },
  PAYOUT_METHOD_NOT_FOUND: { status: 404, meaning: 'No payout method yet: add one before withdrawing.' },
  USER_NOT_FOUND: { status: 404, meaning: 'No such user.' },
  PROFILE_NOT_FOUND: { status: 404, meaning: 'This user has no identity profile.' },
  DOCUMENT_NOT_FOUND: { status: 404, meaning: 'No such identity document.' },
  HOLD_NOT_FOUND: { status: 404, meaning: 'No such hold.' },
  MENU_ITEM_NOT_FOUND: { status: 404, meaning: 'No such menu item, or not this restaurant’s.' },
  RESTAURANT_NOT_FOUND: { status: 404, meaning: 'No such restaurant.' },
  UNKNOWN_PROVIDER: { status: 404, meaning: 'No such payout provider.' },
  // 405
  METHOD_NOT_ALLOWED: { status: 405, meaning: 'The endpoint exists but not with this method; the `Allow` header lists the methods it takes.' },
  // 409: the resource's state does not allow it now
  ILLEGAL_TRANSITION: {
    status: 409,
    meaning: 'The trip or order is not in a status that allows this step (or it was cancelled meanwhile). Fetch it to see where it stands.',
  },
  ILLEGAL_PAYOUT_TRANSITION: { status: 409, meaning: 'The payout is not in a status that allows this action. Fetch it to see where it stands.' },
  TRIP_CHANGED: { status: 409, meaning: 'The trip changed (it was cancelled) while its fare was being locked; nothing is held.' },
  TRIP_NOT_COMPLETED: { status: 409, meaning: 'A trip is settled after it is completed or delivered.' },
  TRIP_ALREADY_SETTLED: { status: 409, meaning: 'This trip is settled already; nothing moved this time.' },
  NO_LOCKED_FARE: { status: 409, meaning: 'This online trip has no locked fare to settle.' },
  NO_OPEN_HOLD: { status: 409, meaning: 'This trip has no open hold.' },
  HOLD_EXISTS: { status: 409, meaning: 'A hold for this reference exists already.' },
  HOLD_IN_PROGRESS: { status: 409, meaning: 'The fare is being locked; retry shortly.', retryShortly: true },
  RUN_IN_PROGRESS: {
    status: 409,
    meaning: 'This week and country’s run is being made by another call right now; ask again after the Retry-After header’s seconds for its result.',
    retryShortly: true,
  },
  HOLD_NOT_STUCK: { status: 409, meaning: 'This hold belongs to a trip still in its normal course; it will be settled or released without help.' },
  ALREADY_APPROVED_BY_YOU: { status: 409, meaning: 'You approved this payout already; a second approval must come from another admin.' },
  APPROVER_CREDITED_WALLET: {
    status: 409,
    meaning: 'You credited this earner’s wallet by hand (a correction or a refund) in the last 30 days: another admin approves their payouts.',
  },
  METHOD_NOT_IN_REVIEW: { status: 409, meaning: 'This payout method is not waiting for review.' },
  RULE_VERSION_EXISTS: { status: 409, meaning: 'A rule version for this service, country and payment method from that moment exists already.' },
  EMAIL_TAKEN: { status: 409, meaning: 'An account with this email exists.' },
  ACCOUNT_ALREADY_LINKED: {
    status: 409,
    meaning: 'This bank account is linked to another user (one account, one user); the attempt is recorded in the audit trail for review.',
  },
  DOCUMENT_ALREADY_REGISTERED: { status: 409, meaning: 'This document is registered to another account; it has been sent for review.' },
  DOCUMENT_HELD_BY_ANOTHER_ACCOUNT: { status: 409, meaning: 'This document belongs to another account.' },
  IDEMPOTENCY_KEY_REUSED: { status: 409, meaning: 'This Idempotency-Key was used for a different request. Use a new key for a new request.' },
  IDEMPOTENCY_REQUEST_IN_PROGRESS: { status: 409, meaning: 'The first request with this Idempotency-Key is still running; retry with the same key shortly.' },
  EXTERNAL_REFERENCE_USED: {
    status: 409,
    meaning:
      'This externalReference is recorded already: a receipt of owed commission paid outside the app, for another earner or amount (the same earner and amount again is answered with the first settlement); or a bank’s reference an admin marks a payout paid with, on another payout of the provider and currency. Nothing moved.',
  },
  ALREADY_REFUNDED: {
    status: 409,
    meaning: 'This trip or order was refunded already (one refund a trip, whoever asks); a further amount is a correction (kind ADJUSTMENT). Nothing moved.',
  },
  DOCUMENT_ALREADY_DECIDED: {
    status: 409,
    meaning: 'The document already has this decision (verified, or rejected); the first decision and its reason stand. Nothing changed.',
  },
  PAYOUT_PAID_BY_PROVIDER: {
    status: 409,
    meaning:
      'Asked before a reversal, the payout’s provider said the payout was paid after all: it is now PAID (its funds captured) and nothing was given back to the earner.',
  },
  PROVIDER_FAILURE_UNCONFIRMED: {
    status: 409,
    meaning:
      'The payout’s provider has not confirmed that the payout failed (it is still processing, or did not answer), so it is not reversed: giving the money back could pay the earner twice. Nothing moved; retry it, or reverse it once the provider confirms.',
  },
  PAYOUT_OUTCOME_TOO_EARLY: {
    status: 409,
    meaning:
      'A provider’s callback came before the step it follows (a return before the payment, a payment before the payout was sent): it was not recorded; the provider sends it again later and it applies then.',
  },
  RETURN_REPORTED_BY_PROVIDER: {
    status: 409,
    meaning: 'This payout’s provider reports a bank’s return itself (its webhook); admins record returns of manual payouts only. Nothing moved.',
  },
  // 422: a business rule refused it; nothing changed
  PAYOUT_BLOCKED: {
    status: 422,
    meaning:
      'The withdrawal was refused; `reasons` lists every rule it failed (for example PAYOUT_METHOD_NOT_VERIFIED, BELOW_MINIMUM_WITHDRAWAL, INSUFFICIENT_WITHDRAWABLE_FUNDS). Nothing was locked. The minimum, what is withdrawable and the standing refusals are in GET /api/driver/withdrawal-terms (or /api/restaurant/…) before asking.',
  },
  NOT_ELIGIBLE: {
    status: 422,
    meaning: 'Your account cannot do this now; `reasons` says why (verification missing, suspended, ...). GET /api/me/eligibility explains in advance.',
  },
  EARNER_NOT_ELIGIBLE: { status: 422, meaning: 'The earner may not be paid now; `reasons` says why.' },
  CUSTOMER_NOT_ELIGIBLE: {
    status: 422,
    meaning: 'The rider or customer may not pay for this trip now (their account was blocked, or is no longer eligible), so it does not begin: cancel it.',
  },
  PROFILE_MISSING: { status: 422, meaning: 'Save the identity profile first (PUT /api/me/identity-profile).' },
  INSUFFICIENT_FUNDS: { status: 422, meaning: 'The available balance does not cover the amount. Add funds or choose a smaller amount.' },
  FUNDS_ON_HOLD: { status: 422, meaning: 'Funds cannot be added or withdrawn while some are on hold for an active trip.' },
  HOLD_EXCEEDED: { status: 422, meaning: 'The amount exceeds what remains under the hold.' },
  TOP_UP_LIMIT: {
    status: 422,
    meaning: 'One top-up adds at most ₦1,000,000, $5,000, ৳100,000 (GH₵10,000, KSh 100,000); the wallet’s topUpRoom says what may be added now.',
  },
  WALLET_BALANCE_LIMIT: { status: 422, meaning: 'The wallet would hold more than a wallet may in its currency.' },
  OWED_EXCEEDED: { status: 422, meaning: 'The amount exceeds the commission the earner owes.' },
  OWNER_NOT_EARNER: { status: 422, meaning: 'Only drivers and restaurants owe commission: the account named is a rider’s or staff’s.' },
  ADJUSTMENT_LIMIT: {
    status: 422,
    meaning:
      'One adjustment moves at most ₦500,000, $5,000, ৳50,000 (GHS 5,000, KES 50,000), and corrections credit one wallet at most that much in any 24 hours, whichever admins make them: more is a finance decision, not a support correction.',
  },
  NOTHING_TO_REFUND: {
    status: 422,
    meaning: 'This wallet paid nothing for that trip or order (its hold was given back, or it is another’s): there is nothing to refund.',
  },
  REFUND_EXCEEDS_CHARGE: { status: 422, meaning: 'A refund is at most what the trip or order took from the wallet.' },
  WALLET_NOT_ADJUSTABLE: {
    status: 422,
    meaning: 'Only a rider’s, driver’s or restaurant’s wallet is adjusted; the platform’s own accounts are the other side of an adjustment.',
  },
  PAYMENT_DECLINED: { status: 422, meaning: 'The payment provider declined the charge.' },
  CURRENCY_MISMATCH: { status: 422, meaning: 'The currency is not the wallet’s.' },
  MODE_MISMATCH: { status: 422, meaning: 'Test-mode and live accounts never deal with each other.' },
  DRIVER_COUNTRY_MISMATCH: { status: 422, meaning: 'A driver takes trips in their own country only.' },
  DRIVER_OFFLINE: { status: 422, meaning: 'Go online (POST /api/driver/online) before accepting trips.' },
  DRIVER_ON_ANOTHER_TRIP: {
    status: 409,
    meaning: 'A driver is on one trip at a time: the ride, parcel or delivery they took is done (completed, delivered) or cancelled first.',
  },
  DRIVER_NOT_SUSPENDED: { status: 422, meaning: 'This driver is not suspended.' },
  DRIVER_ALREADY_SUSPENDED: { status: 422, meaning: 'This driver is already suspended: nothing changed, and nothing was recorded.' },
  USER_ALREADY_BLOCKED: { status: 422, meaning: 'This account is already blocked: nothing changed, and nothing was recorded.' },
  USER_NOT_BLOCKED: { status: 422, meaning: 'This account is not blocked, so there is nothing to unblock.' },
  NOT_A_DRIVER: { status: 422, meaning: 'This user is not a driver.' },
  CANNOT_BLOCK_ADMIN: { status: 422, meaning: 'Admins are managed by operators, not blocked here.' },
  EFFECTIVE_FROM_IN_PAST: {
    status: 422,
    meaning: 'A new commission rule version takes effect now or later (a few minutes of clock skew allowed); settlements already made keep the rule they used.',
  },
  COUNTRY_NOT_PRICED: { status: 422, meaning: 'This country has no tariff for the service yet.' },
  FARE_ABOVE_LIMIT: { status: 422, meaning: 'The fare this trip or order would cost is above 10^15 minor units, the most any amount may be.' },
  SERVICE_NOT_OFFERED: { status: 422, meaning: 'This service is not offered in your country.' },
  RESTAURANT_NOT_SERVED: { status: 422, meaning: 'This restaurant does not deliver to your account (another country or mode).' },
  RESTAURANT_NOT_TAKING_ORDERS: {
    status: 422,
    meaning: 'This restaurant cannot take orders now (its owner has not completed their identity profile, or the account is held); order from another.',
  },
  MENU_ITEM_UNAVAILABLE: { status: 422, meaning: 'An item of the order is not available now.' },
  METHOD_NOT_SUPPORTED: { status: 422, meaning: 'Card payouts are not supported yet; use a bank account or mobile money.' },
  METHOD_NOT_OFFERED: {
    status: 422,
    meaning: 'Your country does not offer this payout method or mobile-money provider; the message names what it offers.',
  },
  WEEK_NOT_ENDED: { status: 422, meaning: 'A weekly run is for a week that has ended (weeks start on Monday, UTC).' },
  WEEK_TOO_OLD: { status: 422, meaning: 'The week is older than the weekly runs look back.' },
  // 429, 5xx: retry
  LOGIN_THROTTLED: {
    status: 429,
    meaning:
      'Too many wrong passwords for this account, or more sign-ins to it at once than its guard admits: wait the Retry-After header’s seconds (at most 15 minutes), then sign in again.',
  },
  RATE_LIMITED: { status: 429, meaning: 'Too many requests; wait for the Retry-After header’s seconds.' },
  DATABASE_BUSY: {
    status: 429,
    meaning: 'More requests than the platform’s database connections right now. Retry after the Retry-After header’s seconds with the same Idempotency-Key.',
    retryShortly: true,
  },
  INTERNAL: { status: 500, meaning: 'An unexpected failure. Retry with the same Idempotency-Key; quote `instance` to support if it persists.' },
  DEPENDENCY_FAILED: {
    status: 500,
    meaning: 'A part of the platform failed unexpectedly. Retry with the same Idempotency-Key; quote `instance` to support if it persists.',
  },
  DATABASE_UNAVAILABLE: {
    status: 503,
    meaning: 'The platform’s database cannot be reached right now. Retry after the Retry-After header’s seconds with the same Idempotency-Key.',
  },
  DEPENDENCY_UNAVAILABLE: { status: 503, meaning: 'A part of the platform is briefly unavailable. Retry with the same Idempotency-Key.' },
  IDEMPOTENCY_STORE_UNAVAILABLE: { status: 503, meaning: 'The request could not be recorded; retry with the same Idempotency-Key.' },
};

/** The anchor of a code on /docs/problems: payout-blocked for PAYOUT_BLOCKED. */
export const problemAnchor = (code: string) => code.toLowerCase().replace(/_/g, '-');
