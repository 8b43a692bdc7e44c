// Original file: protos/ziba/payout/v1/payout.proto


export interface GetWithdrawalTermsRequest {
}

export interface GetWithdrawalTermsRequest__Output {
}
