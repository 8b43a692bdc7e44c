// Original file: protos/ziba/wallet/v1/wallet.proto

import type * as grpc from '@grpc/grpc-js'
import type { MethodDefinition } from '@grpc/proto-loader'
import type { AddFundsRequest as _ziba_wallet_v1_AddFundsRequest, AddFundsRequest__Output as _ziba_wallet_v1_AddFundsRequest__Output } from '../../../ziba/wallet/v1/AddFundsRequest.ts';
import type { AdjustWalletRequest as _ziba_wallet_v1_AdjustWalletRequest, AdjustWalletRequest__Output as _ziba_wallet_v1_AdjustWalletRequest__Output } from '../../../ziba/wallet/v1/AdjustWalletRequest.ts';
import type { CaptureRequest as _ziba_wallet_v1_CaptureRequest, CaptureRequest__Output as _ziba_wallet_v1_CaptureRequest__Output } from '../../../ziba/wallet/v1/CaptureRequest.ts';
import type { CreditRequest as _ziba_wallet_v1_CreditRequest, CreditRequest__Output as _ziba_wallet_v1_CreditRequest__Output } from '../../../ziba/wallet/v1/CreditRequest.ts';
import type { DebitRequest as _ziba_wallet_v1_DebitRequest, DebitRequest__Output as _ziba_wallet_v1_DebitRequest__Output } from '../../../ziba/wallet/v1/DebitRequest.ts';
import type { EntryResult as _ziba_wallet_v1_EntryResult, EntryResult__Output as _ziba_wallet_v1_EntryResult__Output } from '../../../ziba/wallet/v1/EntryResult.ts';
import type { GetWalletRequest as _ziba_wallet_v1_GetWalletRequest, GetWalletRequest__Output as _ziba_wallet_v1_GetWalletRequest__Output } from '../../../ziba/wallet/v1/GetWalletRequest.ts';
import type { HoldRequest as _ziba_wallet_v1_HoldRequest, HoldRequest__Output as _ziba_wallet_v1_HoldRequest__Output } from '../../../ziba/wallet/v1/HoldRequest.ts';
import type { LastAdminCreditRequest as _ziba_wallet_v1_LastAdminCreditRequest, LastAdminCreditRequest__Output as _ziba_wallet_v1_LastAdminCreditRequest__Output } from '../../../ziba/wallet/v1/LastAdminCreditRequest.ts';
import type { LastAdminCreditResponse as _ziba_wallet_v1_LastAdminCreditResponse, LastAdminCreditResponse__Output as _ziba_wallet_v1_LastAdminCreditResponse__Output } from '../../../ziba/wallet/v1/LastAdminCreditResponse.ts';
import type { ListTransactionsRequest as _ziba_wallet_v1_ListTransactionsRequest, ListTransactionsRequest__Output as _ziba_wallet_v1_ListTransactionsRequest__Output } from '../../../ziba/wallet/v1/ListTransactionsRequest.ts';
import type { ListTransactionsResponse as _ziba_wallet_v1_ListTransactionsResponse, ListTransactionsResponse__Output as _ziba_wallet_v1_ListTransactionsResponse__Output } from '../../../ziba/wallet/v1/ListTransactionsResponse.ts';
import type { ListWalletsRequest as _ziba_wallet_v1_ListWalletsRequest, ListWalletsRequest__Output as _ziba_wallet_v1_ListWalletsRequest__Output } from '../../../ziba/wallet/v1/ListWalletsRequest.ts';
import type { ListWalletsResponse as _ziba_wallet_v1_ListWalletsResponse, ListWalletsResponse__Output as _ziba_wallet_v1_ListWalletsResponse__Output } from '../../../ziba/wallet/v1/ListWalletsResponse.ts';
import type { OpenWalletRequest as _ziba_wallet_v1_OpenWalletRequest, OpenWalletRequest__Output as _ziba_wallet_v1_OpenWalletRequest__Output } from '../../../ziba/wallet/v1/OpenWalletRequest.ts';
import type { ReleaseRequest as _ziba_wallet_v1_ReleaseRequest, ReleaseRequest__Output as _ziba_wallet_v1_ReleaseRequest__Output } from '../../../ziba/wallet/v1/ReleaseRequest.ts';
import type { SumRefundsRequest as _ziba_wallet_v1_SumRefundsRequest, SumRefundsRequest__Output as _ziba_wallet_v1_SumRefundsRequest__Output } from '../../../ziba/wallet/v1/SumRefundsRequest.ts';
import type { SumRefundsResponse as _ziba_wallet_v1_SumRefundsResponse, SumRefundsResponse__Output as _ziba_wallet_v1_SumRefundsResponse__Output } from '../../../ziba/wallet/v1/SumRefundsResponse.ts';
import type { TransferRequest as _ziba_wallet_v1_TransferRequest, TransferRequest__Output as _ziba_wallet_v1_TransferRequest__Output } from '../../../ziba/wallet/v1/TransferRequest.ts';
import type { Wallet as _ziba_wallet_v1_Wallet, Wallet__Output as _ziba_wallet_v1_Wallet__Output } from '../../../ziba/wallet/v1/Wallet.ts';

