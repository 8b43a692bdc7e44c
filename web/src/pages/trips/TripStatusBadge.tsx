import { Badge } from '@mantine/core';
import type { Schemas } from '@ziba/api-client';
import { WRAPPING_BADGE } from '../../components/badge-wrap.ts';
import { statusLook } from './trip-words.ts';

/** A trip's status as a badge in words, the same on the list and the receipt. */
export function TripStatusBadge({ status, kind }: { status: Schemas['Trip']['status']; kind?: Schemas['Trip']['serviceType'] }) {
  const look = statusLook(status, kind);
  return (
    <Badge color={look.color} {...WRAPPING_BADGE}>
      {look.label}
    </Badge>
  );
}
