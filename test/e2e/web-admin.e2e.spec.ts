import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomInt } from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, expectAccessible, launchChromium, screenshots } from './support/chromium.ts';
import { startE2eStack, type E2eStack } from './support/e2e-stack.ts';
import { expectInvariantsHold } from './support/invariants.ts';
import { key, people } from './support/people.ts';

// The admin console in Chromium against the real platform: the payout queue with its filters in the
// URL, a payout's page and a decision behind its confirmation, the read-only ledger, the earnings
// report with its lazily loaded chart, and the KYC queue. Every page checked by axe.

let e2e: E2eStack;
let browser: Browser;
beforeAll(async () => {
  [e2e, browser] = await Promise.all([startE2eStack('webadmin'), launchChromium()]);
}, 120_000);
afterAll(async () => {
  await browser?.close();
  // What the admin pages did left the platform consistent (scripts/check-invariants' checks), then the stack goes.
  try {
    if (e2e) await expectInvariantsHold(e2e);
  } finally {
    await e2e?.stop();
  }
}, 120_000);

const { api, verifiedDriver, fundedRider, ride, adminToken } = people(() => e2e.stack.gatewayUrl, () => ({ email: e2e.secrets.adminEmail, password: e2e.secrets.adminPassword }));

/** A driver with a settled online ride, a bank account and a pending withdrawal of everything earned. */
async function pendingPayout() {
  const driver = await verifiedDriver();
  await api(driver.token).POST('/api/driver/online', { body: {} });
  const rider = await fundedRider(1_000_000);
  const trip = await ride(rider.token, driver.token, 'ONLINE', 'complete');
  const settled = await api(await adminToken()).POST('/api/trips/{tripId}/settle', { params: { path: { tripId: trip.id } }, body: {} });
  // Each driver their own account: a number another earner had goes to review.
  const accountNumber = `01${randomInt(10_000_000, 99_999_999)}`;
  await api(driver.token).POST('/api/driver/bank-account', { body: { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', accountNumber, accountName: 'Adaeze Okafor' } });
  const payout = await api(driver.token).POST('/api/driver/withdraw', { ...key(), body: { amount: Number(settled.data!.driverAmount!.amount), currency: 'NGN' } });
  expect(payout.data?.status).toBe('PENDING');
  return { driver, payout: payout.data!, masked: `****${accountNumber.slice(-4)}` };
}

async function adminPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, baseURL: e2e.stack.gatewayUrl, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(e2e.secrets.adminEmail);
  await page.getByLabel(/^Password/).fill(e2e.secrets.adminPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/admin/payouts**');
  return page;
}

describe('the admin console', () => {
  it('lists pending payouts first, keeps filters in the URL, and approves one behind a confirmation', async () => {
    const { payout, masked } = await pendingPayout();
    const page = await adminPage();
    await page.getByRole('link', { name: payout.id.slice(0, 8) }).waitFor();
    // Pending first: the default filter is written into the URL, so the view can be shared.
    expect(new URL(page.url()).searchParams.get('status')).toBe('PENDING');
    await expectAccessible(page);
    await screenshots(page, 'admin-payouts');

    await page.goto('/admin/payouts?status=PAID');
    await page.getByText('No payouts match these filters.').waitFor();
    await page.goto('/admin/payouts?status=PENDING&countryCode=NG');
    await page.getByRole('link', { name: payout.id.slice(0, 8) }).click();
    await page.waitForURL(`**/admin/payouts/${payout.id}`);
    await page.getByText(masked).first().waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-payout');

    await page.getByRole('button', { name: 'Approve' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(masked).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Processing').first().waitFor();
    const after = await api(await adminToken()).GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId: payout.id } } });
    expect(after.data).toMatchObject({ status: 'PROCESSING', nextActions: ['mark_paid', 'mark_failed'] });
    await page.getByRole('button', { name: 'Mark paid' }).waitFor();
    await page.context().close();
  });

  it('shows a wallet’s read-only ledger, the earnings report with its chart and table, and the KYC queue', async () => {
    await pendingPayout();
    const page = await adminPage();
    await page.goto('/admin/wallets?ownerType=DRIVER');
    await page.getByRole('columnheader', { name: 'Available' }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-wallets');
    await page.locator('table a').first().click();
    await page.getByRole('heading', { name: 'Ledger' }).waitFor();
    expect(await page.getByRole('button', { name: /post|edit|delete|adjust/i }).count()).toBe(0);
    await expectAccessible(page);
    await screenshots(page, 'admin-ledger');

    await page.goto('/admin/earnings');
    await page.getByRole('img', { name: /Commission \(NGN\)/ }).waitFor();
    await page.getByRole('cell', { name: 'RIDE' }).first().waitFor();
    await page.getByRole('button', { name: 'Export CSV' }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-earnings');

    await page.goto('/admin/kyc');
    await page.getByRole('heading', { name: 'KYC review' }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-kyc');
    await page.context().close();
  });
});
