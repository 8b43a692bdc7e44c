import { createTheme } from '@mantine/core';

// autoContrast picks readable text on every filled colour and primaryShade 8 keeps the primary dark
// enough for WCAG AA contrast on white (checked by axe in the browser tests).
export const theme = createTheme({ autoContrast: true, primaryShade: 8, primaryColor: 'teal', defaultRadius: 'md' });
