import { Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../components/AnchorLink.tsx';

/** An address that is no page (a mistyped or old link): said plainly, with the way back. */
export function NotFoundPage() {
  return (
    <Stack gap="sm">
      <Title order={2}>Page not found</Title>
      <Text>There is no page at this address. The link may be mistyped or out of date.</Text>
      <AnchorLink to="/">Go to your home page</AnchorLink>
    </Stack>
  );
}
