// Original file: protos/ziba/identity/v1/identity.proto


export interface Address {
  'line1'?: (string);
  'city'?: (string);
  'state'?: (string);
  'postalCode'?: (string);
  'countryCode'?: (string);
}

export interface Address__Output {
  'line1': (string);
  'city': (string);
  'state': (string);
  'postalCode': (string);
  'countryCode': (string);
}