export interface WalletLedgerServiceClient extends grpc.Client {
  AddFunds(argument: _ziba_wallet_v1_AddFundsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  AddFunds(argument: _ziba_wallet_v1_AddFundsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  AddFunds(argument: _ziba_wallet_v1_AddFundsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  AddFunds(argument: _ziba_wallet_v1_AddFundsRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  addFunds(argument: _ziba_wallet_v1_AddFundsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  addFunds(argument: _ziba_wallet_v1_AddFundsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  addFunds(argument: _ziba_wallet_v1_AddFundsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  addFunds(argument: _ziba_wallet_v1_AddFundsRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  
  AdjustWallet(argument: _ziba_wallet_v1_AdjustWalletRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  AdjustWallet(argument: _ziba_wallet_v1_AdjustWalletRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  AdjustWallet(argument: _ziba_wallet_v1_AdjustWalletRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  AdjustWallet(argument: _ziba_wallet_v1_AdjustWalletRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  adjustWallet(argument: _ziba_wallet_v1_AdjustWalletRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  adjustWallet(argument: _ziba_wallet_v1_AdjustWalletRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  adjustWallet(argument: _ziba_wallet_v1_AdjustWalletRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  adjustWallet(argument: _ziba_wallet_v1_AdjustWalletRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  
  Capture(argument: _ziba_wallet_v1_CaptureRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Capture(argument: _ziba_wallet_v1_CaptureRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Capture(argument: _ziba_wallet_v1_CaptureRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Capture(argument: _ziba_wallet_v1_CaptureRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  capture(argument: _ziba_wallet_v1_CaptureRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  capture(argument: _ziba_wallet_v1_CaptureRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  capture(argument: _ziba_wallet_v1_CaptureRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  capture(argument: _ziba_wallet_v1_CaptureRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  
  Credit(argument: _ziba_wallet_v1_CreditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Credit(argument: _ziba_wallet_v1_CreditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Credit(argument: _ziba_wallet_v1_CreditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Credit(argument: _ziba_wallet_v1_CreditRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  credit(argument: _ziba_wallet_v1_CreditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  credit(argument: _ziba_wallet_v1_CreditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  credit(argument: _ziba_wallet_v1_CreditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  credit(argument: _ziba_wallet_v1_CreditRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  
  Debit(argument: _ziba_wallet_v1_DebitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Debit(argument: _ziba_wallet_v1_DebitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Debit(argument: _ziba_wallet_v1_DebitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Debit(argument: _ziba_wallet_v1_DebitRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  debit(argument: _ziba_wallet_v1_DebitRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  debit(argument: _ziba_wallet_v1_DebitRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  debit(argument: _ziba_wallet_v1_DebitRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  debit(argument: _ziba_wallet_v1_DebitRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  
  GetWallet(argument: _ziba_wallet_v1_GetWalletRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  GetWallet(argument: _ziba_wallet_v1_GetWalletRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  GetWallet(argument: _ziba_wallet_v1_GetWalletRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  GetWallet(argument: _ziba_wallet_v1_GetWalletRequest, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  getWallet(argument: _ziba_wallet_v1_GetWalletRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  getWallet(argument: _ziba_wallet_v1_GetWalletRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  getWallet(argument: _ziba_wallet_v1_GetWalletRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  getWallet(argument: _ziba_wallet_v1_GetWalletRequest, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  
  Hold(argument: _ziba_wallet_v1_HoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Hold(argument: _ziba_wallet_v1_HoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Hold(argument: _ziba_wallet_v1_HoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Hold(argument: _ziba_wallet_v1_HoldRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  hold(argument: _ziba_wallet_v1_HoldRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  hold(argument: _ziba_wallet_v1_HoldRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  hold(argument: _ziba_wallet_v1_HoldRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  hold(argument: _ziba_wallet_v1_HoldRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  
  LastAdminCredit(argument: _ziba_wallet_v1_LastAdminCreditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_LastAdminCreditResponse__Output>): grpc.ClientUnaryCall;
  LastAdminCredit(argument: _ziba_wallet_v1_LastAdminCreditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_LastAdminCreditResponse__Output>): grpc.ClientUnaryCall;
  LastAdminCredit(argument: _ziba_wallet_v1_LastAdminCreditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_LastAdminCreditResponse__Output>): grpc.ClientUnaryCall;
  LastAdminCredit(argument: _ziba_wallet_v1_LastAdminCreditRequest, callback: grpc.requestCallback<_ziba_wallet_v1_LastAdminCreditResponse__Output>): grpc.ClientUnaryCall;
  lastAdminCredit(argument: _ziba_wallet_v1_LastAdminCreditRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_LastAdminCreditResponse__Output>): grpc.ClientUnaryCall;
  lastAdminCredit(argument: _ziba_wallet_v1_LastAdminCreditRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_LastAdminCreditResponse__Output>): grpc.ClientUnaryCall;
  lastAdminCredit(argument: _ziba_wallet_v1_LastAdminCreditRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_LastAdminCreditResponse__Output>): grpc.ClientUnaryCall;
  lastAdminCredit(argument: _ziba_wallet_v1_LastAdminCreditRequest, callback: grpc.requestCallback<_ziba_wallet_v1_LastAdminCreditResponse__Output>): grpc.ClientUnaryCall;
  
  ListTransactions(argument: _ziba_wallet_v1_ListTransactionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _ziba_wallet_v1_ListTransactionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _ziba_wallet_v1_ListTransactionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  ListTransactions(argument: _ziba_wallet_v1_ListTransactionsRequest, callback: grpc.requestCallback<_ziba_wallet_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _ziba_wallet_v1_ListTransactionsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _ziba_wallet_v1_ListTransactionsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _ziba_wallet_v1_ListTransactionsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  listTransactions(argument: _ziba_wallet_v1_ListTransactionsRequest, callback: grpc.requestCallback<_ziba_wallet_v1_ListTransactionsResponse__Output>): grpc.ClientUnaryCall;
  
  ListWallets(argument: _ziba_wallet_v1_ListWalletsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_ListWalletsResponse__Output>): grpc.ClientUnaryCall;
  ListWallets(argument: _ziba_wallet_v1_ListWalletsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_ListWalletsResponse__Output>): grpc.ClientUnaryCall;
  ListWallets(argument: _ziba_wallet_v1_ListWalletsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_ListWalletsResponse__Output>): grpc.ClientUnaryCall;
  ListWallets(argument: _ziba_wallet_v1_ListWalletsRequest, callback: grpc.requestCallback<_ziba_wallet_v1_ListWalletsResponse__Output>): grpc.ClientUnaryCall;
  listWallets(argument: _ziba_wallet_v1_ListWalletsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_ListWalletsResponse__Output>): grpc.ClientUnaryCall;
  listWallets(argument: _ziba_wallet_v1_ListWalletsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_ListWalletsResponse__Output>): grpc.ClientUnaryCall;
  listWallets(argument: _ziba_wallet_v1_ListWalletsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_ListWalletsResponse__Output>): grpc.ClientUnaryCall;
  listWallets(argument: _ziba_wallet_v1_ListWalletsRequest, callback: grpc.requestCallback<_ziba_wallet_v1_ListWalletsResponse__Output>): grpc.ClientUnaryCall;
  
  OpenWallet(argument: _ziba_wallet_v1_OpenWalletRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  OpenWallet(argument: _ziba_wallet_v1_OpenWalletRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  OpenWallet(argument: _ziba_wallet_v1_OpenWalletRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  OpenWallet(argument: _ziba_wallet_v1_OpenWalletRequest, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  openWallet(argument: _ziba_wallet_v1_OpenWalletRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  openWallet(argument: _ziba_wallet_v1_OpenWalletRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  openWallet(argument: _ziba_wallet_v1_OpenWalletRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  openWallet(argument: _ziba_wallet_v1_OpenWalletRequest, callback: grpc.requestCallback<_ziba_wallet_v1_Wallet__Output>): grpc.ClientUnaryCall;
  
  Release(argument: _ziba_wallet_v1_ReleaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Release(argument: _ziba_wallet_v1_ReleaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Release(argument: _ziba_wallet_v1_ReleaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Release(argument: _ziba_wallet_v1_ReleaseRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  release(argument: _ziba_wallet_v1_ReleaseRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  release(argument: _ziba_wallet_v1_ReleaseRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  release(argument: _ziba_wallet_v1_ReleaseRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  release(argument: _ziba_wallet_v1_ReleaseRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  
  SumRefunds(argument: _ziba_wallet_v1_SumRefundsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_SumRefundsResponse__Output>): grpc.ClientUnaryCall;
  SumRefunds(argument: _ziba_wallet_v1_SumRefundsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_SumRefundsResponse__Output>): grpc.ClientUnaryCall;
  SumRefunds(argument: _ziba_wallet_v1_SumRefundsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_SumRefundsResponse__Output>): grpc.ClientUnaryCall;
  SumRefunds(argument: _ziba_wallet_v1_SumRefundsRequest, callback: grpc.requestCallback<_ziba_wallet_v1_SumRefundsResponse__Output>): grpc.ClientUnaryCall;
  sumRefunds(argument: _ziba_wallet_v1_SumRefundsRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_SumRefundsResponse__Output>): grpc.ClientUnaryCall;
  sumRefunds(argument: _ziba_wallet_v1_SumRefundsRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_SumRefundsResponse__Output>): grpc.ClientUnaryCall;
  sumRefunds(argument: _ziba_wallet_v1_SumRefundsRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_SumRefundsResponse__Output>): grpc.ClientUnaryCall;
  sumRefunds(argument: _ziba_wallet_v1_SumRefundsRequest, callback: grpc.requestCallback<_ziba_wallet_v1_SumRefundsResponse__Output>): grpc.ClientUnaryCall;
  
  Transfer(argument: _ziba_wallet_v1_TransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Transfer(argument: _ziba_wallet_v1_TransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Transfer(argument: _ziba_wallet_v1_TransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  Transfer(argument: _ziba_wallet_v1_TransferRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  transfer(argument: _ziba_wallet_v1_TransferRequest, metadata: grpc.Metadata, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  transfer(argument: _ziba_wallet_v1_TransferRequest, metadata: grpc.Metadata, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  transfer(argument: _ziba_wallet_v1_TransferRequest, options: grpc.CallOptions, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  transfer(argument: _ziba_wallet_v1_TransferRequest, callback: grpc.requestCallback<_ziba_wallet_v1_EntryResult__Output>): grpc.ClientUnaryCall;
  
}

export interface WalletLedgerServiceHandlers extends grpc.UntypedServiceImplementation {
  AddFunds: grpc.handleUnaryCall<_ziba_wallet_v1_AddFundsRequest__Output, _ziba_wallet_v1_EntryResult>;
  
  AdjustWallet: grpc.handleUnaryCall<_ziba_wallet_v1_AdjustWalletRequest__Output, _ziba_wallet_v1_EntryResult>;
  
  Capture: grpc.handleUnaryCall<_ziba_wallet_v1_CaptureRequest__Output, _ziba_wallet_v1_EntryResult>;
  
  Credit: grpc.handleUnaryCall<_ziba_wallet_v1_CreditRequest__Output, _ziba_wallet_v1_EntryResult>;
  
  Debit: grpc.handleUnaryCall<_ziba_wallet_v1_DebitRequest__Output, _ziba_wallet_v1_EntryResult>;
  
  GetWallet: grpc.handleUnaryCall<_ziba_wallet_v1_GetWalletRequest__Output, _ziba_wallet_v1_Wallet>;
  
  Hold: grpc.handleUnaryCall<_ziba_wallet_v1_HoldRequest__Output, _ziba_wallet_v1_EntryResult>;
  
  LastAdminCredit: grpc.handleUnaryCall<_ziba_wallet_v1_LastAdminCreditRequest__Output, _ziba_wallet_v1_LastAdminCreditResponse>;
  
  ListTransactions: grpc.handleUnaryCall<_ziba_wallet_v1_ListTransactionsRequest__Output, _ziba_wallet_v1_ListTransactionsResponse>;
  
  ListWallets: grpc.handleUnaryCall<_ziba_wallet_v1_ListWalletsRequest__Output, _ziba_wallet_v1_ListWalletsResponse>;
  
  OpenWallet: grpc.handleUnaryCall<_ziba_wallet_v1_OpenWalletRequest__Output, _ziba_wallet_v1_Wallet>;
  
  Release: grpc.handleUnaryCall<_ziba_wallet_v1_ReleaseRequest__Output, _ziba_wallet_v1_EntryResult>;
  
  SumRefunds: grpc.handleUnaryCall<_ziba_wallet_v1_SumRefundsRequest__Output, _ziba_wallet_v1_SumRefundsResponse>;
  
  Transfer: grpc.handleUnaryCall<_ziba_wallet_v1_TransferRequest__Output, _ziba_wallet_v1_EntryResult>;
  
}

export interface WalletLedgerServiceDefinition extends grpc.ServiceDefinition {
  AddFunds: MethodDefinition<_ziba_wallet_v1_AddFundsRequest, _ziba_wallet_v1_EntryResult, _ziba_wallet_v1_AddFundsRequest__Output, _ziba_wallet_v1_EntryResult__Output>
  AdjustWallet: MethodDefinition<_ziba_wallet_v1_AdjustWalletRequest, _ziba_wallet_v1_EntryResult, _ziba_wallet_v1_AdjustWalletRequest__Output, _ziba_wallet_v1_EntryResult__Output>
  Capture: MethodDefinition<_ziba_wallet_v1_CaptureRequest, _ziba_wallet_v1_EntryResult, _ziba_wallet_v1_CaptureRequest__Output, _ziba_wallet_v1_EntryResult__Output>
  Credit: MethodDefinition<_ziba_wallet_v1_CreditRequest, _ziba_wallet_v1_EntryResult, _ziba_wallet_v1_CreditRequest__Output, _ziba_wallet_v1_EntryResult__Output>
  Debit: MethodDefinition<_ziba_wallet_v1_DebitRequest, _ziba_wallet_v1_EntryResult, _ziba_wallet_v1_DebitRequest__Output, _ziba_wallet_v1_EntryResult__Output>
  GetWallet: MethodDefinition<_ziba_wallet_v1_GetWalletRequest, _ziba_wallet_v1_Wallet, _ziba_wallet_v1_GetWalletRequest__Output, _ziba_wallet_v1_Wallet__Output>
  Hold: MethodDefinition<_ziba_wallet_v1_HoldRequest, _ziba_wallet_v1_EntryResult, _ziba_wallet_v1_HoldRequest__Output, _ziba_wallet_v1_EntryResult__Output>
  LastAdminCredit: MethodDefinition<_ziba_wallet_v1_LastAdminCreditRequest, _ziba_wallet_v1_LastAdminCreditResponse, _ziba_wallet_v1_LastAdminCreditRequest__Output, _ziba_wallet_v1_LastAdminCreditResponse__Output>
  ListTransactions: MethodDefinition<_ziba_wallet_v1_ListTransactionsRequest, _ziba_wallet_v1_ListTransactionsResponse, _ziba_wallet_v1_ListTransactionsRequest__Output, _ziba_wallet_v1_ListTransactionsResponse__Output>
  ListWallets: MethodDefinition<_ziba_wallet_v1_ListWalletsRequest, _ziba_wallet_v1_ListWalletsResponse, _ziba_wallet_v1_ListWalletsRequest__Output, _ziba_wallet_v1_ListWalletsResponse__Output>
  OpenWallet: MethodDefinition<_ziba_wallet_v1_OpenWalletRequest, _ziba_wallet_v1_Wallet, _ziba_wallet_v1_OpenWalletRequest__Output, _ziba_wallet_v1_Wallet__Output>
  Release: MethodDefinition<_ziba_wallet_v1_ReleaseRequest, _ziba_wallet_v1_EntryResult, _ziba_wallet_v1_ReleaseRequest__Output, _ziba_wallet_v1_EntryResult__Output>
  SumRefunds: MethodDefinition<_ziba_wallet_v1_SumRefundsRequest, _ziba_wallet_v1_SumRefundsResponse, _ziba_wallet_v1_SumRefundsRequest__Output, _ziba_wallet_v1_SumRefundsResponse__Output>
  Transfer: MethodDefinition<_ziba_wallet_v1_TransferRequest, _ziba_wallet_v1_EntryResult, _ziba_wallet_v1_TransferRequest__Output, _ziba_wallet_v1_EntryResult__Output>
}
