import type { MikroORM } from '@mikro-orm/postgresql';
import { openServiceOrm } from '@ziba/persistence';
import { DocumentEntity, ProfileEntity, ReviewFlagEntity } from './kyc.entities.ts';
import { InitialIdentity } from './migrations/20261121000000-initial-identity.ts';
import { Kyc } from './migrations/20261121110000-kyc.ts';
import { DocumentReuseReview } from './migrations/20261128120000-document-reuse-review.ts';
import { UserEntity } from './user.entity.ts';

export const openOrm = (databaseUrl: string, pool: { max: number; waitMs: number }): Promise<MikroORM> =>
  openServiceOrm({
    databaseUrl,
    pool,
    entities: [UserEntity, ProfileEntity, DocumentEntity, ReviewFlagEntity],
    migrations: [
      { name: 'InitialIdentity', class: InitialIdentity },
      { name: 'Kyc', class: Kyc },
      { name: 'DocumentReuseReview', class: DocumentReuseReview },
    ],
  });
