// Original file: protos/ziba/audit/v1/audit.proto


export interface SettingChange {
  'field'?: (string);
  'from'?: (string);
  'to'?: (string);
  'currency'?: (string);
}

export interface SettingChange__Output {
  'field': (string);
  'from': (string);
  'to': (string);
  'currency': (string);
}
