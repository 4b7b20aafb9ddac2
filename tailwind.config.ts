import type { Config } from 'tailwindcss';

// Colours chosen for WCAG AA: every `*-700`/`*-800` text shade is at least 4.5:1 on white and on
// its own `*-50` background; brand-700 on white is 8.6:1. Exported for the few pages rendered
// outside React and Tailwind (the 429 page).
export const palette = {
  brand: {
    50: '#eef6fb',
    100: '#d6e8f5',
    200: '#a9cfe9',
    500: '#2476ad',
    600: '#135f93',
    700: '#0c4d7a',
    800: '#0a3d61',
    900: '#082d47',
  },
  gold: { 100: '#fbf0d9', 400: '#e0a93b', 700: '#7a5410' },
} as const;

const config: Config = {
  content: ['./app/**/*.{ts,tsx}', './components/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: palette,
      // The phone's own typeface (Roboto on Android): a web font was a fifth of a first
      // visit's bytes on 3G, and with `font-display: optional` rarely shown on that visit.
      fontFamily: {
        sans: ['system-ui', 'Segoe UI', 'Roboto', 'Helvetica Neue', 'Arial', 'sans-serif'],
      },
      maxWidth: { content: '68rem' },
    },
  },
};

export default config;
