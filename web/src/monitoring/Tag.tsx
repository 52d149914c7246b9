/** A small label with fixed, high-contrast colours (readable on striped rows, WCAG AA). */
import type { ReactNode } from 'react';

const TONES = {
  green: { background: '#e8f5e9', color: '#1b4d1e', borderColor: '#1b4d1e' },
  yellow: { background: '#fff3cd', color: '#4a3600', borderColor: '#4a3600' },
  gray: { background: '#eceff1', color: '#263238', borderColor: '#263238' },
} as const;

export function Tag({ tone, children }: { tone: keyof typeof TONES; children: ReactNode }) {
  return (
    <span
      style={{
        ...TONES[tone],
        border: '1px solid',
        borderRadius: 4,
        padding: '1px 6px',
        fontSize: 12,
        fontWeight: 600,
        whiteSpace: 'nowrap',
      }}
    >
      {children}
    </span>
  );
}
