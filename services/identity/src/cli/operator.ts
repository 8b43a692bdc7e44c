import { userInfo } from 'node:os';

/**
 * Who runs an admin command, as the audit trail names them: the name given (`--by`), else the
 * operating-system user, else the uid (a container's user may have no name). It is what the
 * operator's system says, not a verified identity: the trail keeps it as given.
 */
export function operatorOf(command: string, by: string | undefined): string {
  if (by?.trim()) return `${command} (by ${by.trim()})`;
  let user: string;
  try {
    user = userInfo().username;
  } catch {
    user = process.env.USER || `uid ${process.getuid?.() ?? 'unknown'}`;
  }
  return `${command} (run by ${user})`;
}
