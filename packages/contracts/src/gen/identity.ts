import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { GetJwksRequest as _ziba_identity_v1_GetJwksRequest, GetJwksRequest__Output as _ziba_identity_v1_GetJwksRequest__Output } from './ziba/identity/v1/GetJwksRequest.ts';
import type { GetJwksResponse as _ziba_identity_v1_GetJwksResponse, GetJwksResponse__Output as _ziba_identity_v1_GetJwksResponse__Output } from './ziba/identity/v1/GetJwksResponse.ts';
import type { GetUserRequest as _ziba_identity_v1_GetUserRequest, GetUserRequest__Output as _ziba_identity_v1_GetUserRequest__Output } from './ziba/identity/v1/GetUserRequest.ts';
import type { IdentityServiceClient as _ziba_identity_v1_IdentityServiceClient, IdentityServiceDefinition as _ziba_identity_v1_IdentityServiceDefinition } from './ziba/identity/v1/IdentityService.ts';
import type { LoginRequest as _ziba_identity_v1_LoginRequest, LoginRequest__Output as _ziba_identity_v1_LoginRequest__Output } from './ziba/identity/v1/LoginRequest.ts';
import type { LoginResponse as _ziba_identity_v1_LoginResponse, LoginResponse__Output as _ziba_identity_v1_LoginResponse__Output } from './ziba/identity/v1/LoginResponse.ts';
import type { RegisterRequest as _ziba_identity_v1_RegisterRequest, RegisterRequest__Output as _ziba_identity_v1_RegisterRequest__Output } from './ziba/identity/v1/RegisterRequest.ts';
import type { User as _ziba_identity_v1_User, User__Output as _ziba_identity_v1_User__Output } from './ziba/identity/v1/User.ts';

type SubtypeConstructor<Constructor extends new (...args: any) => any, Subtype> = {
  new(...args: ConstructorParameters<Constructor>): Subtype;
};

export interface ProtoGrpcType {
  ziba: {
    identity: {
      v1: {
        GetJwksRequest: MessageTypeDefinition<_ziba_identity_v1_GetJwksRequest, _ziba_identity_v1_GetJwksRequest__Output>
        GetJwksResponse: MessageTypeDefinition<_ziba_identity_v1_GetJwksResponse, _ziba_identity_v1_GetJwksResponse__Output>
        GetUserRequest: MessageTypeDefinition<_ziba_identity_v1_GetUserRequest, _ziba_identity_v1_GetUserRequest__Output>
        IdentityService: SubtypeConstructor<typeof grpc.Client, _ziba_identity_v1_IdentityServiceClient> & { service: _ziba_identity_v1_IdentityServiceDefinition }
        LoginRequest: MessageTypeDefinition<_ziba_identity_v1_LoginRequest, _ziba_identity_v1_LoginRequest__Output>
        LoginResponse: MessageTypeDefinition<_ziba_identity_v1_LoginResponse, _ziba_identity_v1_LoginResponse__Output>
        RegisterRequest: MessageTypeDefinition<_ziba_identity_v1_RegisterRequest, _ziba_identity_v1_RegisterRequest__Output>
        User: MessageTypeDefinition<_ziba_identity_v1_User, _ziba_identity_v1_User__Output>
      }
    }
  }
}

