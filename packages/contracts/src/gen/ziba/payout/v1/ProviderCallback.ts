// Original file: protos/ziba/payout/v1/payout.proto


export interface ProviderCallback {
  'provider'?: (string);
  'eventId'?: (string);
  'status'?: (string);
  'receivedAt'?: (string);
}

export interface ProviderCallback__Output {
  'provider': (string);
  'eventId': (string);
  'status': (string);
  'receivedAt': (string);
}
