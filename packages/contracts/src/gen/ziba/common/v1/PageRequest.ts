// Original file: protos/ziba/common/v1/common.proto


export interface PageRequest {
  'pageSize'?: (number);
  'cursor'?: (string);
}

export interface PageRequest__Output {
  'pageSize': (number);
  'cursor': (string);
}
