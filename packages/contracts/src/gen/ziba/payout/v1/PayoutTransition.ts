// Original file: protos/ziba/payout/v1/payout.proto


export interface PayoutTransition {
  'fromStatus'?: (string);
  'toStatus'?: (string);
  'actorType'?: (string);
  'actorId'?: (string);
  'note'?: (string);
  'at'?: (string);
}

export interface PayoutTransition__Output {
  'fromStatus': (string);
  'toStatus': (string);
  'actorType': (string);
  'actorId': (string);
  'note': (string);
  'at': (string);
}
