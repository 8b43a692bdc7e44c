import { Badge, createTheme, DEFAULT_THEME, Modal, type CSSVariablesResolver } from '@mantine/core';

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
    Modal: Modal.extend({ defaultProps: { closeButtonProps: { 'aria-label': 'Close' } } }),
  },
});

/**
 * Secondary text one shade darker than Mantine's, and the text of "light" surfaces (alerts, notices)
 * in each colour's darkest shade, so both pass AA on white and on their pale backgrounds.
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: {
    '--mantine-color-dimmed': 'var(--mantine-color-gray-7)',
    ...Object.fromEntries(Object.keys(DEFAULT_THEME.colors).map((c) => [`--mantine-color-${c}-light-color`, `var(--mantine-color-${c}-9)`])),
  },
  dark: {},
});
