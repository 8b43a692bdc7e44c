// Original file: protos/ziba/identity/v1/identity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { CheckEligibilityRequest as _ziba_identity_v1_CheckEligibilityRequest, CheckEligibilityRequest__Output as _ziba_identity_v1_CheckEligibilityRequest__Output } from '../../../ziba/identity/v1/CheckEligibilityRequest.ts';
import type { DecideDocumentRequest as _ziba_identity_v1_DecideDocumentRequest, DecideDocumentRequest__Output as _ziba_identity_v1_DecideDocumentRequest__Output } from '../../../ziba/identity/v1/DecideDocumentRequest.ts';
import type { DecideProfileRequest as _ziba_identity_v1_DecideProfileRequest, DecideProfileRequest__Output as _ziba_identity_v1_DecideProfileRequest__Output } from '../../../ziba/identity/v1/DecideProfileRequest.ts';
import type { Document as _ziba_identity_v1_Document, Document__Output as _ziba_identity_v1_Document__Output } from '../../../ziba/identity/v1/Document.ts';
import type { Eligibility as _ziba_identity_v1_Eligibility, Eligibility__Output as _ziba_identity_v1_Eligibility__Output } from '../../../ziba/identity/v1/Eligibility.ts';
import type { EndSessionRequest as _ziba_identity_v1_EndSessionRequest, EndSessionRequest__Output as _ziba_identity_v1_EndSessionRequest__Output } from '../../../ziba/identity/v1/EndSessionRequest.ts';
import type { EndSessionResponse as _ziba_identity_v1_EndSessionResponse, EndSessionResponse__Output as _ziba_identity_v1_EndSessionResponse__Output } from '../../../ziba/identity/v1/EndSessionResponse.ts';
import type { GetJwksRequest as _ziba_identity_v1_GetJwksRequest, GetJwksRequest__Output as _ziba_identity_v1_GetJwksRequest__Output } from '../../../ziba/identity/v1/GetJwksRequest.ts';
import type { GetJwksResponse as _ziba_identity_v1_GetJwksResponse, GetJwksResponse__Output as _ziba_identity_v1_GetJwksResponse__Output } from '../../../ziba/identity/v1/GetJwksResponse.ts';
import type { GetLegalNamesRequest as _ziba_identity_v1_GetLegalNamesRequest, GetLegalNamesRequest__Output as _ziba_identity_v1_GetLegalNamesRequest__Output } from '../../../ziba/identity/v1/GetLegalNamesRequest.ts';
import type { GetLegalNamesResponse as _ziba_identity_v1_GetLegalNamesResponse, GetLegalNamesResponse__Output as _ziba_identity_v1_GetLegalNamesResponse__Output } from '../../../ziba/identity/v1/GetLegalNamesResponse.ts';
import type { GetUserRequest as _ziba_identity_v1_GetUserRequest, GetUserRequest__Output as _ziba_identity_v1_GetUserRequest__Output } from '../../../ziba/identity/v1/GetUserRequest.ts';
import type { GetUsersRequest as _ziba_identity_v1_GetUsersRequest, GetUsersRequest__Output as _ziba_identity_v1_GetUsersRequest__Output } from '../../../ziba/identity/v1/GetUsersRequest.ts';
import type { GetUsersResponse as _ziba_identity_v1_GetUsersResponse, GetUsersResponse__Output as _ziba_identity_v1_GetUsersResponse__Output } from '../../../ziba/identity/v1/GetUsersResponse.ts';
import type { GetVerificationRequest as _ziba_identity_v1_GetVerificationRequest, GetVerificationRequest__Output as _ziba_identity_v1_GetVerificationRequest__Output } from '../../../ziba/identity/v1/GetVerificationRequest.ts';
import type { KycQueuePage as _ziba_identity_v1_KycQueuePage, KycQueuePage__Output as _ziba_identity_v1_KycQueuePage__Output } from '../../../ziba/identity/v1/KycQueuePage.ts';
import type { ListKycQueueRequest as _ziba_identity_v1_ListKycQueueRequest, ListKycQueueRequest__Output as _ziba_identity_v1_ListKycQueueRequest__Output } from '../../../ziba/identity/v1/ListKycQueueRequest.ts';
import type { LoginRequest as _ziba_identity_v1_LoginRequest, LoginRequest__Output as _ziba_identity_v1_LoginRequest__Output } from '../../../ziba/identity/v1/LoginRequest.ts';
import type { LoginResponse as _ziba_identity_v1_LoginResponse, LoginResponse__Output as _ziba_identity_v1_LoginResponse__Output } from '../../../ziba/identity/v1/LoginResponse.ts';
import type { MatchLegalNameRequest as _ziba_identity_v1_MatchLegalNameRequest, MatchLegalNameRequest__Output as _ziba_identity_v1_MatchLegalNameRequest__Output } from '../../../ziba/identity/v1/MatchLegalNameRequest.ts';
import type { MatchLegalNameResponse as _ziba_identity_v1_MatchLegalNameResponse, MatchLegalNameResponse__Output as _ziba_identity_v1_MatchLegalNameResponse__Output } from '../../../ziba/identity/v1/MatchLegalNameResponse.ts';
import type { MatchLegalNamesRequest as _ziba_identity_v1_MatchLegalNamesRequest, MatchLegalNamesRequest__Output as _ziba_identity_v1_MatchLegalNamesRequest__Output } from '../../../ziba/identity/v1/MatchLegalNamesRequest.ts';
import type { MatchLegalNamesResponse as _ziba_identity_v1_MatchLegalNamesResponse, MatchLegalNamesResponse__Output as _ziba_identity_v1_MatchLegalNamesResponse__Output } from '../../../ziba/identity/v1/MatchLegalNamesResponse.ts';
import type { PutProfileRequest as _ziba_identity_v1_PutProfileRequest, PutProfileRequest__Output as _ziba_identity_v1_PutProfileRequest__Output } from '../../../ziba/identity/v1/PutProfileRequest.ts';
import type { RefreshSessionRequest as _ziba_identity_v1_RefreshSessionRequest, RefreshSessionRequest__Output as _ziba_identity_v1_RefreshSessionRequest__Output } from '../../../ziba/identity/v1/RefreshSessionRequest.ts';
import type { RegisterRequest as _ziba_identity_v1_RegisterRequest, RegisterRequest__Output as _ziba_identity_v1_RegisterRequest__Output } from '../../../ziba/identity/v1/RegisterRequest.ts';
import type { SearchUsersRequest as _ziba_identity_v1_SearchUsersRequest, SearchUsersRequest__Output as _ziba_identity_v1_SearchUsersRequest__Output } from '../../../ziba/identity/v1/SearchUsersRequest.ts';
import type { Session as _ziba_identity_v1_Session, Session__Output as _ziba_identity_v1_Session__Output } from '../../../ziba/identity/v1/Session.ts';
import type { SetDriverSuspendedRequest as _ziba_identity_v1_SetDriverSuspendedRequest, SetDriverSuspendedRequest__Output as _ziba_identity_v1_SetDriverSuspendedRequest__Output } from '../../../ziba/identity/v1/SetDriverSuspendedRequest.ts';
import type { SetUserBlockedRequest as _ziba_identity_v1_SetUserBlockedRequest, SetUserBlockedRequest__Output as _ziba_identity_v1_SetUserBlockedRequest__Output } from '../../../ziba/identity/v1/SetUserBlockedRequest.ts';
import type { StartSessionRequest as _ziba_identity_v1_StartSessionRequest, StartSessionRequest__Output as _ziba_identity_v1_StartSessionRequest__Output } from '../../../ziba/identity/v1/StartSessionRequest.ts';
import type { SubmitDocumentRequest as _ziba_identity_v1_SubmitDocumentRequest, SubmitDocumentRequest__Output as _ziba_identity_v1_SubmitDocumentRequest__Output } from '../../../ziba/identity/v1/SubmitDocumentRequest.ts';
import type { User as _ziba_identity_v1_User, User__Output as _ziba_identity_v1_User__Output } from '../../../ziba/identity/v1/User.ts';
import type { UserSearchPage as _ziba_identity_v1_UserSearchPage, UserSearchPage__Output as _ziba_identity_v1_UserSearchPage__Output } from '../../../ziba/identity/v1/UserSearchPage.ts';
import type { Verification as _ziba_identity_v1_Verification, Verification__Output as _ziba_identity_v1_Verification__Output } from '../../../ziba/identity/v1/Verification.ts';

