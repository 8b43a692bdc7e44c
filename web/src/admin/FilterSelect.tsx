import { Select } from '@mantine/core';

type Option<T extends string> = T | { value: T; label: string };

/** A list filter over a few fixed values; cleared, it filters nothing. */
export function FilterSelect<T extends string>({
  label,
  data,
  value,
  onChange,
  w,
  clearable = true,
}: {
  label: string;
  data: readonly Option<T>[];
  value: T | undefined;
  onChange: (value: T | undefined) => void;
  w: number;
  /** False where the filter always holds a value (its own choice filters nothing): clearing it would change nothing. */
  clearable?: boolean;
}) {
  // Select only ever hands back one of `data`'s values.
  // Nothing chosen filters by nothing: it says "All", as the country filter does.
  return (
    <Select
      label={label}
      data={data}
      value={value ?? null}
      onChange={(v) => onChange((v ?? undefined) as T | undefined)}
      clearable={clearable}
      placeholder="All"
      w={w}
    />
  );
}
