import { Type } from 'typebox';

export const RegisterBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 254 }),
    password: Type.String({ minLength: 10, maxLength: 200 }),
    role: Type.Union([Type.Literal('RIDER'), Type.Literal('DRIVER'), Type.Literal('RESTAURANT')]),
    countryCode: Type.String({ pattern: '^[A-Z]{2}$' }),
    testMode: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false },
);

export const LoginBody = Type.Object({ email: Type.String({ minLength: 3, maxLength: 254 }), password: Type.String({ minLength: 1, maxLength: 200 }) }, { additionalProperties: false });

export const UserSchema = Type.Object({
  id: Type.String(),
  email: Type.String(),
  role: Type.String(),
  countryCode: Type.String(),
  currency: Type.String(),
  status: Type.String(),
  testMode: Type.Boolean(),
  permissions: Type.Array(Type.String()),
  driverStatus: Type.Union([Type.String(), Type.Null()]),
  createdAt: Type.String(),
});

export const LoginResponse = Type.Object({ accessToken: Type.String(), tokenType: Type.String(), expiresIn: Type.Integer(), user: UserSchema });
