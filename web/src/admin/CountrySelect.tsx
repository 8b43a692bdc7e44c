import { Select } from '@mantine/core';
import { COUNTRIES, isCountry, type Country } from './countries.ts';

/** One of the platform's markets: a filter that can be cleared, or (`required`) a choice that always names one. */
export function CountrySelect({
  value,
  onChange,
  required = false,
  w = 110,
}: {
  value: string | undefined;
  onChange: (country: Country | undefined) => void;
  required?: boolean;
  w?: number;
}) {
  return (
    <Select
      label="Country"
      data={COUNTRIES}
      value={value ?? null}
      onChange={(v) => onChange(isCountry(v) ? v : undefined)}
      {...(required ? { allowDeselect: false } : { clearable: true, placeholder: 'All' })}
      w={w}
    />
  );
}
