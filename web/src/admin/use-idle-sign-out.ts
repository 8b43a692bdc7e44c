import { useEffect } from 'react';
import { useSignOut } from '../api/use-sign-out.ts';
import { ADMIN_IDLE_MINUTES } from '../config.ts';

const ACTIVITY = ['pointerdown', 'keydown', 'wheel', 'touchstart'] as const;

/** An unattended admin session is closed: an open console on a shared desk must not stay able to move money. */
export function useIdleSignOut(minutes = ADMIN_IDLE_MINUTES): void {
  const signOut = useSignOut();
  useEffect(() => {
    let timer = 0;
    const restart = () => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => void signOut('idle'), minutes * 60_000);
    };
    for (const event of ACTIVITY) window.addEventListener(event, restart, { passive: true });
    restart();
    return () => {
      window.clearTimeout(timer);
      for (const event of ACTIVITY) window.removeEventListener(event, restart);
    };
    // signOut is a new function each render; the timer depends only on the length.
  }, [minutes]);
}
