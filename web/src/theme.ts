import { Badge, createTheme, darken, DEFAULT_THEME, luminance, Modal, type CSSVariablesResolver } from '@mantine/core';

// autoContrast picks readable text on every filled colour and primaryShade 8 keeps the primary dark
// enough for WCAG AA contrast on white (checked by axe in the browser tests).
export const theme = createTheme({
  autoContrast: true,
  // Dark text from a lower luminance on: teal, green and orange fills read in black, blue and red in white.
  luminanceThreshold: 0.2,
  primaryShade: 8,
  defaultRadius: 'md',
  // Dialogs and menus appear at once for people who ask their system for less motion.
  respectReducedMotion: true,
  components: {
    // Filled badges: autoContrast then picks their text colour.
    // Never cut a badge's word in a narrow table cell.
    Badge: Badge.extend({ defaultProps: { variant: 'filled' }, styles: { root: { minWidth: 'max-content' } } }),
    // A dialog's title may name a long email: it wraps inside the dialog on a phone, never past its edge.
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } }, styles: { title: { overflowWrap: 'anywhere', minWidth: 0 } } }),
  },
});

/** The WCAG contrast ratio of two colours. */
const contrast = (a: string, b: string) => {
  const [lighter, darker] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (lighter! + 0.05) / (darker! + 0.05);
};

/**
 * The text of a colour's "light" surfaces: its darkest shade, darkened until it reads (AA, with a
 * margin) on the tint those surfaces take under the pointer (shade 2), so also on their paler resting
 * tint. Mantine's shade 9 alone falls short there: blue 4.0, teal 3.8 (a hovered active nav link).
 */
function lightText(shades: readonly string[]): string {
  let text = shades[9]!;
  for (let amount = 0.05; contrast(text, shades[2]!) < 4.6 && amount < 1; amount += 0.05) text = darken(shades[9]!, amount);
  return text;
}

/**
 * Secondary text one shade darker than Mantine's, a field's error (its message and the text typed in
 * it) in the darkest red (Mantine's red 6 is 3.3:1 on white, red 9 5.5:1), and the text of "light"
 * surfaces (alerts, notices, the active nav link) dark enough to pass AA on their pale backgrounds,
 * hovered or not.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    '--mantine-color-error': 'var(--mantine-color-red-9)',
    ...Object.fromEntries(Object.keys(DEFAULT_THEME.colors).map((c) => [`--mantine-color-${c}-light-color`, lightText(DEFAULT_THEME.colors[c]!)])),
  },
  dark: {},
});
