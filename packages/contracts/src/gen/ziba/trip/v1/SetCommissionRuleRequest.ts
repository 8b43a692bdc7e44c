// Original file: protos/ziba/trip/v1/trip.proto


export interface SetCommissionRuleRequest {
  'serviceType'?: (string);
  'countryCode'?: (string);
  'paymentMethod'?: (string);
  'bps'?: (number);
  'effectiveFrom'?: (string);
}

export interface SetCommissionRuleRequest__Output {
  'serviceType': (string);
  'countryCode': (string);
  'paymentMethod': (string);
  'bps': (number);
  'effectiveFrom': (string);
}
