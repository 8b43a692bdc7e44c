import { NEW_ACCOUNT_EMAIL_PATTERN } from '@ziba/contracts';
import { Type } from 'typebox';
import { component } from '../openapi/components.ts';
import { DRIVER_STATUSES, PERMISSIONS, ROLES, ResponseEnum, SELF_REGISTER_ROLES, StringEnum, USER_STATUSES } from './enums.ts';

export const RegisterBody = Type.Object(
  {
    email: Type.String({
      minLength: 3,
      maxLength: 254,
      pattern: NEW_ACCOUNT_EMAIL_PATTERN,
      description: "letters, digits and . _ % + - ' before the @; a domain such as example.com after it",
    }),
    password: Type.String({ minLength: 10, maxLength: 200 }),
    role: StringEnum(SELF_REGISTER_ROLES, { description: 'admins are created by operators, never registered' }),
    countryCode: Type.String({ pattern: '^[A-Z]{2}$', description: 'NG, US or BD; sets the wallet currency' }),
    testMode: Type.Optional(Type.Boolean({ description: 'a sandbox account: its money never mixes with live money' })),
  },
  { additionalProperties: false, examples: [{ email: 'ada@example.com', password: 'correct horse battery', role: 'DRIVER', countryCode: 'NG' }] },
);

export const LoginBody = Type.Object(
  { email: Type.String({ minLength: 3, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 200 }) },
  { additionalProperties: false },
);

export const UserSchema = component(
  'User',
  Type.Object({
    id: Type.String(),
    email: Type.String(),
    role: ResponseEnum(ROLES),
    countryCode: Type.String(),
    currency: Type.String(),
    status: ResponseEnum(USER_STATUSES),
    testMode: Type.Boolean(),
    permissions: Type.Array(ResponseEnum(PERMISSIONS), { description: 'admins only' }),
    driverStatus: Type.Union([ResponseEnum(DRIVER_STATUSES), Type.Null()], { description: 'drivers only' }),
    createdAt: Type.String(),
  }),
);

export const LoginResponse = component(
  'Session',
  Type.Object({ accessToken: Type.String(), tokenType: Type.String(), expiresIn: Type.Integer(), user: UserSchema }),
);

export const BrowserSessionSchema = component(
  'BrowserSession',
  Type.Object(
    {
      user: UserSchema,
      expiresIn: Type.Integer({ description: 'seconds until the access cookie expires; refresh (POST /api/auth/session/refresh) before then, or after a 401' }),
    },
    { description: 'A browser session: the tokens are in httpOnly cookies, never in the body' },
  ),
);
