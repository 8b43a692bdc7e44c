/** A review flag as a badge reads it: EARNER_NOT_ELIGIBLE:DRIVER_SUSPENDED -> "Earner not eligible: driver suspended". */
export const flagLabel = (flag: string): string => {
  const words = flag.replace(/_/g, ' ').replace(':', ': ').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};
