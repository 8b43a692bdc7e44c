import { readFileSync } from 'node:fs';
import type { AdminAccountsContext } from '../application/admin-accounts.usecase.ts';
import { SHIPPED_COUNTRIES_FILE } from '../config.ts';
import { parseCountryConfig } from '../domain/countries.ts';
import { openOrm } from '../persistence/orm.ts';

/**
 * The identity database opened for the admin commands. It needs the database URL only: no service
 * tokens, signing key or document keys (the service's full configuration is for serving).
 */
export async function openAdminAccounts(
  databaseUrl: string,
  countriesFile = SHIPPED_COUNTRIES_FILE,
): Promise<AdminAccountsContext & { close(): Promise<void> }> {
  const { countries } = parseCountryConfig(JSON.parse(readFileSync(countriesFile, 'utf8')));
  // A command needs one connection; it waits as long as it takes.
  const orm = await openOrm(databaseUrl, { max: 2, waitMs: 30_000 });
  return { orm, countries, close: () => orm.close() };
}
