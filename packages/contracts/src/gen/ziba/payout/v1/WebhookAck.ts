// Original file: protos/ziba/payout/v1/payout.proto


export interface WebhookAck {
  'accepted'?: (boolean);
  'duplicate'?: (boolean);
  'payoutStatus'?: (string);
}

export interface WebhookAck__Output {
  'accepted': (boolean);
  'duplicate': (boolean);
  'payoutStatus': (string);
}
