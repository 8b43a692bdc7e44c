// Original file: protos/ziba/trip/v1/trip.proto


export interface ListTariffsRequest {
  'countryCode'?: (string);
}

export interface ListTariffsRequest__Output {
  'countryCode': (string);
}
