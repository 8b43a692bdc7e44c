import { useQuery } from '@tanstack/react-query';
import type { Schemas } from '@ziba/api-client';
import { meQuery } from '../api/queries.ts';

export type Permission = Schemas['User']['permissions'][number];

/** Whether the signed-in admin holds a permission: the console hides what it may not do (the server still checks). */
export function usePermission(permission: Permission): boolean {
  const me = useQuery(meQuery);
  return me.data?.permissions.includes(permission) ?? false;
}
