import type { SqlExecutor } from '@ziba/messaging';

/** driver_presence: whether a driver takes trips now (a driver never seen is offline). */
export const DriverPresenceRepository = {
  async isOnline(em: SqlExecutor, driverId: string): Promise<boolean> {
    const [r] = await em.execute<Array<{ online: boolean }>>('select online from driver_presence where driver_id = ?', [driverId]);
    return r?.online === true;
  },

  /** The driver's presence and when it last changed; null for a driver never seen. */
  async find(em: SqlExecutor, driverId: string): Promise<{ online: boolean; updatedAt: Date } | null> {
    const [r] = await em.execute<Array<{ online: boolean; updated_at: Date }>>('select online, updated_at from driver_presence where driver_id = ?', [
      driverId,
    ]);
    return r ? { online: r.online, updatedAt: new Date(r.updated_at) } : null;
  },

  /**
   * Takes the driver offline unless their presence changed since `seen` (they went online again
   * meanwhile, which identity allowed). When it changed, null.
   */
  async offlineIfUnchanged(em: SqlExecutor, driverId: string, seen: Date): Promise<Date | null> {
    const [r] = await em.execute<Array<{ updated_at: Date }>>(
      // `seen` came back through a JavaScript Date, which keeps milliseconds of the stored microseconds.
      "update driver_presence set online = false, updated_at = now() where driver_id = ? and online and date_trunc('milliseconds', updated_at) = ? returning updated_at",
      [driverId, seen],
    );
    return r ? new Date(r.updated_at) : null;
  },

  /** Records the driver online or offline; returns when. */
  async set(em: SqlExecutor, driverId: string, online: boolean): Promise<Date> {
    const [r] = await em.execute<Array<{ updated_at: Date }>>(
      'insert into driver_presence (driver_id, online) values (?, ?) on conflict (driver_id) do update set online = excluded.online, updated_at = now() returning updated_at',
      [driverId, online],
    );
    return new Date(r!.updated_at);
  },
};
