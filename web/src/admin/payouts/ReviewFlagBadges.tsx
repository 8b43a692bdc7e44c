import { Badge, Group, type MantineSpacing } from '@mantine/core';
import { WRAPPING_BADGE } from '../../components/badge-wrap.ts';
import { flagLabel } from './flag-label.ts';

/**
 * A payout's review flags. They wrap onto more lines, a long one within its own badge too, so a flag
 * never widens the table it stands in (the theme keeps other badges on one line).
 */
export function ReviewFlagBadges({ flags, mb, miw }: { flags: string[]; mb?: MantineSpacing; miw?: number }) {
  return (
    <Group gap={4} mb={mb} miw={miw}>
      {flags.map((f) => (
        // In sentence case: a flag is a phrase, read more easily than a shout.
        <Badge key={f} color="orange" tt="none" {...WRAPPING_BADGE}>
          {flagLabel(f)}
        </Badge>
      ))}
    </Group>
  );
}
