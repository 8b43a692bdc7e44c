import type { Column } from './DataTable.tsx';
import { OptionalMoney } from './Money.tsx';

type Amount = { amount: string | null; currency: string };

/** A column of amounts, right-aligned so their digits line up; a row without one (or whose amount is null) shows a dash. */
export const moneyColumn = <T,>(header: string, money: (row: T) => Amount | null | undefined): Column<T> => ({
  header,
  align: 'right',
  cell: (row) => <OptionalMoney money={money(row)} />,
});
