import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test-render.tsx';
import { BalanceRange } from './BalanceRange.tsx';

afterEach(cleanup);

it('says on the field that a range ending below its start matches nothing, and does not apply it', () => {
  const onApply = vi.fn();
  renderInApp(<BalanceRange search={{ country: 'NG' }} onApply={onApply} />);
  fireEvent.change(screen.getByLabelText('Available from (NGN)'), { target: { value: '1,000,000' } });
  fireEvent.change(screen.getByLabelText('Available to (NGN)'), { target: { value: '10' } });
  expect(screen.getByText('less than “from”')).toBeTruthy();
  const apply = screen.getByRole('button', { name: 'Apply range' });
  expect(apply).toHaveProperty('disabled', true);
  fireEvent.submit(apply.closest('form')!);
  expect(onApply).not.toHaveBeenCalled();

  fireEvent.change(screen.getByLabelText('Available to (NGN)'), { target: { value: '2000000' } });
  expect(screen.queryByText('less than “from”')).toBeNull();
  fireEvent.click(screen.getByRole('button', { name: 'Apply range' }));
  expect(onApply).toHaveBeenCalledWith({ minAvailable: '100000000', maxAvailable: '200000000' });
});
