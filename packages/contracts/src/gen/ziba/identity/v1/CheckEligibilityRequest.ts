// Original file: protos/ziba/identity/v1/identity.proto


export interface CheckEligibilityRequest {
  'userId'?: (string);
  'action'?: (string);
  'mode'?: (string);
}

export interface CheckEligibilityRequest__Output {
  'userId': (string);
  'action': (string);
  'mode': (string);
}
