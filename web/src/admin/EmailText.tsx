import { Text } from '@mantine/core';
import { Fragment, type CSSProperties } from 'react';

/**
 * An email has no space to break at. It breaks where a reader expects, before its @ (`breakPoints`),
 * and only a part still too long for its line breaks inside; `anywhere` would also let a table shrink
 * its column to a letter's width and cut every email mid-word.
 */
export const WRAP_LONG_WORDS: CSSProperties = { overflowWrap: 'break-word' };

/** Text with a line-break opportunity (<wbr>) before each @: the same text, read and copied whole. */
export function breakPoints(text: string) {
  const parts = text.split(/(?=@)/);
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 && <wbr />}
      {part}
    </Fragment>
  ));
}

/**
 * An email (or other long name) in a table cell or a phone's card: shown whole, wrapping onto more
 * lines past `maw` (or the cell's width, when narrower) at its @, never cut short with "…".
 */
export function EmailText({ children, maw = 260 }: { children: string; maw?: number }) {
  return (
    <Text inherit maw={maw} style={WRAP_LONG_WORDS}>
      {breakPoints(children)}
    </Text>
  );
}
