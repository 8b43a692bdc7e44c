/**
 * A badge whose words may wrap inside it: for long labels ("Cancelled by the restaurant", a review
 * flag) that would otherwise widen a phone's card or a table past its edge (the theme keeps other
 * badges on one line).
 */
export const WRAPPING_BADGE = { h: 'auto', miw: 0, maw: '100%', styles: { label: { whiteSpace: 'normal' } } } as const;
