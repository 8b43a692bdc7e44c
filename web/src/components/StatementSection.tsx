import { useTransactions } from '../api/queries.ts';
import { QueryState } from './QueryState.tsx';
import { Section } from './Section.tsx';
import { ShowMore } from './ShowMore.tsx';
import { TransactionsTable } from './TransactionsTable.tsx';

/** The signed-in user's statement, newest first, `pageSize` lines at a time with "Show more". */
export function StatementSection({ title, pageSize }: { title: string; pageSize: number }) {
  const transactions = useTransactions(pageSize);
  return (
    <Section title={title}>
      <QueryState query={transactions}>
        {(t) => (
          <>
            <TransactionsTable transactions={t} />
            <ShowMore list={transactions} />
          </>
        )}
      </QueryState>
    </Section>
  );
}
