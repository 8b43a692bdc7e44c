import { cleanup, fireEvent } from '@testing-library/react';
import { afterEach, expect, it, vi } from 'vitest';
import { renderInApp } from '../test-render.tsx';
import { FilterSelect } from './FilterSelect.tsx';

afterEach(cleanup);

const STATUSES = ['PENDING', 'PAID'] as const;

it('offers to clear a chosen filter, and clearing it filters by nothing', () => {
  const onChange = vi.fn();
  const { container } = renderInApp(<FilterSelect label="Status" data={STATUSES} value="PAID" onChange={onChange} w={150} />);
  const clear = container.querySelector('button');
  expect(clear).not.toBeNull();
  fireEvent.click(clear!);
  expect(onChange).toHaveBeenCalledWith(undefined);
});

it('offers no clear where the filter always holds a value of its own', () => {
  const { container } = renderInApp(<FilterSelect label="Owner" data={STATUSES} value="PAID" onChange={vi.fn()} clearable={false} w={150} />);
  expect(container.querySelector('input')).toHaveProperty('value', 'PAID');
  expect(container.querySelector('button')).toBeNull();
});