export interface IdentityServiceClient extends grpc.Client {
  CheckEligibility(argument: _ziba_identity_v1_CheckEligibilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Eligibility__Output>): grpc.ClientUnaryCall;
  CheckEligibility(argument: _ziba_identity_v1_CheckEligibilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Eligibility__Output>): grpc.ClientUnaryCall;
  CheckEligibility(argument: _ziba_identity_v1_CheckEligibilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Eligibility__Output>): grpc.ClientUnaryCall;
  CheckEligibility(argument: _ziba_identity_v1_CheckEligibilityRequest, callback: grpc.requestCallback<_ziba_identity_v1_Eligibility__Output>): grpc.ClientUnaryCall;
  checkEligibility(argument: _ziba_identity_v1_CheckEligibilityRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Eligibility__Output>): grpc.ClientUnaryCall;
  checkEligibility(argument: _ziba_identity_v1_CheckEligibilityRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Eligibility__Output>): grpc.ClientUnaryCall;
  checkEligibility(argument: _ziba_identity_v1_CheckEligibilityRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Eligibility__Output>): grpc.ClientUnaryCall;
  checkEligibility(argument: _ziba_identity_v1_CheckEligibilityRequest, callback: grpc.requestCallback<_ziba_identity_v1_Eligibility__Output>): grpc.ClientUnaryCall;
  
