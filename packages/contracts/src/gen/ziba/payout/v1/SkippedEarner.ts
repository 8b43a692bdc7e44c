// Original file: protos/ziba/payout/v1/payout.proto


export interface SkippedEarner {
  'ownerId'?: (string);
  'reasons'?: (string)[];
}

export interface SkippedEarner__Output {
  'ownerId': (string);
  'reasons': (string)[];
}
