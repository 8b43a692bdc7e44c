// Original file: protos/ziba/trip/v1/trip.proto


export interface SetMenuItemRequest {
  'id'?: (string);
  'name'?: (string);
  'price'?: (string);
  'available'?: (boolean);
  'keepAvailability'?: (boolean);
}

export interface SetMenuItemRequest__Output {
  'id': (string);
  'name': (string);
  'price': (string);
  'available': (boolean);
  'keepAvailability': (boolean);
}
