/** Mantine theme: sober government look, high contrast, large touch targets for citizens. */
import { createTheme, type MantineColorsTuple } from '@mantine/core';

// A deep red close to the national emblem's, dark enough for white text (contrast > 7:1 at shade 8).
const gov: MantineColorsTuple = ['#fdecec', '#f8d4d4', '#f0a8a8', '#e77878', '#df5050', '#d93636', '#c62828', '#b71c1c', '#9a1414', '#7f0f0f'];

export const theme = createTheme({
  primaryColor: 'gov',
  primaryShade: 8,
  colors: { gov },
  fontFamily: '"Be Vietnam Pro", "Noto Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontFamily: '"Be Vietnam Pro", "Noto Sans", "Segoe UI", Roboto, Arial, sans-serif', fontWeight: '700' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  black: '#1b1b1b',
  components: {
    Button: { defaultProps: { size: 'md' } },
    TextInput: { defaultProps: { size: 'md' } },
    PasswordInput: { defaultProps: { size: 'md' } },
  },
});
