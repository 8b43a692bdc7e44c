// Original file: protos/ziba/payout/v1/payout.proto


export interface GetPayoutMethodRequest {
}

export interface GetPayoutMethodRequest__Output {
}
