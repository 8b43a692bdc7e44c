/** A review flag as a badge reads it: RAPID_WITHDRAWAL_ATTEMPTS, EARNER_NOT_ELIGIBLE:DRIVER_SUSPENDED -> "earner not eligible: driver suspended". */
export const flagLabel = (flag: string): string => flag.replace(/_/g, ' ').replace(':', ': ').toLowerCase();
