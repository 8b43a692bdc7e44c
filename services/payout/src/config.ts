import { CommonEnv, loadConfig, databasePoolEnv, grpcClientEnv, metricsEnv, Type } from '@ziba/service-kit';

/** Bank accounts everywhere; mobile money by the providers of each country that has it. */
const SHIPPED_PAYOUT_METHODS =
  'NG=BANK,MOBILE_MONEY:OPay|PalmPay|Moniepoint|Paga;US=BANK;BD=BANK,MOBILE_MONEY:bKash|Nagad|Rocket;GH=BANK,MOBILE_MONEY:MTN MoMo|Telecel Cash|AirtelTigo Money;KE=BANK,MOBILE_MONEY:M-Pesa|Airtel Money';

export const PayoutEnv = Type.Object({
  ...CommonEnv,
  ...metricsEnv(9454),
  ...databasePoolEnv(10),
  DATABASE_URL: Type.String({ default: 'postgresql://postgres@127.0.0.1:5432/ziba_payouts' }),
  AMQP_URL: Type.String({ default: 'amqp://guest:guest@127.0.0.1:5672' }),
  GRPC_ADDRESS: Type.String({ default: '127.0.0.1:50054' }),
  IDENTITY_ADDRESS: Type.String({ default: '127.0.0.1:50051' }),
  WALLET_ADDRESS: Type.String({ default: '127.0.0.1:50052' }),
  ...grpcClientEnv,
  /** This service's credential towards identity and wallet-ledger; a secret from the environment. */
  SERVICE_TOKEN: Type.String({ minLength: 16 }),
  /** AES-256-GCM keys for account numbers, `keyId=base64(32 bytes)[,...]`, newest first; old keys still decrypt. */
  PAYOUT_ENCRYPTION_KEYS: Type.String({ minLength: 10 }),
  /** HMAC key of the account fingerprint (one account, one earner); never rotated without a re-fingerprint. */
  ACCOUNT_FINGERPRINT_KEY: Type.String({ minLength: 32 }),
  /** HMAC secret of the simulated provider's webhooks; a secret from the environment. Unset: its webhooks are refused. */
  WEBHOOK_SECRET: Type.Optional(Type.String({ minLength: 16 })),
  /** The simulated provider's base URL (test-mode payouts go there); unset: they wait for a manual mark. */
  SIMULATED_PROVIDER_URL: Type.Optional(Type.String()),
  PROVIDER_TIMEOUT_MS: Type.Integer({ default: 5_000, minimum: 100 }),
  /** How long a payout may sit at a provider without an outcome before the reconciler asks. */
  RECONCILE_AFTER_MS: Type.Integer({ default: 30_000, minimum: 0 }),
  /**
   * Crash tests only: the process kills itself (SIGKILL) at this point of the saga, to prove a restart
   * recovers. Never set in a deployment.
   */
  FAILPOINT: Type.Optional(Type.Union([Type.Literal('after-hold'), Type.Literal('before-provider-submit'), Type.Literal('after-provider-submit')])),
  /** How old a REQUESTED payout must be before recovery resolves it. */
  RECOVERY_AFTER_MS: Type.Integer({ default: 30_000, minimum: 0 }),
  /** How often the recovery pass (stuck requests, provider reconciliation, the open-payout gauges) runs. */
  RECOVERY_INTERVAL_MS: Type.Integer({ default: 15_000, minimum: 100 }),
  /** Hours after a payout method changes before money can go to it (account-takeover defence). */
  METHOD_COOLDOWN_HOURS: Type.Integer({ default: 24, minimum: 0 }),
  /** The weekly auto-payout pays earners whose withdrawable balance (available minus owed) is at least this, per country (minor units). */
  AUTO_PAYOUT_THRESHOLDS: Type.String({ default: 'NG=500000,US=5000,BD=250000,GH=20000,KE=200000' }),
  /**
   * Four-eyes: a payout of at least this many minor units per country needs two different admins'
   * approvals before it reaches the provider. A country not listed: every payout needs two.
   */
  FOUR_EYES_THRESHOLDS: Type.String({ default: 'NG=50000000,US=500000,BD=5000000,GH=500000,KE=5000000' }),
  /**
   * The payout methods each country offers (SPEC 2): `CC=BANK,MOBILE_MONEY:Provider|Provider;...`. A
   * country not listed offers bank accounts only.
   */
  PAYOUT_METHODS: Type.String({ default: SHIPPED_PAYOUT_METHODS }),
  /** Minimum withdrawal per country in minor units, `NG=100000,US=1000,...`: the one source of this rule (SPEC section 6). */
  MINIMUM_WITHDRAWALS: Type.String({ default: 'NG=100000,US=1000,BD=50000,GH=5000,KE=50000' }),
});

export type PayoutConfig = ReturnType<typeof loadPayoutConfig>;
export const loadPayoutConfig = (env: NodeJS.ProcessEnv = process.env) => loadConfig(PayoutEnv, env);
