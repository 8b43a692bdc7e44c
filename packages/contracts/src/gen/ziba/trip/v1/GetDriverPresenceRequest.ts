// Original file: protos/ziba/trip/v1/trip.proto


export interface GetDriverPresenceRequest {
}

export interface GetDriverPresenceRequest__Output {
}
