// Original file: protos/ziba/payout/v1/payout.proto

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from '../../../ziba/common/v1/Money.ts';
import type { PayoutTransition as _ziba_payout_v1_PayoutTransition, PayoutTransition__Output as _ziba_payout_v1_PayoutTransition__Output } from '../../../ziba/payout/v1/PayoutTransition.ts';
import type { PayoutApprovals as _ziba_payout_v1_PayoutApprovals, PayoutApprovals__Output as _ziba_payout_v1_PayoutApprovals__Output } from '../../../ziba/payout/v1/PayoutApprovals.ts';
import type { ProviderCallback as _ziba_payout_v1_ProviderCallback, ProviderCallback__Output as _ziba_payout_v1_ProviderCallback__Output } from '../../../ziba/payout/v1/ProviderCallback.ts';

export interface Payout {
  'id'?: (string);
  'ownerId'?: (string);
  'ownerType'?: (string);
  'countryCode'?: (string);
  'amount'?: (_ziba_common_v1_Money | null);
  'status'?: (string);
  'reasons'?: (string)[];
  'reviewFlags'?: (string)[];
  'origin'?: (string);
  'provider'?: (string);
  'providerReference'?: (string);
  'maskedAccount'?: (string);
  'rejectionReason'?: (string);
  'failureReason'?: (string);
  'externalReference'?: (string);
  'transitions'?: (_ziba_payout_v1_PayoutTransition)[];
  'createdAt'?: (string);
  'updatedAt'?: (string);
  'approvals'?: (_ziba_payout_v1_PayoutApprovals | null);
  'adminActions'?: (string)[];
  'methodType'?: (string);
  'providerCallbacks'?: (_ziba_payout_v1_ProviderCallback)[];
  'heldBackReasons'?: (string)[];
  'accountHolderName'?: (string);
  'accountInstitution'?: (string);
  'mode'?: (string);
}

export interface Payout__Output {
  'id': (string);
  'ownerId': (string);
  'ownerType': (string);
  'countryCode': (string);
  'amount': (_ziba_common_v1_Money__Output | null);
  'status': (string);
  'reasons': (string)[];
  'reviewFlags': (string)[];
  'origin': (string);
  'provider': (string);
  'providerReference': (string);
  'maskedAccount': (string);
  'rejectionReason': (string);
  'failureReason': (string);
  'externalReference': (string);
  'transitions': (_ziba_payout_v1_PayoutTransition__Output)[];
  'createdAt': (string);
  'updatedAt': (string);
  'approvals': (_ziba_payout_v1_PayoutApprovals__Output | null);
  'adminActions': (string)[];
  'methodType': (string);
  'providerCallbacks': (_ziba_payout_v1_ProviderCallback__Output)[];
  'heldBackReasons': (string)[];
  'accountHolderName': (string);
  'accountInstitution': (string);
  'mode': (string);
}
