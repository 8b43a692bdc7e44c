import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from './ziba/common/v1/Money.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from './ziba/common/v1/PageInfo.ts';
import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from './ziba/common/v1/PageRequest.ts';
import type { Address as _ziba_identity_v1_Address, Address__Output as _ziba_identity_v1_Address__Output } from './ziba/identity/v1/Address.ts';
import type { CheckEligibilityRequest as _ziba_identity_v1_CheckEligibilityRequest, CheckEligibilityRequest__Output as _ziba_identity_v1_CheckEligibilityRequest__Output } from './ziba/identity/v1/CheckEligibilityRequest.ts';
import type { DecideDocumentRequest as _ziba_identity_v1_DecideDocumentRequest, DecideDocumentRequest__Output as _ziba_identity_v1_DecideDocumentRequest__Output } from './ziba/identity/v1/DecideDocumentRequest.ts';
import type { DecideProfileRequest as _ziba_identity_v1_DecideProfileRequest, DecideProfileRequest__Output as _ziba_identity_v1_DecideProfileRequest__Output } from './ziba/identity/v1/DecideProfileRequest.ts';
import type { Document as _ziba_identity_v1_Document, Document__Output as _ziba_identity_v1_Document__Output } from './ziba/identity/v1/Document.ts';
import type { Eligibility as _ziba_identity_v1_Eligibility, Eligibility__Output as _ziba_identity_v1_Eligibility__Output } from './ziba/identity/v1/Eligibility.ts';
import type { EndSessionRequest as _ziba_identity_v1_EndSessionRequest, EndSessionRequest__Output as _ziba_identity_v1_EndSessionRequest__Output } from './ziba/identity/v1/EndSessionRequest.ts';
import type { EndSessionResponse as _ziba_identity_v1_EndSessionResponse, EndSessionResponse__Output as _ziba_identity_v1_EndSessionResponse__Output } from './ziba/identity/v1/EndSessionResponse.ts';
import type { GetJwksRequest as _ziba_identity_v1_GetJwksRequest, GetJwksRequest__Output as _ziba_identity_v1_GetJwksRequest__Output } from './ziba/identity/v1/GetJwksRequest.ts';
import type { GetJwksResponse as _ziba_identity_v1_GetJwksResponse, GetJwksResponse__Output as _ziba_identity_v1_GetJwksResponse__Output } from './ziba/identity/v1/GetJwksResponse.ts';
import type { GetLegalNamesRequest as _ziba_identity_v1_GetLegalNamesRequest, GetLegalNamesRequest__Output as _ziba_identity_v1_GetLegalNamesRequest__Output } from './ziba/identity/v1/GetLegalNamesRequest.ts';
import type { GetLegalNamesResponse as _ziba_identity_v1_GetLegalNamesResponse, GetLegalNamesResponse__Output as _ziba_identity_v1_GetLegalNamesResponse__Output } from './ziba/identity/v1/GetLegalNamesResponse.ts';
import type { GetUserRequest as _ziba_identity_v1_GetUserRequest, GetUserRequest__Output as _ziba_identity_v1_GetUserRequest__Output } from './ziba/identity/v1/GetUserRequest.ts';
import type { GetUsersRequest as _ziba_identity_v1_GetUsersRequest, GetUsersRequest__Output as _ziba_identity_v1_GetUsersRequest__Output } from './ziba/identity/v1/GetUsersRequest.ts';
import type { GetUsersResponse as _ziba_identity_v1_GetUsersResponse, GetUsersResponse__Output as _ziba_identity_v1_GetUsersResponse__Output } from './ziba/identity/v1/GetUsersResponse.ts';
import type { GetVerificationRequest as _ziba_identity_v1_GetVerificationRequest, GetVerificationRequest__Output as _ziba_identity_v1_GetVerificationRequest__Output } from './ziba/identity/v1/GetVerificationRequest.ts';
import type { IdentityProfile as _ziba_identity_v1_IdentityProfile, IdentityProfile__Output as _ziba_identity_v1_IdentityProfile__Output } from './ziba/identity/v1/IdentityProfile.ts';
import type { IdentityServiceClient as _ziba_identity_v1_IdentityServiceClient, IdentityServiceDefinition as _ziba_identity_v1_IdentityServiceDefinition } from './ziba/identity/v1/IdentityService.ts';
import type { KycQueueItem as _ziba_identity_v1_KycQueueItem, KycQueueItem__Output as _ziba_identity_v1_KycQueueItem__Output } from './ziba/identity/v1/KycQueueItem.ts';
import type { KycQueuePage as _ziba_identity_v1_KycQueuePage, KycQueuePage__Output as _ziba_identity_v1_KycQueuePage__Output } from './ziba/identity/v1/KycQueuePage.ts';
import type { LegalName as _ziba_identity_v1_LegalName, LegalName__Output as _ziba_identity_v1_LegalName__Output } from './ziba/identity/v1/LegalName.ts';
import type { ListKycQueueRequest as _ziba_identity_v1_ListKycQueueRequest, ListKycQueueRequest__Output as _ziba_identity_v1_ListKycQueueRequest__Output } from './ziba/identity/v1/ListKycQueueRequest.ts';
import type { LoginRequest as _ziba_identity_v1_LoginRequest, LoginRequest__Output as _ziba_identity_v1_LoginRequest__Output } from './ziba/identity/v1/LoginRequest.ts';
import type { LoginResponse as _ziba_identity_v1_LoginResponse, LoginResponse__Output as _ziba_identity_v1_LoginResponse__Output } from './ziba/identity/v1/LoginResponse.ts';
import type { MatchLegalNameRequest as _ziba_identity_v1_MatchLegalNameRequest, MatchLegalNameRequest__Output as _ziba_identity_v1_MatchLegalNameRequest__Output } from './ziba/identity/v1/MatchLegalNameRequest.ts';
import type { MatchLegalNameResponse as _ziba_identity_v1_MatchLegalNameResponse, MatchLegalNameResponse__Output as _ziba_identity_v1_MatchLegalNameResponse__Output } from './ziba/identity/v1/MatchLegalNameResponse.ts';
import type { MatchLegalNamesRequest as _ziba_identity_v1_MatchLegalNamesRequest, MatchLegalNamesRequest__Output as _ziba_identity_v1_MatchLegalNamesRequest__Output } from './ziba/identity/v1/MatchLegalNamesRequest.ts';
import type { MatchLegalNamesResponse as _ziba_identity_v1_MatchLegalNamesResponse, MatchLegalNamesResponse__Output as _ziba_identity_v1_MatchLegalNamesResponse__Output } from './ziba/identity/v1/MatchLegalNamesResponse.ts';
import type { PutProfileRequest as _ziba_identity_v1_PutProfileRequest, PutProfileRequest__Output as _ziba_identity_v1_PutProfileRequest__Output } from './ziba/identity/v1/PutProfileRequest.ts';
import type { RefreshSessionRequest as _ziba_identity_v1_RefreshSessionRequest, RefreshSessionRequest__Output as _ziba_identity_v1_RefreshSessionRequest__Output } from './ziba/identity/v1/RefreshSessionRequest.ts';
import type { RegisterRequest as _ziba_identity_v1_RegisterRequest, RegisterRequest__Output as _ziba_identity_v1_RegisterRequest__Output } from './ziba/identity/v1/RegisterRequest.ts';
import type { ReviewFlag as _ziba_identity_v1_ReviewFlag, ReviewFlag__Output as _ziba_identity_v1_ReviewFlag__Output } from './ziba/identity/v1/ReviewFlag.ts';
import type { SearchUsersRequest as _ziba_identity_v1_SearchUsersRequest, SearchUsersRequest__Output as _ziba_identity_v1_SearchUsersRequest__Output } from './ziba/identity/v1/SearchUsersRequest.ts';
import type { Session as _ziba_identity_v1_Session, Session__Output as _ziba_identity_v1_Session__Output } from './ziba/identity/v1/Session.ts';
import type { SetDriverSuspendedRequest as _ziba_identity_v1_SetDriverSuspendedRequest, SetDriverSuspendedRequest__Output as _ziba_identity_v1_SetDriverSuspendedRequest__Output } from './ziba/identity/v1/SetDriverSuspendedRequest.ts';
import type { SetUserBlockedRequest as _ziba_identity_v1_SetUserBlockedRequest, SetUserBlockedRequest__Output as _ziba_identity_v1_SetUserBlockedRequest__Output } from './ziba/identity/v1/SetUserBlockedRequest.ts';
import type { StartSessionRequest as _ziba_identity_v1_StartSessionRequest, StartSessionRequest__Output as _ziba_identity_v1_StartSessionRequest__Output } from './ziba/identity/v1/StartSessionRequest.ts';
import type { SubmitDocumentRequest as _ziba_identity_v1_SubmitDocumentRequest, SubmitDocumentRequest__Output as _ziba_identity_v1_SubmitDocumentRequest__Output } from './ziba/identity/v1/SubmitDocumentRequest.ts';
import type { User as _ziba_identity_v1_User, User__Output as _ziba_identity_v1_User__Output } from './ziba/identity/v1/User.ts';
import type { UserSearchItem as _ziba_identity_v1_UserSearchItem, UserSearchItem__Output as _ziba_identity_v1_UserSearchItem__Output } from './ziba/identity/v1/UserSearchItem.ts';
import type { UserSearchPage as _ziba_identity_v1_UserSearchPage, UserSearchPage__Output as _ziba_identity_v1_UserSearchPage__Output } from './ziba/identity/v1/UserSearchPage.ts';
import type { Verification as _ziba_identity_v1_Verification, Verification__Output as _ziba_identity_v1_Verification__Output } from './ziba/identity/v1/Verification.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ziba: {
    common: {
      v1: {
        Money: MessageTypeDefinition<_ziba_common_v1_Money, _ziba_common_v1_Money__Output>
        PageInfo: MessageTypeDefinition<_ziba_common_v1_PageInfo, _ziba_common_v1_PageInfo__Output>
        PageRequest: MessageTypeDefinition<_ziba_common_v1_PageRequest, _ziba_common_v1_PageRequest__Output>
      }
    }
    identity: {
      v1: {
        Address: MessageTypeDefinition<_ziba_identity_v1_Address, _ziba_identity_v1_Address__Output>
        CheckEligibilityRequest: MessageTypeDefinition<_ziba_identity_v1_CheckEligibilityRequest, _ziba_identity_v1_CheckEligibilityRequest__Output>
        DecideDocumentRequest: MessageTypeDefinition<_ziba_identity_v1_DecideDocumentRequest, _ziba_identity_v1_DecideDocumentRequest__Output>
        DecideProfileRequest: MessageTypeDefinition<_ziba_identity_v1_DecideProfileRequest, _ziba_identity_v1_DecideProfileRequest__Output>
        Document: MessageTypeDefinition<_ziba_identity_v1_Document, _ziba_identity_v1_Document__Output>
        Eligibility: MessageTypeDefinition<_ziba_identity_v1_Eligibility, _ziba_identity_v1_Eligibility__Output>
        EndSessionRequest: MessageTypeDefinition<_ziba_identity_v1_EndSessionRequest, _ziba_identity_v1_EndSessionRequest__Output>
        EndSessionResponse: MessageTypeDefinition<_ziba_identity_v1_EndSessionResponse, _ziba_identity_v1_EndSessionResponse__Output>
        GetJwksRequest: MessageTypeDefinition<_ziba_identity_v1_GetJwksRequest, _ziba_identity_v1_GetJwksRequest__Output>
        GetJwksResponse: MessageTypeDefinition<_ziba_identity_v1_GetJwksResponse, _ziba_identity_v1_GetJwksResponse__Output>
        GetLegalNamesRequest: MessageTypeDefinition<_ziba_identity_v1_GetLegalNamesRequest, _ziba_identity_v1_GetLegalNamesRequest__Output>
        GetLegalNamesResponse: MessageTypeDefinition<_ziba_identity_v1_GetLegalNamesResponse, _ziba_identity_v1_GetLegalNamesResponse__Output>
        GetUserRequest: MessageTypeDefinition<_ziba_identity_v1_GetUserRequest, _ziba_identity_v1_GetUserRequest__Output>
        GetUsersRequest: MessageTypeDefinition<_ziba_identity_v1_GetUsersRequest, _ziba_identity_v1_GetUsersRequest__Output>
        GetUsersResponse: MessageTypeDefinition<_ziba_identity_v1_GetUsersResponse, _ziba_identity_v1_GetUsersResponse__Output>
        GetVerificationRequest: MessageTypeDefinition<_ziba_identity_v1_GetVerificationRequest, _ziba_identity_v1_GetVerificationRequest__Output>
        IdentityProfile: MessageTypeDefinition<_ziba_identity_v1_IdentityProfile, _ziba_identity_v1_IdentityProfile__Output>
        IdentityService: SubtypeConstructor<typeof grpc.Client, _ziba_identity_v1_IdentityServiceClient> & { service: _ziba_identity_v1_IdentityServiceDefinition }
        KycQueueItem: MessageTypeDefinition<_ziba_identity_v1_KycQueueItem, _ziba_identity_v1_KycQueueItem__Output>
        KycQueuePage: MessageTypeDefinition<_ziba_identity_v1_KycQueuePage, _ziba_identity_v1_KycQueuePage__Output>
        LegalName: MessageTypeDefinition<_ziba_identity_v1_LegalName, _ziba_identity_v1_LegalName__Output>
        ListKycQueueRequest: MessageTypeDefinition<_ziba_identity_v1_ListKycQueueRequest, _ziba_identity_v1_ListKycQueueRequest__Output>
        LoginRequest: MessageTypeDefinition<_ziba_identity_v1_LoginRequest, _ziba_identity_v1_LoginRequest__Output>
        LoginResponse: MessageTypeDefinition<_ziba_identity_v1_LoginResponse, _ziba_identity_v1_LoginResponse__Output>
        MatchLegalNameRequest: MessageTypeDefinition<_ziba_identity_v1_MatchLegalNameRequest, _ziba_identity_v1_MatchLegalNameRequest__Output>
        MatchLegalNameResponse: MessageTypeDefinition<_ziba_identity_v1_MatchLegalNameResponse, _ziba_identity_v1_MatchLegalNameResponse__Output>
        MatchLegalNamesRequest: MessageTypeDefinition<_ziba_identity_v1_MatchLegalNamesRequest, _ziba_identity_v1_MatchLegalNamesRequest__Output>
        MatchLegalNamesResponse: MessageTypeDefinition<_ziba_identity_v1_MatchLegalNamesResponse, _ziba_identity_v1_MatchLegalNamesResponse__Output>
        PutProfileRequest: MessageTypeDefinition<_ziba_identity_v1_PutProfileRequest, _ziba_identity_v1_PutProfileRequest__Output>
        RefreshSessionRequest: MessageTypeDefinition<_ziba_identity_v1_RefreshSessionRequest, _ziba_identity_v1_RefreshSessionRequest__Output>
        RegisterRequest: MessageTypeDefinition<_ziba_identity_v1_RegisterRequest, _ziba_identity_v1_RegisterRequest__Output>
        ReviewFlag: MessageTypeDefinition<_ziba_identity_v1_ReviewFlag, _ziba_identity_v1_ReviewFlag__Output>
        SearchUsersRequest: MessageTypeDefinition<_ziba_identity_v1_SearchUsersRequest, _ziba_identity_v1_SearchUsersRequest__Output>
        Session: MessageTypeDefinition<_ziba_identity_v1_Session, _ziba_identity_v1_Session__Output>
        SetDriverSuspendedRequest: MessageTypeDefinition<_ziba_identity_v1_SetDriverSuspendedRequest, _ziba_identity_v1_SetDriverSuspendedRequest__Output>
        SetUserBlockedRequest: MessageTypeDefinition<_ziba_identity_v1_SetUserBlockedRequest, _ziba_identity_v1_SetUserBlockedRequest__Output>
        StartSessionRequest: MessageTypeDefinition<_ziba_identity_v1_StartSessionRequest, _ziba_identity_v1_StartSessionRequest__Output>
        SubmitDocumentRequest: MessageTypeDefinition<_ziba_identity_v1_SubmitDocumentRequest, _ziba_identity_v1_SubmitDocumentRequest__Output>
        User: MessageTypeDefinition<_ziba_identity_v1_User, _ziba_identity_v1_User__Output>
        UserSearchItem: MessageTypeDefinition<_ziba_identity_v1_UserSearchItem, _ziba_identity_v1_UserSearchItem__Output>
        UserSearchPage: MessageTypeDefinition<_ziba_identity_v1_UserSearchPage, _ziba_identity_v1_UserSearchPage__Output>
        Verification: MessageTypeDefinition<_ziba_identity_v1_Verification, _ziba_identity_v1_Verification__Output>
      }
    }
  }
}

