/** A wide table that scrolls sideways on a narrow screen; the scrolling region takes keyboard focus (WCAG 2.1.1). */
import type { ReactNode } from 'react';

export function Scroll({ minWidth, label, children }: { minWidth: number; label: string; children: ReactNode }) {
  return (
    <div role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', maxWidth: '100%' }}>
      <div style={{ minWidth }}>{children}</div>
    </div>
  );
}
