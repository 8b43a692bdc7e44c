/** Minutes without a key press, click, touch or scroll before the admin console signs out (VITE_ADMIN_IDLE_MINUTES at build time). */
export const ADMIN_IDLE_MINUTES = Number(import.meta.env.VITE_ADMIN_IDLE_MINUTES ?? 15) || 15;
