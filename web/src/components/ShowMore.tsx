import { Button, Loader, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';

/** The paging part of a cursor-paged list (TanStack's infinite query). */
interface Pages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * "Show more" under a list while the server has more (the same words as PagedTable's). The button
 * keeps the focus while the next page loads (a disabled one would drop it), and once the last page is
 * in and the button gone, the focus goes to the words saying that is all, not to the top of the page.
 */
export function ShowMore({ list }: { list: Pages }) {
  const end = useRef<HTMLParagraphElement>(null);
  const [readOn, setReadOn] = useState(false);
  const hasMore = list.hasNextPage;
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body;
    if (!hasMore && readOn && lost) end.current?.focus();
  }, [hasMore, readOn]);
  if (hasMore)
    return (
      <Button
        mt="sm"
        variant="default"
        aria-busy={list.isFetchingNextPage}
        rightSection={list.isFetchingNextPage ? <Loader size="xs" aria-hidden /> : undefined}
        onClick={() => {
          if (list.isFetchingNextPage) return;
          setReadOn(true);
          void list.fetchNextPage();
        }}
      >
        Show more
      </Button>
    );
  if (!readOn) return null;
  return (
    <Text ref={end} tabIndex={-1} mt="sm" size="sm" c="dimmed">
      That is everything.
    </Text>
  );
}
