import { Anchor } from '@mantine/core';
import { useState, type CSSProperties } from 'react';

/** The id of the page's <main>, where "Skip to content" lands. */
export const MAIN_CONTENT_ID = 'main-content';

const HIDDEN: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' };
const SHOWN: CSSProperties = { position: 'fixed', top: 8, left: 8, zIndex: 1000, padding: '8px 12px', background: 'var(--mantine-color-body)' };

/**
 * The first stop of the keyboard on every page: it skips the header and the sections' links (eleven
 * stops in the admin console) to the page itself. Unseen until focused, as a sighted mouse user has
 * no use for it.
 */
export function SkipLink() {
  const [focused, setFocused] = useState(false);
  return (
    <Anchor href={`#${MAIN_CONTENT_ID}`} onFocus={() => setFocused(true)} onBlur={() => setFocused(false)} style={focused ? SHOWN : HIDDEN} fw={600}>
      Skip to content
    </Anchor>
  );
}
