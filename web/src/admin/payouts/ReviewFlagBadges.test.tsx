import { cleanup, screen } from '@testing-library/react';
import { afterEach, expect, it } from 'vitest';
import { renderInApp } from '../../test-render.tsx';
import { ReviewFlagBadges } from './ReviewFlagBadges.tsx';

afterEach(cleanup);

it('lets a long review flag wrap inside its badge rather than widen the payouts table on a phone', () => {
  renderInApp(<ReviewFlagBadges flags={['EARNER_NOT_ELIGIBLE:DRIVER_SUSPENDED', 'RAPID_WITHDRAWAL_ATTEMPTS']} />);
  const label = screen.getByText('Earner not eligible: driver suspended');
  // The theme gives every badge min-width: max-content; these override it and let the words break.
  const badge = label.closest<HTMLElement>('.mantine-Badge-root')!;
  expect(badge.style.minWidth).toMatch(/^0(rem)?$/);
  expect(badge.style.maxWidth).toBe('100%');
  expect(badge.style.height).toBe('auto');
  expect(label.style.whiteSpace).toBe('normal');
  expect(screen.getByText('Rapid withdrawal attempts')).toBeTruthy();
});
