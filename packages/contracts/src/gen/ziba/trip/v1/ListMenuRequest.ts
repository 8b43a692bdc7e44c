// Original file: protos/ziba/trip/v1/trip.proto


export interface ListMenuRequest {
  'restaurantId'?: (string);
}

export interface ListMenuRequest__Output {
  'restaurantId': (string);
}
