// Original file: protos/ziba/audit/v1/audit.proto


export interface VerifyChainRequest {
}

export interface VerifyChainRequest__Output {
}
