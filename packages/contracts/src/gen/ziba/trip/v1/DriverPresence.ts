// Original file: protos/ziba/trip/v1/trip.proto


export interface DriverPresence {
  'driverId'?: (string);
  'online'?: (boolean);
  'updatedAt'?: (string);
}

export interface DriverPresence__Output {
  'driverId': (string);
  'online': (boolean);
  'updatedAt': (string);
}