  DecideDocument(argument: _ziba_identity_v1_DecideDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  DecideDocument(argument: _ziba_identity_v1_DecideDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  DecideDocument(argument: _ziba_identity_v1_DecideDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  DecideDocument(argument: _ziba_identity_v1_DecideDocumentRequest, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  decideDocument(argument: _ziba_identity_v1_DecideDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  decideDocument(argument: _ziba_identity_v1_DecideDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  decideDocument(argument: _ziba_identity_v1_DecideDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  decideDocument(argument: _ziba_identity_v1_DecideDocumentRequest, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  
  DecideProfile(argument: _ziba_identity_v1_DecideProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  DecideProfile(argument: _ziba_identity_v1_DecideProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  DecideProfile(argument: _ziba_identity_v1_DecideProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  DecideProfile(argument: _ziba_identity_v1_DecideProfileRequest, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  decideProfile(argument: _ziba_identity_v1_DecideProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  decideProfile(argument: _ziba_identity_v1_DecideProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  decideProfile(argument: _ziba_identity_v1_DecideProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  decideProfile(argument: _ziba_identity_v1_DecideProfileRequest, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  
  EndSession(argument: _ziba_identity_v1_EndSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  EndSession(argument: _ziba_identity_v1_EndSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  EndSession(argument: _ziba_identity_v1_EndSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  EndSession(argument: _ziba_identity_v1_EndSessionRequest, callback: grpc.requestCallback<_ziba_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _ziba_identity_v1_EndSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _ziba_identity_v1_EndSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _ziba_identity_v1_EndSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  endSession(argument: _ziba_identity_v1_EndSessionRequest, callback: grpc.requestCallback<_ziba_identity_v1_EndSessionResponse__Output>): grpc.ClientUnaryCall;
  
  GetJwks(argument: _ziba_identity_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _ziba_identity_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _ziba_identity_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _ziba_identity_v1_GetJwksRequest, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _ziba_identity_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _ziba_identity_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _ziba_identity_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _ziba_identity_v1_GetJwksRequest, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  
  GetLegalNames(argument: _ziba_identity_v1_GetLegalNamesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  GetLegalNames(argument: _ziba_identity_v1_GetLegalNamesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_GetLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  GetLegalNames(argument: _ziba_identity_v1_GetLegalNamesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  GetLegalNames(argument: _ziba_identity_v1_GetLegalNamesRequest, callback: grpc.requestCallback<_ziba_identity_v1_GetLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  getLegalNames(argument: _ziba_identity_v1_GetLegalNamesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  getLegalNames(argument: _ziba_identity_v1_GetLegalNamesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_GetLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  getLegalNames(argument: _ziba_identity_v1_GetLegalNamesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  getLegalNames(argument: _ziba_identity_v1_GetLegalNamesRequest, callback: grpc.requestCallback<_ziba_identity_v1_GetLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  
  GetUser(argument: _ziba_identity_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _ziba_identity_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _ziba_identity_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _ziba_identity_v1_GetUserRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _ziba_identity_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _ziba_identity_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _ziba_identity_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _ziba_identity_v1_GetUserRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  
  GetUsers(argument: _ziba_identity_v1_GetUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  GetUsers(argument: _ziba_identity_v1_GetUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  GetUsers(argument: _ziba_identity_v1_GetUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  GetUsers(argument: _ziba_identity_v1_GetUsersRequest, callback: grpc.requestCallback<_ziba_identity_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  getUsers(argument: _ziba_identity_v1_GetUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  getUsers(argument: _ziba_identity_v1_GetUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  getUsers(argument: _ziba_identity_v1_GetUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  getUsers(argument: _ziba_identity_v1_GetUsersRequest, callback: grpc.requestCallback<_ziba_identity_v1_GetUsersResponse__Output>): grpc.ClientUnaryCall;
  
  GetVerification(argument: _ziba_identity_v1_GetVerificationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  GetVerification(argument: _ziba_identity_v1_GetVerificationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  GetVerification(argument: _ziba_identity_v1_GetVerificationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  GetVerification(argument: _ziba_identity_v1_GetVerificationRequest, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  getVerification(argument: _ziba_identity_v1_GetVerificationRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  getVerification(argument: _ziba_identity_v1_GetVerificationRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  getVerification(argument: _ziba_identity_v1_GetVerificationRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  getVerification(argument: _ziba_identity_v1_GetVerificationRequest, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  
  ListKycQueue(argument: _ziba_identity_v1_ListKycQueueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_KycQueuePage__Output>): grpc.ClientUnaryCall;
  ListKycQueue(argument: _ziba_identity_v1_ListKycQueueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_KycQueuePage__Output>): grpc.ClientUnaryCall;
  ListKycQueue(argument: _ziba_identity_v1_ListKycQueueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_KycQueuePage__Output>): grpc.ClientUnaryCall;
  ListKycQueue(argument: _ziba_identity_v1_ListKycQueueRequest, callback: grpc.requestCallback<_ziba_identity_v1_KycQueuePage__Output>): grpc.ClientUnaryCall;
  listKycQueue(argument: _ziba_identity_v1_ListKycQueueRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_KycQueuePage__Output>): grpc.ClientUnaryCall;
  listKycQueue(argument: _ziba_identity_v1_ListKycQueueRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_KycQueuePage__Output>): grpc.ClientUnaryCall;
  listKycQueue(argument: _ziba_identity_v1_ListKycQueueRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_KycQueuePage__Output>): grpc.ClientUnaryCall;
  listKycQueue(argument: _ziba_identity_v1_ListKycQueueRequest, callback: grpc.requestCallback<_ziba_identity_v1_KycQueuePage__Output>): grpc.ClientUnaryCall;
  
  Login(argument: _ziba_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _ziba_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _ziba_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _ziba_identity_v1_LoginRequest, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ziba_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ziba_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ziba_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ziba_identity_v1_LoginRequest, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  
  MatchLegalName(argument: _ziba_identity_v1_MatchLegalNameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNameResponse__Output>): grpc.ClientUnaryCall;
  MatchLegalName(argument: _ziba_identity_v1_MatchLegalNameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNameResponse__Output>): grpc.ClientUnaryCall;
  MatchLegalName(argument: _ziba_identity_v1_MatchLegalNameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNameResponse__Output>): grpc.ClientUnaryCall;
  MatchLegalName(argument: _ziba_identity_v1_MatchLegalNameRequest, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNameResponse__Output>): grpc.ClientUnaryCall;
  matchLegalName(argument: _ziba_identity_v1_MatchLegalNameRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNameResponse__Output>): grpc.ClientUnaryCall;
  matchLegalName(argument: _ziba_identity_v1_MatchLegalNameRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNameResponse__Output>): grpc.ClientUnaryCall;
  matchLegalName(argument: _ziba_identity_v1_MatchLegalNameRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNameResponse__Output>): grpc.ClientUnaryCall;
  matchLegalName(argument: _ziba_identity_v1_MatchLegalNameRequest, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNameResponse__Output>): grpc.ClientUnaryCall;
  
  MatchLegalNames(argument: _ziba_identity_v1_MatchLegalNamesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  MatchLegalNames(argument: _ziba_identity_v1_MatchLegalNamesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  MatchLegalNames(argument: _ziba_identity_v1_MatchLegalNamesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  MatchLegalNames(argument: _ziba_identity_v1_MatchLegalNamesRequest, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  matchLegalNames(argument: _ziba_identity_v1_MatchLegalNamesRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  matchLegalNames(argument: _ziba_identity_v1_MatchLegalNamesRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  matchLegalNames(argument: _ziba_identity_v1_MatchLegalNamesRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  matchLegalNames(argument: _ziba_identity_v1_MatchLegalNamesRequest, callback: grpc.requestCallback<_ziba_identity_v1_MatchLegalNamesResponse__Output>): grpc.ClientUnaryCall;
  
  PutProfile(argument: _ziba_identity_v1_PutProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  PutProfile(argument: _ziba_identity_v1_PutProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  PutProfile(argument: _ziba_identity_v1_PutProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  PutProfile(argument: _ziba_identity_v1_PutProfileRequest, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  putProfile(argument: _ziba_identity_v1_PutProfileRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  putProfile(argument: _ziba_identity_v1_PutProfileRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  putProfile(argument: _ziba_identity_v1_PutProfileRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  putProfile(argument: _ziba_identity_v1_PutProfileRequest, callback: grpc.requestCallback<_ziba_identity_v1_Verification__Output>): grpc.ClientUnaryCall;
  
  RefreshSession(argument: _ziba_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  RefreshSession(argument: _ziba_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  RefreshSession(argument: _ziba_identity_v1_RefreshSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  RefreshSession(argument: _ziba_identity_v1_RefreshSessionRequest, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _ziba_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _ziba_identity_v1_RefreshSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _ziba_identity_v1_RefreshSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  refreshSession(argument: _ziba_identity_v1_RefreshSessionRequest, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  
  Register(argument: _ziba_identity_v1_RegisterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  Register(argument: _ziba_identity_v1_RegisterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  Register(argument: _ziba_identity_v1_RegisterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  Register(argument: _ziba_identity_v1_RegisterRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _ziba_identity_v1_RegisterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _ziba_identity_v1_RegisterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _ziba_identity_v1_RegisterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _ziba_identity_v1_RegisterRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  
  SearchUsers(argument: _ziba_identity_v1_SearchUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_UserSearchPage__Output>): grpc.ClientUnaryCall;
  SearchUsers(argument: _ziba_identity_v1_SearchUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_UserSearchPage__Output>): grpc.ClientUnaryCall;
  SearchUsers(argument: _ziba_identity_v1_SearchUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_UserSearchPage__Output>): grpc.ClientUnaryCall;
  SearchUsers(argument: _ziba_identity_v1_SearchUsersRequest, callback: grpc.requestCallback<_ziba_identity_v1_UserSearchPage__Output>): grpc.ClientUnaryCall;
  searchUsers(argument: _ziba_identity_v1_SearchUsersRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_UserSearchPage__Output>): grpc.ClientUnaryCall;
  searchUsers(argument: _ziba_identity_v1_SearchUsersRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_UserSearchPage__Output>): grpc.ClientUnaryCall;
  searchUsers(argument: _ziba_identity_v1_SearchUsersRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_UserSearchPage__Output>): grpc.ClientUnaryCall;
  searchUsers(argument: _ziba_identity_v1_SearchUsersRequest, callback: grpc.requestCallback<_ziba_identity_v1_UserSearchPage__Output>): grpc.ClientUnaryCall;
  
  SetDriverSuspended(argument: _ziba_identity_v1_SetDriverSuspendedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  SetDriverSuspended(argument: _ziba_identity_v1_SetDriverSuspendedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  SetDriverSuspended(argument: _ziba_identity_v1_SetDriverSuspendedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  SetDriverSuspended(argument: _ziba_identity_v1_SetDriverSuspendedRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  setDriverSuspended(argument: _ziba_identity_v1_SetDriverSuspendedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  setDriverSuspended(argument: _ziba_identity_v1_SetDriverSuspendedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  setDriverSuspended(argument: _ziba_identity_v1_SetDriverSuspendedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  setDriverSuspended(argument: _ziba_identity_v1_SetDriverSuspendedRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  
  SetUserBlocked(argument: _ziba_identity_v1_SetUserBlockedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  SetUserBlocked(argument: _ziba_identity_v1_SetUserBlockedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  SetUserBlocked(argument: _ziba_identity_v1_SetUserBlockedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  SetUserBlocked(argument: _ziba_identity_v1_SetUserBlockedRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  setUserBlocked(argument: _ziba_identity_v1_SetUserBlockedRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  setUserBlocked(argument: _ziba_identity_v1_SetUserBlockedRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  setUserBlocked(argument: _ziba_identity_v1_SetUserBlockedRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  setUserBlocked(argument: _ziba_identity_v1_SetUserBlockedRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  
  StartSession(argument: _ziba_identity_v1_StartSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  StartSession(argument: _ziba_identity_v1_StartSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  StartSession(argument: _ziba_identity_v1_StartSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  StartSession(argument: _ziba_identity_v1_StartSessionRequest, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  startSession(argument: _ziba_identity_v1_StartSessionRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  startSession(argument: _ziba_identity_v1_StartSessionRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  startSession(argument: _ziba_identity_v1_StartSessionRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  startSession(argument: _ziba_identity_v1_StartSessionRequest, callback: grpc.requestCallback<_ziba_identity_v1_Session__Output>): grpc.ClientUnaryCall;
  
  SubmitDocument(argument: _ziba_identity_v1_SubmitDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  SubmitDocument(argument: _ziba_identity_v1_SubmitDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  SubmitDocument(argument: _ziba_identity_v1_SubmitDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  SubmitDocument(argument: _ziba_identity_v1_SubmitDocumentRequest, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  submitDocument(argument: _ziba_identity_v1_SubmitDocumentRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  submitDocument(argument: _ziba_identity_v1_SubmitDocumentRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  submitDocument(argument: _ziba_identity_v1_SubmitDocumentRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  submitDocument(argument: _ziba_identity_v1_SubmitDocumentRequest, callback: grpc.requestCallback<_ziba_identity_v1_Document__Output>): grpc.ClientUnaryCall;
  
}

export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  CheckEligibility: grpc.handleUnaryCall<_ziba_identity_v1_CheckEligibilityRequest__Output, _ziba_identity_v1_Eligibility>;
  
  DecideDocument: grpc.handleUnaryCall<_ziba_identity_v1_DecideDocumentRequest__Output, _ziba_identity_v1_Document>;
  
  DecideProfile: grpc.handleUnaryCall<_ziba_identity_v1_DecideProfileRequest__Output, _ziba_identity_v1_Verification>;
  
  EndSession: grpc.handleUnaryCall<_ziba_identity_v1_EndSessionRequest__Output, _ziba_identity_v1_EndSessionResponse>;
  
  GetJwks: grpc.handleUnaryCall<_ziba_identity_v1_GetJwksRequest__Output, _ziba_identity_v1_GetJwksResponse>;
  
  GetLegalNames: grpc.handleUnaryCall<_ziba_identity_v1_GetLegalNamesRequest__Output, _ziba_identity_v1_GetLegalNamesResponse>;
  
  GetUser: grpc.handleUnaryCall<_ziba_identity_v1_GetUserRequest__Output, _ziba_identity_v1_User>;
  
  GetUsers: grpc.handleUnaryCall<_ziba_identity_v1_GetUsersRequest__Output, _ziba_identity_v1_GetUsersResponse>;
  
  GetVerification: grpc.handleUnaryCall<_ziba_identity_v1_GetVerificationRequest__Output, _ziba_identity_v1_Verification>;
  
  ListKycQueue: grpc.handleUnaryCall<_ziba_identity_v1_ListKycQueueRequest__Output, _ziba_identity_v1_KycQueuePage>;
  
  Login: grpc.handleUnaryCall<_ziba_identity_v1_LoginRequest__Output, _ziba_identity_v1_LoginResponse>;
  
  MatchLegalName: grpc.handleUnaryCall<_ziba_identity_v1_MatchLegalNameRequest__Output, _ziba_identity_v1_MatchLegalNameResponse>;
  
  MatchLegalNames: grpc.handleUnaryCall<_ziba_identity_v1_MatchLegalNamesRequest__Output, _ziba_identity_v1_MatchLegalNamesResponse>;
  
  PutProfile: grpc.handleUnaryCall<_ziba_identity_v1_PutProfileRequest__Output, _ziba_identity_v1_Verification>;
  
  RefreshSession: grpc.handleUnaryCall<_ziba_identity_v1_RefreshSessionRequest__Output, _ziba_identity_v1_Session>;
  
  Register: grpc.handleUnaryCall<_ziba_identity_v1_RegisterRequest__Output, _ziba_identity_v1_User>;
  
  SearchUsers: grpc.handleUnaryCall<_ziba_identity_v1_SearchUsersRequest__Output, _ziba_identity_v1_UserSearchPage>;
  
  SetDriverSuspended: grpc.handleUnaryCall<_ziba_identity_v1_SetDriverSuspendedRequest__Output, _ziba_identity_v1_User>;
  
  SetUserBlocked: grpc.handleUnaryCall<_ziba_identity_v1_SetUserBlockedRequest__Output, _ziba_identity_v1_User>;
  
  StartSession: grpc.handleUnaryCall<_ziba_identity_v1_StartSessionRequest__Output, _ziba_identity_v1_Session>;
  
  SubmitDocument: grpc.handleUnaryCall<_ziba_identity_v1_SubmitDocumentRequest__Output, _ziba_identity_v1_Document>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  CheckEligibility: MethodDefinition<_ziba_identity_v1_CheckEligibilityRequest, _ziba_identity_v1_Eligibility, _ziba_identity_v1_CheckEligibilityRequest__Output, _ziba_identity_v1_Eligibility__Output>
  DecideDocument: MethodDefinition<_ziba_identity_v1_DecideDocumentRequest, _ziba_identity_v1_Document, _ziba_identity_v1_DecideDocumentRequest__Output, _ziba_identity_v1_Document__Output>
  DecideProfile: MethodDefinition<_ziba_identity_v1_DecideProfileRequest, _ziba_identity_v1_Verification, _ziba_identity_v1_DecideProfileRequest__Output, _ziba_identity_v1_Verification__Output>
  EndSession: MethodDefinition<_ziba_identity_v1_EndSessionRequest, _ziba_identity_v1_EndSessionResponse, _ziba_identity_v1_EndSessionRequest__Output, _ziba_identity_v1_EndSessionResponse__Output>
  GetJwks: MethodDefinition<_ziba_identity_v1_GetJwksRequest, _ziba_identity_v1_GetJwksResponse, _ziba_identity_v1_GetJwksRequest__Output, _ziba_identity_v1_GetJwksResponse__Output>
  GetLegalNames: MethodDefinition<_ziba_identity_v1_GetLegalNamesRequest, _ziba_identity_v1_GetLegalNamesResponse, _ziba_identity_v1_GetLegalNamesRequest__Output, _ziba_identity_v1_GetLegalNamesResponse__Output>
  GetUser: MethodDefinition<_ziba_identity_v1_GetUserRequest, _ziba_identity_v1_User, _ziba_identity_v1_GetUserRequest__Output, _ziba_identity_v1_User__Output>
  GetUsers: MethodDefinition<_ziba_identity_v1_GetUsersRequest, _ziba_identity_v1_GetUsersResponse, _ziba_identity_v1_GetUsersRequest__Output, _ziba_identity_v1_GetUsersResponse__Output>
  GetVerification: MethodDefinition<_ziba_identity_v1_GetVerificationRequest, _ziba_identity_v1_Verification, _ziba_identity_v1_GetVerificationRequest__Output, _ziba_identity_v1_Verification__Output>
  ListKycQueue: MethodDefinition<_ziba_identity_v1_ListKycQueueRequest, _ziba_identity_v1_KycQueuePage, _ziba_identity_v1_ListKycQueueRequest__Output, _ziba_identity_v1_KycQueuePage__Output>
  Login: MethodDefinition<_ziba_identity_v1_LoginRequest, _ziba_identity_v1_LoginResponse, _ziba_identity_v1_LoginRequest__Output, _ziba_identity_v1_LoginResponse__Output>
  MatchLegalName: MethodDefinition<_ziba_identity_v1_MatchLegalNameRequest, _ziba_identity_v1_MatchLegalNameResponse, _ziba_identity_v1_MatchLegalNameRequest__Output, _ziba_identity_v1_MatchLegalNameResponse__Output>
  MatchLegalNames: MethodDefinition<_ziba_identity_v1_MatchLegalNamesRequest, _ziba_identity_v1_MatchLegalNamesResponse, _ziba_identity_v1_MatchLegalNamesRequest__Output, _ziba_identity_v1_MatchLegalNamesResponse__Output>
  PutProfile: MethodDefinition<_ziba_identity_v1_PutProfileRequest, _ziba_identity_v1_Verification, _ziba_identity_v1_PutProfileRequest__Output, _ziba_identity_v1_Verification__Output>
  RefreshSession: MethodDefinition<_ziba_identity_v1_RefreshSessionRequest, _ziba_identity_v1_Session, _ziba_identity_v1_RefreshSessionRequest__Output, _ziba_identity_v1_Session__Output>
  Register: MethodDefinition<_ziba_identity_v1_RegisterRequest, _ziba_identity_v1_User, _ziba_identity_v1_RegisterRequest__Output, _ziba_identity_v1_User__Output>
  SearchUsers: MethodDefinition<_ziba_identity_v1_SearchUsersRequest, _ziba_identity_v1_UserSearchPage, _ziba_identity_v1_SearchUsersRequest__Output, _ziba_identity_v1_UserSearchPage__Output>
  SetDriverSuspended: MethodDefinition<_ziba_identity_v1_SetDriverSuspendedRequest, _ziba_identity_v1_User, _ziba_identity_v1_SetDriverSuspendedRequest__Output, _ziba_identity_v1_User__Output>
  SetUserBlocked: MethodDefinition<_ziba_identity_v1_SetUserBlockedRequest, _ziba_identity_v1_User, _ziba_identity_v1_SetUserBlockedRequest__Output, _ziba_identity_v1_User__Output>
  StartSession: MethodDefinition<_ziba_identity_v1_StartSessionRequest, _ziba_identity_v1_Session, _ziba_identity_v1_StartSessionRequest__Output, _ziba_identity_v1_Session__Output>
  SubmitDocument: MethodDefinition<_ziba_identity_v1_SubmitDocumentRequest, _ziba_identity_v1_Document, _ziba_identity_v1_SubmitDocumentRequest__Output, _ziba_identity_v1_Document__Output>
}
