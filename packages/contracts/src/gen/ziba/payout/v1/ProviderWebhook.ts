// Original file: protos/ziba/payout/v1/payout.proto


export interface ProviderWebhook {
  'provider'?: (string);
  'timestamp'?: (string);
  'signature'?: (string);
  'rawBody'?: (Buffer | Uint8Array | string);
}

export interface ProviderWebhook__Output {
  'provider': (string);
  'timestamp': (string);
  'signature': (string);
  'rawBody': (Buffer);
}
