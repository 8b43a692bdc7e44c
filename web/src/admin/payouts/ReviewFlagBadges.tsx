import { Badge, Group, type MantineSpacing } from '@mantine/core';
import { flagLabel } from './flag-label.ts';

/**
 * A payout's review flags. They wrap onto more lines, a long one within its own badge too, so a flag
 * never widens the table it stands in (the theme keeps other badges on one line).
 */
export function ReviewFlagBadges({ flags, mb }: { flags: string[]; mb?: MantineSpacing }) {
  return (
    <Group gap={4} mb={mb}>
      {flags.map((f) => (
        // In sentence case: a flag is a phrase, read more easily than a shout.
        <Badge key={f} color="orange" h="auto" miw={0} maw="100%" tt="none" styles={{ label: { whiteSpace: 'normal' } }}>
          {flagLabel(f)}
        </Badge>
      ))}
    </Group>
  );
}
