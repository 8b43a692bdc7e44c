// Original file: protos/ziba/common/v1/common.proto


export interface PageInfo {
  'nextCursor'?: (string);
}

export interface PageInfo__Output {
  'nextCursor': (string);
}
