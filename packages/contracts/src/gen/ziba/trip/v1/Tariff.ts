// Original file: protos/ziba/trip/v1/trip.proto


export interface Tariff {
  'countryCode'?: (string);
  'serviceType'?: (string);
  'currency'?: (string);
  'baseFare'?: (string);
  'perKm'?: (string);
  'minimumFare'?: (string);
  'updatedAt'?: (string);
}

export interface Tariff__Output {
  'countryCode': (string);
  'serviceType': (string);
  'currency': (string);
  'baseFare': (string);
  'perKm': (string);
  'minimumFare': (string);
  'updatedAt': (string);
}
