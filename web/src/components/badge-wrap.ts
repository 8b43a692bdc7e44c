/**
 * A badge whose words may wrap inside it: for long labels ("Cancelled by the restaurant", a review
 * flag) that would otherwise widen a phone's card or a table past its edge (the theme keeps other
 * badges on one line).
 */
export const WRAPPING_BADGE = {
  h: 'auto',
  miw: 0,
  maw: '100%',
  // Wraps between words but never inside one: a table squeezing its columns stops at the longest word
  // (Mantine's label would otherwise cut each line short with an ellipsis, "PREPARI…").
  styles: { label: { whiteSpace: 'normal', overflow: 'visible', minWidth: 'min-content' } },
} as const;
