// Original file: protos/ziba/trip/v1/trip.proto


export interface GetEarningsRequest {
  'from'?: (string);
  'to'?: (string);
  'groupBy'?: (string);
  'serviceType'?: (string);
  'countryCode'?: (string);
  'mode'?: (string);
}

export interface GetEarningsRequest__Output {
  'from': (string);
  'to': (string);
  'groupBy': (string);
  'serviceType': (string);
  'countryCode': (string);
  'mode': (string);
}
