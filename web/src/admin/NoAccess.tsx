import { Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../components/AnchorLink.tsx';
import { needsWords, type AdminSection } from './sections.ts';

/** Who can change an admin's permissions: they are granted with `scripts/admin grant`, outside the console. */
const ASK = 'Ask the person who manages admin accounts';

/** A link to the first section the admin may use, when there is one. */
function Elsewhere({ first }: { first: AdminSection | undefined }) {
  return first ? <AnchorLink to={first.to}>Go to {first.label}</AnchorLink> : null;
}

/** Said instead of a section the admin's permissions do not allow (a bookmark, a link someone sent), in place of the server's refusal. */
export function NoAccess({ section, first }: { section: AdminSection; first: AdminSection | undefined }) {
  return (
    <Stack gap="sm">
      <Title order={2}>No access to {section.label}</Title>
      <Text>Your admin account does not have access to {section.label}.</Text>
      <Text>
        {ASK} to grant you the {needsWords(section)} permission if you need it.
      </Text>
      <Elsewhere first={first} />
    </Stack>
  );
}

/** The console's landing page for an admin who holds no permission yet. */
export function NoPermissions() {
  return (
    <Stack gap="sm">
      <Title order={2}>No admin permissions yet</Title>
      <Text>Your admin account does not have any permission yet, so there is nothing in the console you can open.</Text>
      <Text>{ASK} to grant you the permissions for your work (for example VIEW_PAYOUTS to see payouts).</Text>
    </Stack>
  );
}
