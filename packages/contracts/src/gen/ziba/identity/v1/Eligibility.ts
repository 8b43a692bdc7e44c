// Original file: protos/ziba/identity/v1/identity.proto


export interface Eligibility {
  'allowed'?: (boolean);
  'reasons'?: (string)[];
}

export interface Eligibility__Output {
  'allowed': (boolean);
  'reasons': (string)[];
}
