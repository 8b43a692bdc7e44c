// Original file: protos/ziba/identity/v1/identity.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { GetJwksRequest as _ziba_identity_v1_GetJwksRequest, GetJwksRequest__Output as _ziba_identity_v1_GetJwksRequest__Output } from '../../../ziba/identity/v1/GetJwksRequest.ts';
import type { GetJwksResponse as _ziba_identity_v1_GetJwksResponse, GetJwksResponse__Output as _ziba_identity_v1_GetJwksResponse__Output } from '../../../ziba/identity/v1/GetJwksResponse.ts';
import type { GetUserRequest as _ziba_identity_v1_GetUserRequest, GetUserRequest__Output as _ziba_identity_v1_GetUserRequest__Output } from '../../../ziba/identity/v1/GetUserRequest.ts';
import type { LoginRequest as _ziba_identity_v1_LoginRequest, LoginRequest__Output as _ziba_identity_v1_LoginRequest__Output } from '../../../ziba/identity/v1/LoginRequest.ts';
import type { LoginResponse as _ziba_identity_v1_LoginResponse, LoginResponse__Output as _ziba_identity_v1_LoginResponse__Output } from '../../../ziba/identity/v1/LoginResponse.ts';
import type { RegisterRequest as _ziba_identity_v1_RegisterRequest, RegisterRequest__Output as _ziba_identity_v1_RegisterRequest__Output } from '../../../ziba/identity/v1/RegisterRequest.ts';
import type { User as _ziba_identity_v1_User, User__Output as _ziba_identity_v1_User__Output } from '../../../ziba/identity/v1/User.ts';

export interface IdentityServiceClient extends grpc.Client {
  GetJwks(argument: _ziba_identity_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _ziba_identity_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _ziba_identity_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  GetJwks(argument: _ziba_identity_v1_GetJwksRequest, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _ziba_identity_v1_GetJwksRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _ziba_identity_v1_GetJwksRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _ziba_identity_v1_GetJwksRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  getJwks(argument: _ziba_identity_v1_GetJwksRequest, callback: grpc.requestCallback<_ziba_identity_v1_GetJwksResponse__Output>): grpc.ClientUnaryCall;
  
  GetUser(argument: _ziba_identity_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _ziba_identity_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _ziba_identity_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  GetUser(argument: _ziba_identity_v1_GetUserRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _ziba_identity_v1_GetUserRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _ziba_identity_v1_GetUserRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _ziba_identity_v1_GetUserRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  getUser(argument: _ziba_identity_v1_GetUserRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  
  Login(argument: _ziba_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _ziba_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _ziba_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  Login(argument: _ziba_identity_v1_LoginRequest, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ziba_identity_v1_LoginRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ziba_identity_v1_LoginRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ziba_identity_v1_LoginRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  login(argument: _ziba_identity_v1_LoginRequest, callback: grpc.requestCallback<_ziba_identity_v1_LoginResponse__Output>): grpc.ClientUnaryCall;
  
  Register(argument: _ziba_identity_v1_RegisterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  Register(argument: _ziba_identity_v1_RegisterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  Register(argument: _ziba_identity_v1_RegisterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  Register(argument: _ziba_identity_v1_RegisterRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _ziba_identity_v1_RegisterRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _ziba_identity_v1_RegisterRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _ziba_identity_v1_RegisterRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  register(argument: _ziba_identity_v1_RegisterRequest, callback: grpc.requestCallback<_ziba_identity_v1_User__Output>): grpc.ClientUnaryCall;
  
}

export interface IdentityServiceHandlers extends grpc.UntypedServiceImplementation {
  GetJwks: grpc.handleUnaryCall<_ziba_identity_v1_GetJwksRequest__Output, _ziba_identity_v1_GetJwksResponse>;
  
  GetUser: grpc.handleUnaryCall<_ziba_identity_v1_GetUserRequest__Output, _ziba_identity_v1_User>;
  
  Login: grpc.handleUnaryCall<_ziba_identity_v1_LoginRequest__Output, _ziba_identity_v1_LoginResponse>;
  
  Register: grpc.handleUnaryCall<_ziba_identity_v1_RegisterRequest__Output, _ziba_identity_v1_User>;
  
}

export interface IdentityServiceDefinition extends grpc.ServiceDefinition {
  GetJwks: MethodDefinition<_ziba_identity_v1_GetJwksRequest, _ziba_identity_v1_GetJwksResponse, _ziba_identity_v1_GetJwksRequest__Output, _ziba_identity_v1_GetJwksResponse__Output>
  GetUser: MethodDefinition<_ziba_identity_v1_GetUserRequest, _ziba_identity_v1_User, _ziba_identity_v1_GetUserRequest__Output, _ziba_identity_v1_User__Output>
  Login: MethodDefinition<_ziba_identity_v1_LoginRequest, _ziba_identity_v1_LoginResponse, _ziba_identity_v1_LoginRequest__Output, _ziba_identity_v1_LoginResponse__Output>
  Register: MethodDefinition<_ziba_identity_v1_RegisterRequest, _ziba_identity_v1_User, _ziba_identity_v1_RegisterRequest__Output, _ziba_identity_v1_User__Output>
}
