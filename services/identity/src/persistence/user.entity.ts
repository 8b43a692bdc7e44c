import { defineEntity, p, type InferEntity } from '@mikro-orm/postgresql';

export const UserEntity = defineEntity({
  name: 'User',
  tableName: 'app_user',
  properties: {
    id: p.uuid().primary(),
    email: p.string().unique('app_user_email_uniq'),
    passwordHash: p.string().hidden(),
    role: p.string(),
    countryCode: p.string(),
    currency: p.string(),
    status: p.string(),
    testMode: p.boolean(),
    permissions: p.array(),
    driverStatus: p.string().nullable(),
    driverSuspended: p.boolean().default(false),
    statusReason: p.string().nullable(),
    createdAt: p.datetime(),
    updatedAt: p.datetime(),
  },
});
export type UserEntity = InferEntity<typeof UserEntity>;
