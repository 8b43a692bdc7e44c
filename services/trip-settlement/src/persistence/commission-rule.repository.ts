import type { SqlExecutor } from '@ziba/messaging';
import type { CommissionRule, RuleService } from '../domain/commission.ts';
import type { PaymentMethod } from '../domain/trip-state.ts';

/** A stored commission rule version, with who made it and when. */
export type CommissionRuleRow = CommissionRule & { createdBy: string; createdAt: Date };

/** commission_rule: every version of every rule; versions are added, never changed. */
export const CommissionRuleRepository = {
  /** Versions matching the filter (each field absent or '' for all), newest first within a rule. */
  async list(em: SqlExecutor, filter: { serviceType?: string; countryCode?: string; paymentMethod?: string }): Promise<CommissionRuleRow[]> {
    const rows = await em.execute<
      Array<{
        id: string;
        service_type: string;
        country_code: string;
        payment_method: string;
        bps: number;
        effective_from: Date;
        created_by: string;
        created_at: Date;
      }>
    >(
      `select id, service_type, country_code, payment_method, bps, effective_from, created_by, created_at from commission_rule
       where (? = '' or service_type = ?) and (? = '' or country_code = ?) and (? = '' or payment_method = ?)
       order by service_type, country_code, payment_method, effective_from desc`,
      [
        filter.serviceType ?? '',
        filter.serviceType ?? '',
        filter.countryCode ?? '',
        filter.countryCode ?? '',
        filter.paymentMethod ?? '',
        filter.paymentMethod ?? '',
      ],
    );
    return rows.map((r) => ({
      id: r.id,
      serviceType: r.service_type as RuleService,
      countryCode: r.country_code.trim(),
      paymentMethod: r.payment_method as PaymentMethod,
      bps: r.bps,
      effectiveFrom: new Date(r.effective_from),
      createdBy: r.created_by,
      createdAt: new Date(r.created_at),
    }));
  },

  /** Held until the caller's transaction ends: versions of one rule are added one at a time, each reading the one it replaces. */
  async lockRule(em: SqlExecutor, r: Pick<CommissionRule, 'serviceType' | 'countryCode' | 'paymentMethod'>): Promise<void> {
    await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`commission-rule:${r.serviceType}/${r.countryCode}/${r.paymentMethod}`]);
  },

  /**
   * When a version asked to start at `requested` starts: never before this moment on the database's
   * clock, the clock a trip's completion is recorded on (an app host's may differ). Read after
   * lockRule: the wall clock, not the transaction's start, so a version added after another that
   * held the lock first starts after it.
   */
  async startOf(em: SqlExecutor, requested: Date): Promise<Date> {
    const [row] = await em.execute<Array<{ at: Date }>>('select greatest(?::timestamptz, clock_timestamp()) as at', [requested]);
    return new Date(row!.at);
  },

  /** False when a version of this rule already takes effect at that same instant. */
  async insert(em: SqlExecutor, r: CommissionRule & { createdBy: string }): Promise<boolean> {
    const rows = await em.execute<Array<{ id: string }>>(
      'insert into commission_rule (id, service_type, country_code, payment_method, bps, effective_from, created_by) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing returning id',
      [r.id, r.serviceType, r.countryCode, r.paymentMethod, r.bps, r.effectiveFrom, r.createdBy],
    );
    return rows.length === 1;
  },
};
