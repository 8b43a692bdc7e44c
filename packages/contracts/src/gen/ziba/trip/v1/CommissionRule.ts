// Original file: protos/ziba/trip/v1/trip.proto


export interface CommissionRule {
  'id'?: (string);
  'serviceType'?: (string);
  'countryCode'?: (string);
  'paymentMethod'?: (string);
  'bps'?: (number);
  'effectiveFrom'?: (string);
  'createdBy'?: (string);
  'createdAt'?: (string);
}

export interface CommissionRule__Output {
  'id': (string);
  'serviceType': (string);
  'countryCode': (string);
  'paymentMethod': (string);
  'bps': (number);
  'effectiveFrom': (string);
  'createdBy': (string);
  'createdAt': (string);
}
