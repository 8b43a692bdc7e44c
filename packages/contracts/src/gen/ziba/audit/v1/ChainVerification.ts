// Original file: protos/ziba/audit/v1/audit.proto

import type { Long } from '@grpc/proto-loader';

export interface ChainVerification {
  'ok'?: (boolean);
  'records'?: (number | string | Long);
  'firstBrokenSeq'?: (string);
  'reason'?: (string);
}

export interface ChainVerification__Output {
  'ok': (boolean);
  'records': (string);
  'firstBrokenSeq': (string);
  'reason': (string);
}
