// Migrates this service's database under the migration lock and exits: the Kubernetes migration
// Job runs it once per release (k8s/base/migrations.yaml); the service's pods then start with MIGRATE=wait.
//   DATABASE_URL=postgresql://... node services/payout/src/migrate.ts
import { migrateMain } from '@ziba/persistence';
import { MIGRATIONS } from './persistence/orm.ts';

await migrateMain('payout', MIGRATIONS);
