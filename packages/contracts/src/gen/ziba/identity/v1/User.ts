// Original file: protos/ziba/identity/v1/identity.proto


export interface User {
  'id'?: (string);
  'email'?: (string);
  'role'?: (string);
  'countryCode'?: (string);
  'currency'?: (string);
  'status'?: (string);
  'testMode'?: (boolean);
  'permissions'?: (string)[];
  'driverStatus'?: (string);
  'createdAt'?: (string);
  'updatedAt'?: (string);
}

export interface User__Output {
  'id': (string);
  'email': (string);
  'role': (string);
  'countryCode': (string);
  'currency': (string);
  'status': (string);
  'testMode': (boolean);
  'permissions': (string)[];
  'driverStatus': (string);
  'createdAt': (string);
  'updatedAt': (string);
}
