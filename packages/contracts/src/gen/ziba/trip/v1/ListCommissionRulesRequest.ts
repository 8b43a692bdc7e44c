// Original file: protos/ziba/trip/v1/trip.proto


export interface ListCommissionRulesRequest {
  'serviceType'?: (string);
  'countryCode'?: (string);
}

export interface ListCommissionRulesRequest__Output {
  'serviceType': (string);
  'countryCode': (string);
}
