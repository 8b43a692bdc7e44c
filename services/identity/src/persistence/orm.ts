import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import { DocumentEntity, ProfileEntity, ReviewFlagEntity } from './kyc.entities.ts';
import { InitialIdentity } from './migrations/20261121000000-initial-identity.ts';
import { Kyc } from './migrations/20261121110000-kyc.ts';
import { UserEntity } from './user.entity.ts';

export async function openOrm(databaseUrl: string): Promise<MikroORM> {
  const orm = await MikroORM.init({
    clientUrl: databaseUrl,
    entities: [UserEntity, ProfileEntity, DocumentEntity, ReviewFlagEntity],
    debug: false,
    pool: { min: 0, max: 10 },
    extensions: [Migrator],
    migrations: { migrationsList: [
        { name: 'InitialIdentity', class: InitialIdentity },
        { name: 'Kyc', class: Kyc },
      ], snapshot: false, silent: true },
    ensureDatabase: true,
  });
  await orm.connect();
  await orm.migrator.up();
  return orm;
}
