// Original file: protos/ziba/trip/v1/trip.proto


export interface OrderLine {
  'menuItemId'?: (string);
  'quantity'?: (number);
}

export interface OrderLine__Output {
  'menuItemId': (string);
  'quantity': (number);
}
