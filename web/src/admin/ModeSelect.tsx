import { Select } from '@mantine/core';

export type Mode = 'live' | 'test';

/** Live money or the test mode's; live when the URL says nothing. */
export function ModeSelect({ value, onChange }: { value: Mode | undefined; onChange: (mode: Mode) => void }) {
  return (
    <Select
      label="Mode"
      data={[
        { value: 'live', label: 'Live' },
        { value: 'test', label: 'Test' },
      ]}
      value={value ?? 'live'}
      onChange={(v) => onChange(v === 'test' ? 'test' : 'live')}
      allowDeselect={false}
      w={100}
    />
  );
}
