import type * as grpc from '@grpc/grpc-js';
import type { MessageTypeDefinition } from '@grpc/proto-loader';

import type { Money as _ziba_common_v1_Money, Money__Output as _ziba_common_v1_Money__Output } from './ziba/common/v1/Money.ts';
import type { PageInfo as _ziba_common_v1_PageInfo, PageInfo__Output as _ziba_common_v1_PageInfo__Output } from './ziba/common/v1/PageInfo.ts';
import type { PageRequest as _ziba_common_v1_PageRequest, PageRequest__Output as _ziba_common_v1_PageRequest__Output } from './ziba/common/v1/PageRequest.ts';
import type { AddFundsRequest as _ziba_wallet_v1_AddFundsRequest, AddFundsRequest__Output as _ziba_wallet_v1_AddFundsRequest__Output } from './ziba/wallet/v1/AddFundsRequest.ts';
import type { AdjustWalletRequest as _ziba_wallet_v1_AdjustWalletRequest, AdjustWalletRequest__Output as _ziba_wallet_v1_AdjustWalletRequest__Output } from './ziba/wallet/v1/AdjustWalletRequest.ts';
import type { CaptureRequest as _ziba_wallet_v1_CaptureRequest, CaptureRequest__Output as _ziba_wallet_v1_CaptureRequest__Output } from './ziba/wallet/v1/CaptureRequest.ts';
import type { CreditRequest as _ziba_wallet_v1_CreditRequest, CreditRequest__Output as _ziba_wallet_v1_CreditRequest__Output } from './ziba/wallet/v1/CreditRequest.ts';
import type { DebitRequest as _ziba_wallet_v1_DebitRequest, DebitRequest__Output as _ziba_wallet_v1_DebitRequest__Output } from './ziba/wallet/v1/DebitRequest.ts';
import type { EntryMeta as _ziba_wallet_v1_EntryMeta, EntryMeta__Output as _ziba_wallet_v1_EntryMeta__Output } from './ziba/wallet/v1/EntryMeta.ts';
import type { EntryResult as _ziba_wallet_v1_EntryResult, EntryResult__Output as _ziba_wallet_v1_EntryResult__Output } from './ziba/wallet/v1/EntryResult.ts';
import type { GetWalletRequest as _ziba_wallet_v1_GetWalletRequest, GetWalletRequest__Output as _ziba_wallet_v1_GetWalletRequest__Output } from './ziba/wallet/v1/GetWalletRequest.ts';
import type { HoldRequest as _ziba_wallet_v1_HoldRequest, HoldRequest__Output as _ziba_wallet_v1_HoldRequest__Output } from './ziba/wallet/v1/HoldRequest.ts';
import type { LastAdminCreditRequest as _ziba_wallet_v1_LastAdminCreditRequest, LastAdminCreditRequest__Output as _ziba_wallet_v1_LastAdminCreditRequest__Output } from './ziba/wallet/v1/LastAdminCreditRequest.ts';
import type { LastAdminCreditResponse as _ziba_wallet_v1_LastAdminCreditResponse, LastAdminCreditResponse__Output as _ziba_wallet_v1_LastAdminCreditResponse__Output } from './ziba/wallet/v1/LastAdminCreditResponse.ts';
import type { Leg as _ziba_wallet_v1_Leg, Leg__Output as _ziba_wallet_v1_Leg__Output } from './ziba/wallet/v1/Leg.ts';
import type { ListTransactionsRequest as _ziba_wallet_v1_ListTransactionsRequest, ListTransactionsRequest__Output as _ziba_wallet_v1_ListTransactionsRequest__Output } from './ziba/wallet/v1/ListTransactionsRequest.ts';
import type { ListTransactionsResponse as _ziba_wallet_v1_ListTransactionsResponse, ListTransactionsResponse__Output as _ziba_wallet_v1_ListTransactionsResponse__Output } from './ziba/wallet/v1/ListTransactionsResponse.ts';
import type { ListWalletsRequest as _ziba_wallet_v1_ListWalletsRequest, ListWalletsRequest__Output as _ziba_wallet_v1_ListWalletsRequest__Output } from './ziba/wallet/v1/ListWalletsRequest.ts';
import type { ListWalletsResponse as _ziba_wallet_v1_ListWalletsResponse, ListWalletsResponse__Output as _ziba_wallet_v1_ListWalletsResponse__Output } from './ziba/wallet/v1/ListWalletsResponse.ts';
import type { OpenWalletRequest as _ziba_wallet_v1_OpenWalletRequest, OpenWalletRequest__Output as _ziba_wallet_v1_OpenWalletRequest__Output } from './ziba/wallet/v1/OpenWalletRequest.ts';
import type { OwnerRef as _ziba_wallet_v1_OwnerRef, OwnerRef__Output as _ziba_wallet_v1_OwnerRef__Output } from './ziba/wallet/v1/OwnerRef.ts';
import type { Posting as _ziba_wallet_v1_Posting, Posting__Output as _ziba_wallet_v1_Posting__Output } from './ziba/wallet/v1/Posting.ts';
import type { Reference as _ziba_wallet_v1_Reference, Reference__Output as _ziba_wallet_v1_Reference__Output } from './ziba/wallet/v1/Reference.ts';
import type { RefundTotal as _ziba_wallet_v1_RefundTotal, RefundTotal__Output as _ziba_wallet_v1_RefundTotal__Output } from './ziba/wallet/v1/RefundTotal.ts';
import type { ReleaseRequest as _ziba_wallet_v1_ReleaseRequest, ReleaseRequest__Output as _ziba_wallet_v1_ReleaseRequest__Output } from './ziba/wallet/v1/ReleaseRequest.ts';
import type { SumRefundsRequest as _ziba_wallet_v1_SumRefundsRequest, SumRefundsRequest__Output as _ziba_wallet_v1_SumRefundsRequest__Output } from './ziba/wallet/v1/SumRefundsRequest.ts';
import type { SumRefundsResponse as _ziba_wallet_v1_SumRefundsResponse, SumRefundsResponse__Output as _ziba_wallet_v1_SumRefundsResponse__Output } from './ziba/wallet/v1/SumRefundsResponse.ts';
import type { TransferRequest as _ziba_wallet_v1_TransferRequest, TransferRequest__Output as _ziba_wallet_v1_TransferRequest__Output } from './ziba/wallet/v1/TransferRequest.ts';
import type { Wallet as _ziba_wallet_v1_Wallet, Wallet__Output as _ziba_wallet_v1_Wallet__Output } from './ziba/wallet/v1/Wallet.ts';
import type { WalletLedgerServiceClient as _ziba_wallet_v1_WalletLedgerServiceClient, WalletLedgerServiceDefinition as _ziba_wallet_v1_WalletLedgerServiceDefinition } from './ziba/wallet/v1/WalletLedgerService.ts';
import type { WalletTransaction as _ziba_wallet_v1_WalletTransaction, WalletTransaction__Output as _ziba_wallet_v1_WalletTransaction__Output } from './ziba/wallet/v1/WalletTransaction.ts';

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
    wallet: {
      v1: {
        AddFundsRequest: MessageTypeDefinition<_ziba_wallet_v1_AddFundsRequest, _ziba_wallet_v1_AddFundsRequest__Output>
        AdjustWalletRequest: MessageTypeDefinition<_ziba_wallet_v1_AdjustWalletRequest, _ziba_wallet_v1_AdjustWalletRequest__Output>
        CaptureRequest: MessageTypeDefinition<_ziba_wallet_v1_CaptureRequest, _ziba_wallet_v1_CaptureRequest__Output>
        CreditRequest: MessageTypeDefinition<_ziba_wallet_v1_CreditRequest, _ziba_wallet_v1_CreditRequest__Output>
        DebitRequest: MessageTypeDefinition<_ziba_wallet_v1_DebitRequest, _ziba_wallet_v1_DebitRequest__Output>
        EntryMeta: MessageTypeDefinition<_ziba_wallet_v1_EntryMeta, _ziba_wallet_v1_EntryMeta__Output>
        EntryResult: MessageTypeDefinition<_ziba_wallet_v1_EntryResult, _ziba_wallet_v1_EntryResult__Output>
        GetWalletRequest: MessageTypeDefinition<_ziba_wallet_v1_GetWalletRequest, _ziba_wallet_v1_GetWalletRequest__Output>
        HoldRequest: MessageTypeDefinition<_ziba_wallet_v1_HoldRequest, _ziba_wallet_v1_HoldRequest__Output>
        LastAdminCreditRequest: MessageTypeDefinition<_ziba_wallet_v1_LastAdminCreditRequest, _ziba_wallet_v1_LastAdminCreditRequest__Output>
        LastAdminCreditResponse: MessageTypeDefinition<_ziba_wallet_v1_LastAdminCreditResponse, _ziba_wallet_v1_LastAdminCreditResponse__Output>
        Leg: MessageTypeDefinition<_ziba_wallet_v1_Leg, _ziba_wallet_v1_Leg__Output>
        ListTransactionsRequest: MessageTypeDefinition<_ziba_wallet_v1_ListTransactionsRequest, _ziba_wallet_v1_ListTransactionsRequest__Output>
        ListTransactionsResponse: MessageTypeDefinition<_ziba_wallet_v1_ListTransactionsResponse, _ziba_wallet_v1_ListTransactionsResponse__Output>
        ListWalletsRequest: MessageTypeDefinition<_ziba_wallet_v1_ListWalletsRequest, _ziba_wallet_v1_ListWalletsRequest__Output>
        ListWalletsResponse: MessageTypeDefinition<_ziba_wallet_v1_ListWalletsResponse, _ziba_wallet_v1_ListWalletsResponse__Output>
        OpenWalletRequest: MessageTypeDefinition<_ziba_wallet_v1_OpenWalletRequest, _ziba_wallet_v1_OpenWalletRequest__Output>
        OwnerRef: MessageTypeDefinition<_ziba_wallet_v1_OwnerRef, _ziba_wallet_v1_OwnerRef__Output>
        Posting: MessageTypeDefinition<_ziba_wallet_v1_Posting, _ziba_wallet_v1_Posting__Output>
        Reference: MessageTypeDefinition<_ziba_wallet_v1_Reference, _ziba_wallet_v1_Reference__Output>
        RefundTotal: MessageTypeDefinition<_ziba_wallet_v1_RefundTotal, _ziba_wallet_v1_RefundTotal__Output>
        ReleaseRequest: MessageTypeDefinition<_ziba_wallet_v1_ReleaseRequest, _ziba_wallet_v1_ReleaseRequest__Output>
        SumRefundsRequest: MessageTypeDefinition<_ziba_wallet_v1_SumRefundsRequest, _ziba_wallet_v1_SumRefundsRequest__Output>
        SumRefundsResponse: MessageTypeDefinition<_ziba_wallet_v1_SumRefundsResponse, _ziba_wallet_v1_SumRefundsResponse__Output>
        TransferRequest: MessageTypeDefinition<_ziba_wallet_v1_TransferRequest, _ziba_wallet_v1_TransferRequest__Output>
        Wallet: MessageTypeDefinition<_ziba_wallet_v1_Wallet, _ziba_wallet_v1_Wallet__Output>
        WalletLedgerService: SubtypeConstructor<typeof grpc.Client, _ziba_wallet_v1_WalletLedgerServiceClient> & { service: _ziba_wallet_v1_WalletLedgerServiceDefinition }
        WalletTransaction: MessageTypeDefinition<_ziba_wallet_v1_WalletTransaction, _ziba_wallet_v1_WalletTransaction__Output>
      }
    }
  }
}

