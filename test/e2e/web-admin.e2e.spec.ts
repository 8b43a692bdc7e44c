import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { randomInt, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { sql } from '@ziba/testing';
import { ROOT } from '../../scripts/stack.ts';
import { run } from './documented/shell.ts';
import { DESKTOP, expectAccessible, launchChromium, PHONE, screenshots } from './support/chromium.ts';
import { startE2eStack, type E2eStack } from './support/e2e-stack.ts';
import { eventually, naira } from './support/people.ts';
import { expectInvariantsHold } from './support/invariants.ts';
import { key, PASSWORD, people } from './support/people.ts';

// The admin console in Chromium against the real platform filled by scripts/demo: the payout queue
// with its filters in the URL, a payout's page and each decision behind its confirmation, four-eyes,
// permissions, the read-only ledger, earnings, KYC, users, pricing, weekly runs, audit, support's cancel of a trip under way, idle sign-out
// and a keyboard-only approval. Every page checked by axe.

let e2e: E2eStack;
let browser: Browser;
beforeAll(async () => {
  // One admin account does a day's work in a few minutes here: its per-minute budget is raised.
  [e2e, browser] = await Promise.all([startE2eStack('webadmin', { env: { gateway: { RATE_LIMIT_PER_MINUTE: '6000' } } }), launchChromium()]);
  // The demo's fortnight, as an admin finds the platform on a working day.
  const runDir = join(ROOT, '.run', 'e2e-logs', `webadmin-demo-${randomUUID().slice(0, 8)}`);
  mkdirSync(runDir, { recursive: true });
  const demo = await run(join(ROOT, 'scripts', 'demo'), ['--url', e2e.stack.gatewayUrl], {
    cwd: ROOT,
    env: { ...process.env, ZIBA_RUN_DIR: runDir, DEMO_ADMIN_EMAIL: e2e.secrets.adminEmail, DEMO_ADMIN_PASSWORD: e2e.secrets.adminPassword },
    timeoutMs: 180_000,
  });
  if (demo.code !== 0) throw new Error(`scripts/demo failed: ${demo.stderr}`);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  // What the admin pages did left the platform consistent (scripts/check-invariants' checks), then the stack goes.
  try {
    if (e2e) await expectInvariantsHold(e2e);
  } finally {
    await e2e?.stop();
  }
}, 120_000);

const { api, signIn, verifiedDriver, fundedRider, ride, adminToken } = people(
  () => e2e.stack.gatewayUrl,
  () => ({ email: e2e.secrets.adminEmail, password: e2e.secrets.adminPassword }),
);

/** A driver with a settled online ride, a bank account and a pending withdrawal of everything earned (in test mode: paid by the simulated provider). */
async function pendingPayout(testMode = false) {
  const driver = await verifiedDriver(testMode);
  await api(driver.token).POST('/api/driver/online', { body: {} });
  const rider = await fundedRider(1_000_000, testMode);
  const trip = await ride(rider.token, driver.token, 'ONLINE', 'complete');
  const settled = await api(await adminToken()).POST('/api/trips/{tripId}/settle', { params: { path: { tripId: trip.id } }, body: {} });
  // Each driver their own account: a number another earner had goes to review.
  const accountNumber = `01${randomInt(10_000_000, 99_999_999)}`;
  await api(driver.token).POST('/api/driver/bank-account', {
    body: { type: 'BANK', bankName: 'Zenith Bank', bankCode: '057', accountNumber, accountName: 'Adaeze Okafor' },
  });
  const payout = await api(driver.token).POST('/api/driver/withdraw', {
    ...key(),
    body: { amount: Number(settled.data!.driverAmount!.amount), currency: 'NGN' },
  });
  expect(payout.data?.status).toBe('PENDING');
  return { driver, payout: payout.data!, masked: `****${accountNumber.slice(-4)}` };
}

async function adminPage(
  login = { email: e2e.secrets.adminEmail, password: e2e.secrets.adminPassword },
  prepare?: (page: Page) => Promise<void>,
): Promise<Page> {
  const context = await browser.newContext({ viewport: DESKTOP, baseURL: e2e.stack.gatewayUrl, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await prepare?.(page);
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel(/^Password/).fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL('**/admin/payouts**');
  return page;
}

/** A second admin, made the way scripts/admin makes one, signed in through the UI. */
async function otherAdmin(permissions: Parameters<E2eStack['createAdmin']>[2]) {
  const login = { email: `admin-${randomUUID()}@ziba.test`, password: 'another admin password' };
  await e2e.createAdmin(login.email, login.password, permissions);
  return { login, token: await signIn(login.email, login.password) };
}

/** The demo's payouts waiting for an admin, from the API. */
async function pendingDemoPayouts(query: { countryCode: string; ownerType?: 'DRIVER' | 'RESTAURANT' }) {
  const listed = await api(await adminToken()).GET('/api/admin/payouts', { params: { query: { status: 'PENDING', ...query, limit: 100 } } });
  return listed.data!.payouts;
}

/** Presses Tab until `target` has the focus, as a keyboard user moves through the page. */
async function tabTo(page: Page, target: Locator, most = 80): Promise<void> {
  const handle = await target.elementHandle();
  for (let i = 0; i < most; i++) {
    await page.keyboard.press('Tab');
    if (await handle!.evaluate((el) => el === el.ownerDocument.activeElement)) return;
  }
  throw new Error(`${target} was not reached in ${most} presses of Tab`);
}

describe('the admin console', () => {
  it('lists pending payouts first, keeps filters in the URL, and approves one behind a confirmation', async () => {
    const { payout, masked } = await pendingPayout();
    const page = await adminPage();
    await page.getByRole('link', { name: payout.id.slice(0, 8) }).waitFor();
    // Each earner is named by email, as the payout's own page names them.
    const detail = (await api(await adminToken()).GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId: payout.id } } })).data!;
    const earner = detail.earner;
    await page
      .getByRole('row', { name: new RegExp(payout.id.slice(0, 8)) })
      .getByText(earner.email)
      .waitFor();
    // Pending first: the default filter is written into the URL, so the view can be shared.
    expect(new URL(page.url()).searchParams.get('status')).toBe('PENDING');
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('Pending review'); // the badges' word
    // A queue: the payout that has waited longest on top, so the one just requested is last.
    expect(await page.getByRole('combobox', { name: 'Order' }).inputValue()).toBe('Oldest first');
    await page
      .getByRole('region', { name: 'Payouts', exact: true })
      .getByRole('row')
      .last()
      .getByRole('link', { name: payout.id.slice(0, 8) })
      .waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-payouts');
    // Payouts past approval that wait for an admin too are named, one click away.
    const alsoWaiting = page.getByText('Also waiting for an admin:');
    await alsoWaiting.getByRole('button', { name: 'Processing' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'PROCESSING');
    expect(await page.getByRole('combobox', { name: 'Status' }).inputValue()).toBe('Processing');
    await page.goBack();
    await page.getByRole('link', { name: payout.id.slice(0, 8) }).waitFor();
    // On a phone each payout is a card: its amount and status on the screen, no sideways scroll.
    await page.setViewportSize(PHONE);
    const card = page
      .getByRole('list', { name: 'Payouts' })
      .getByRole('listitem')
      .filter({ hasText: payout.id.slice(0, 8) });
    for (const shown of [card.getByText(naira(payout.amount.amount), { exact: true }), card.getByText('Pending review', { exact: true })]) {
      const box = (await shown.boundingBox())!;
      expect(box.x >= 0 && box.x + box.width <= PHONE.width).toBe(true);
    }
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(PHONE.width);
    await expectAccessible(page);
    await page.setViewportSize(DESKTOP);

    await page.goto('/admin/payouts?status=RETURNED');
    await page.getByText('No payouts match these filters.').waitFor();
    await page.goto('/admin/payouts?status=PENDING&countryCode=NG');
    await page.getByRole('link', { name: payout.id.slice(0, 8) }).click();
    await page.waitForURL(`**/admin/payouts/${payout.id}`);
    await page.getByText(masked).first().waitFor();
    // The legal name and the account's holder, side by side for the admin who compares them.
    await page.getByRole('row', { name: `Legal name ${earner.legalName}` }).waitFor();
    await page.getByRole('row', { name: `Account holder ${detail.accountHolderName}` }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-payout');

    await page.getByRole('button', { name: 'Approve' }).click();
    // The confirmation names the account by its bank too, not by four digits alone.
    const dialog = page.getByRole('dialog', { name: 'Approve this payout?' });
    await dialog.getByText(`Zenith Bank ${masked}`).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Processing').first().waitFor();
    const after = await api(await adminToken()).GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId: payout.id } } });
    expect(after.data).toMatchObject({ status: 'PROCESSING', nextActions: ['mark_paid', 'mark_failed'] });
    await page.getByRole('button', { name: 'Mark paid' }).waitFor();
    // The funds it locked, as the ledger holds them, linked to the earner's read-only ledger.
    const entries = page.getByRole('region', { name: 'Ledger entries of the payout' });
    expect(after.data!.ledgerEntries.map((e) => [e.entryType, e.amount])).toEqual([['HOLD', payout.amount.amount]]);
    // In words: the amount is on hold (unsigned: it is still the earner's), not a second debit.
    await entries
      .getByRole('cell', { name: naira(payout.amount.amount), exact: true })
      .first()
      .waitFor();
    expect(await entries.getByRole('cell', { name: `−${naira(payout.amount.amount)}` }).count()).toBe(0);
    await entries.getByRole('link', { name: /^Held / }).click();
    await page.waitForURL(`**/admin/wallets/${after.data!.earnerWalletId}`);
    const ledger = page.getByRole('table').last();
    await ledger.getByText('Held').first().waitFor();
    // A filter name from an old link (?country=) is not sent on to the API.
    await page.goto('/admin/payouts?country=NG&status=PENDING');
    await page.getByRole('heading', { name: 'Payouts' }).waitFor();
    await page.getByRole('table').first().waitFor();
    expect(await page.getByText('unknown field').count()).toBe(0);
    // Every status at once: the approved payout (now processing) is listed again.
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Any status' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'ANY');
    await page.getByRole('link', { name: payout.id.slice(0, 8) }).waitFor();
    await page.context().close();
  });

  it('shows a wallet’s read-only ledger, the earnings report with its chart and table, and the KYC queue', async () => {
    await pendingPayout();
    const page = await adminPage();
    await page.goto('/admin/wallets?ownerType=DRIVER');
    await page.getByRole('columnheader', { name: 'Available' }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-wallets');
    // The first driver wallet on the page that has lines (a driver of another test may have none yet).
    const admin = api(await adminToken());
    const drivers = (await admin.GET('/api/admin/wallets', { params: { query: { ownerType: 'DRIVER', limit: 50 } } })).data!.wallets;
    const hasLines = async (walletId: string) =>
      (await admin.GET('/api/admin/wallets/{walletId}/transactions', { params: { path: { walletId }, query: { limit: 1 } } })).data!.transactions.length > 0;
    let owner: (typeof drivers)[number] | undefined;
    for (const w of drivers) if (!owner && (await hasLines(w.id))) owner = w;
    expect(owner?.ownerEmail).toMatch(/@/);
    const row = page.getByRole('row').filter({ hasText: owner!.ownerEmail! });
    await row.first().waitFor();
    await row.getByRole('link').first().click();
    await page.getByRole('heading', { name: 'Ledger' }).waitFor();
    await page.getByText(`Owner: ${owner!.ownerEmail}`).waitFor();
    expect(await page.getByRole('button', { name: /post|edit|delete|adjust/i }).count()).toBe(0);
    await page.getByRole('columnheader', { name: 'Available after' }).waitFor();
    // Each line's posting as finance reconciles it, under the earner's words.
    await page
      .getByRole('region', { name: 'Ledger lines' })
      .getByText(/^(DEBIT|CREDIT|HOLD|RELEASE)$/)
      .first()
      .waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-ledger');
    // The platform's revenue account is kept in many balance rows: its lines show no running balance
    // (one row's figure read as the account's), and it earns nothing of its own.
    const platforms = (await api(await adminToken()).GET('/api/admin/wallets', { params: { query: { ownerType: 'PLATFORM', limit: 50 } } })).data!.wallets;
    const revenue = platforms.find((w) => w.currency === 'NGN' && w.availableBalance !== '0')!;
    await page.goto(`/admin/wallets/${revenue.id}`);
    await page.getByText('its lines show no running balance').waitFor();
    await page.getByRole('table').last().getByRole('row').nth(1).waitFor();
    expect(await page.getByRole('columnheader', { name: /after$/ }).count()).toBe(0);
    expect(await page.getByText('Total earned').count()).toBe(0);

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

  it('approves a test-mode payout in the UI: PROCESSING, then PAID when the simulated provider calls back, shown in its timeline', async () => {
    const { payout } = await pendingPayout(true);
    const page = await adminPage();
    // The queue opens on live money; it says that test-mode payouts wait too, and shows them.
    await page.goto('/admin/payouts?status=PENDING');
    await page.getByText('Test-mode payouts match these filters too.').waitFor();
    await page.getByRole('button', { name: 'Show test mode' }).click();
    await page.waitForURL(/mode=test/);
    await page.getByRole('link', { name: payout.id.slice(0, 8) }).click();
    // The payout says it is test money wherever it is opened from.
    await page.getByText('Test mode', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    const admin = api(await adminToken());
    const read = () => admin.GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId: payout.id } } });
    const paid = await eventually(read, (r) => expect(r.data!.status).toBe('PAID'));
    expect(paid.data!.mode).toBe('test');
    expect(paid.data!.transitions.map((t) => t.toStatus)).toEqual(['REQUESTED', 'PENDING', 'APPROVED', 'PROCESSING', 'PAID']);
    expect(paid.data!.providerCallbacks.map((c) => c.status)).toContain('PAID');
    expect(paid.data!.ledgerEntries.map((e) => e.entryType).sort()).toEqual(['CAPTURE', 'HOLD']);
    await page.reload();
    await page.getByText('The simulated provider reported paid').waitFor();
    await page.getByText('Paid').first().waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-payout-paid');
    // Back to the view it was opened from (test mode), not the default list.
    await page.getByRole('link', { name: 'Back to payouts' }).click();
    await page.waitForURL(/\/admin\/payouts\?.*mode=test/);
    expect(new URL(page.url()).searchParams.get('status')).toBe('PENDING');
    await page.getByRole('heading', { name: 'Payouts' }).waitFor();
    await page.context().close();
  });

  it('needs a second admin for a four-eyes payout: the first cannot approve twice, another admin can', async () => {
    const [payout] = (await pendingDemoPayouts({ countryCode: 'NG', ownerType: 'RESTAURANT' })).filter(
      (p) => p.approvals.required === 2 && p.approvals.given === 1,
    );
    expect(payout).toBeDefined();
    const first = await adminPage();
    await first.goto(`/admin/payouts/${payout!.id}`);
    await first.getByText('1 of 2').first().waitFor();
    // The approval so far, by the email of the admin who gave it.
    const given = (await api(await adminToken()).GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId: payout!.id } } })).data!.approvals.by;
    await first.getByText(new RegExp(`: ${given[0]!.adminEmail}`)).waitFor();
    await expectAccessible(first);
    await screenshots(first, 'admin-payout-four-eyes');
    // The admin who gave it is not offered Approve again, and is told why; the API refuses it anyway.
    await first.getByText('You have approved it; another admin must give the second approval.').waitFor();
    await first.getByRole('button', { name: 'Reject' }).waitFor();
    expect(await first.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    const again = await api(await adminToken()).POST('/api/admin/payouts/{payoutId}/approve', {
      params: { path: { payoutId: payout!.id }, header: { 'idempotency-key': randomUUID() } },
      body: { note: 'approving twice' },
    });
    expect(again.error).toMatchObject({ code: 'ALREADY_APPROVED_BY_YOU' });
    expect((await api(await adminToken()).GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId: payout!.id } } })).data!.status).toBe('PENDING');
    await first.context().close();

    const second = await otherAdmin(['VIEW_PAYOUTS', 'MANAGE_PAYOUTS', 'VIEW_WALLETS']);
    const page = await adminPage(second.login);
    await page.goto(`/admin/payouts/${payout!.id}`);
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Processing').first().waitFor();
    const after = await api(second.token).GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId: payout!.id } } });
    expect(after.data).toMatchObject({ status: 'PROCESSING', approvals: { given: 2, required: 2 } });
    await page.context().close();
  });

  it('rejects a payout with a reason, and the earner’s locked funds are available again', async () => {
    const [payout] = (await pendingDemoPayouts({ countryCode: 'US' })).filter((p) => p.reviewFlags.length === 0);
    expect(payout).toBeDefined();
    const admin = api(await adminToken());
    const walletOf = async () =>
      (await admin.GET('/api/admin/wallets', { params: { query: { country: 'US', limit: 100 } } })).data!.wallets.find((w) => w.ownerId === payout!.ownerId)!;
    const before = await walletOf();
    const page = await adminPage();
    await page.goto(`/admin/payouts/${payout!.id}`);
    await page.getByRole('button', { name: 'Reject' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(payout!.maskedAccount!).waitFor();
    expect(await dialog.getByRole('button', { name: 'Reject' }).isDisabled()).toBe(true); // a reason is required
    await dialog.getByLabel(/Reason/).fill('the earner asked to change the bank account first');
    await dialog.getByRole('button', { name: 'Reject' }).click();
    await page.getByText('Rejected: the earner asked to change the bank account first').waitFor();
    const after = await walletOf();
    expect(BigInt(after.availableBalance) - BigInt(before.availableBalance)).toBe(BigInt(payout!.amount.amount));
    expect(BigInt(before.lockedBalance) - BigInt(after.lockedBalance)).toBe(BigInt(payout!.amount.amount));
    await page.context().close();
  });

  it('shows an admin without MANAGE_PAYOUTS no decision, and the API refuses one anyway', async () => {
    const { payout } = await pendingPayout();
    const viewer = await otherAdmin(['VIEW_PAYOUTS', 'VIEW_WALLETS']);
    const page = await adminPage(viewer.login);
    await page.goto(`/admin/payouts/${payout.id}`);
    await page.getByText('Deciding payouts needs the MANAGE_PAYOUTS permission.').waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    const refused = await api(viewer.token).POST('/api/admin/payouts/{payoutId}/approve', {
      params: { path: { payoutId: payout.id }, header: { 'idempotency-key': randomUUID() } },
      body: {},
    });
    expect(refused.response.status).toBe(403);
    await page.context().close();
  });

  it('holds back approval while the earner is suspended, says why, and offers it again once reinstated', async () => {
    const { driver, payout } = await pendingPayout();
    const admin = api(await adminToken());
    const suspend = (action: 'suspend' | 'reinstate', reason: string) =>
      admin.POST(`/api/admin/drivers/{userId}/${action}`, { params: { path: { userId: driver.id } }, body: { reason } });
    expect((await suspend('suspend', 'a rider reported the vehicle')).response.status).toBe(200);
    const page = await adminPage();
    await page.goto(`/admin/payouts/${payout.id}`);
    await page.getByText('The earner may not be paid now, so approving and paying are not offered').waitFor();
    await page.getByText('driver suspended').first().waitFor();
    expect(await page.getByRole('button', { name: 'Approve' }).count()).toBe(0);
    // Rejecting stays possible: the admin may still return the money to the earner's wallet.
    await page.getByRole('button', { name: 'Reject' }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-payout-held-back');
    expect((await suspend('reinstate', 'vehicle inspected and passed')).response.status).toBe(200);
    await page.reload();
    await page.getByRole('button', { name: 'Approve' }).waitFor();
    expect(await page.getByText('The earner may not be paid now').count()).toBe(0);
    await page.context().close();
  });

  it('verifies a driver when the KYC flag is approved in the review queue', async () => {
    const page = await adminPage();
    await page.goto('/admin/kyc');
    await page.getByLabel('Email or user id').fill('ngozi.eze@');
    await page.getByRole('button', { name: 'Find' }).click();
    const card = page.getByRole('group', { name: /^ngozi\.eze@/ });
    await card.getByText('NAME MISMATCH').waitFor();
    await card.getByRole('button', { name: 'Approve profile' }).click();
    // The confirmation says what approving accepts, before the admin sends it.
    await page.getByRole('dialog').getByText('You accept that the name on a document is not the legal name.', { exact: false }).waitFor();
    await page.getByRole('dialog').getByLabel(/Note/).fill('marriage certificate shows the maiden name on the NIN');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /Approve/ })
      .click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });
    // Her NIN, in the maiden name, is still to be approved: from the same card.
    await card.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
    // A search looks across every status: she stays in the list, now verified; the page says so where focus is.
    await card.getByText('KYC: Verified').waitFor();
    const outcome = page.getByRole('status').filter({ hasText: /^Approved: the NIN/ });
    await outcome.getByText('Their KYC is now Verified.', { exact: false }).waitFor();
    await page.waitForFunction(
      "document.activeElement?.getAttribute('role') === 'status' && document.activeElement.textContent.startsWith('Approved: the NIN')",
    );
    const admin = api(await adminToken());
    await eventually(
      () => admin.GET('/api/admin/kyc', { params: { query: { q: 'ngozi.eze@', limit: 10 } } }),
      (found) => expect(found.data!.items.map((i) => i.verification?.status)).toEqual(['VERIFIED']),
    );
    await page.context().close();
  });

  it('verifies a payout account waiting for review, with a note of what was checked', async () => {
    const admin = api(await adminToken());
    const waiting = (await admin.GET('/api/admin/payout-methods', { params: { query: { status: 'PENDING_REVIEW' } } })).data!.methods;
    const method = waiting[0]!;
    const page = await adminPage();
    await page.getByRole('link', { name: 'Payout accounts' }).click();
    const row = page.getByRole('row').filter({ hasText: method.maskedNumber });
    // Whose account, and the two names the admin compares.
    for (const text of [method.ownerEmail!, method.accountName, method.ownerLegalName!]) await row.getByText(text).first().waitFor();
    // And why it waits, as the server found it: here a name that is not her legal name.
    expect(method.reviewFlags).toContain('ACCOUNT_NAME_NOT_LEGAL_NAME');
    await row.getByText('Account name not legal name').waitFor();
    await screenshots(page, 'admin-payout-accounts');
    await row.getByRole('button', { name: 'Verify' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.getByRole('button', { name: 'Verify' }).isDisabled()).toBe(true); // a note is required
    await expectAccessible(page);
    await dialog.getByLabel(/^Note/).fill('bank statement shows the account is hers, in her maiden name');
    await dialog.getByRole('button', { name: 'Verify' }).click();
    await row.waitFor({ state: 'detached' });
    // The page says what was done, where the row was, and focus is on it.
    await page
      .getByRole('status')
      .filter({ hasText: `Account ${method.maskedNumber} verified` })
      .waitFor();
    await page.waitForFunction(
      `document.activeElement?.getAttribute('role') === 'status' && document.activeElement.textContent.startsWith('Account ${method.maskedNumber} verified')`,
    );
    const verified = (await admin.GET('/api/admin/payout-methods', { params: { query: { status: 'VERIFIED' } } })).data!.methods;
    expect(verified.map((m) => m.id)).toContain(method.id);
    await page.context().close();
  });

  it('settles a completed ride from the settlement queue, and gives back a stuck fare hold with a reason', async () => {
    const driver = await verifiedDriver();
    await api(driver.token).POST('/api/driver/online', { body: {} });
    const rider = await fundedRider(1_000_000);
    const done = await ride(rider.token, driver.token, 'ONLINE', 'complete');
    const stuck = await ride(rider.token, driver.token, 'ONLINE', 'complete');
    // A hold older than recovery's age (a day) on a trip no one settled: recovery cannot tell whether it took place.
    await sql(e2e.stack.databaseUrls['trip-settlement']!, `update trip set hold_opened_at = now() - interval '2 days' where id = $1`, [stuck.id]);

    const page = await adminPage();
    await page.getByRole('link', { name: 'Settlements' }).click();
    await page.getByRole('heading', { name: 'Settlements' }).waitFor();
    const queue = page.getByRole('region', { name: 'Trips waiting to be settled' });
    const row = queue.getByRole('row').filter({ hasText: `Ride ${done.id.slice(0, 8)}` });
    // The queue is in the order trips were requested: a new one is on its last page.
    await queue.waitFor();
    while ((await row.count()) === 0 && (await page.getByRole('button', { name: 'Show more' }).count()) > 0) {
      await page.getByRole('button', { name: 'Show more' }).click();
      await page.getByRole('button', { name: 'Show more' }).or(row).first().waitFor();
    }
    await row.getByText(naira(done.fare!.amount)).waitFor();
    await row.getByText(driver.email).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-settlements');

    await row.getByRole('button', { name: `Settle Ride ${done.id.slice(0, 8)}` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Settle the fare of ${naira(done.fare!.amount)} for Ride ${done.id.slice(0, 8)}?`).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Settle' }).click();
    // What the server paid, as it recorded it; the row leaves the queue.
    const settled = page.getByRole('status').filter({ hasText: `Ride ${done.id.slice(0, 8)} settled` });
    await settled.waitFor();
    await row.waitFor({ state: 'detached' });
    const trip = (await api(await adminToken()).GET('/api/trips/{tripId}', { params: { path: { tripId: done.id } } })).data!;
    expect(trip.status).toBe('SETTLED');
    const earned = (await api(driver.token).GET('/api/wallet')).data!.availableBalance;
    await settled.getByText(`Driver’s share: ${naira(earned)}`).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-settlement-done');

    // The stuck hold: given back to the rider with a reason; the trip then waits for nothing.
    const holds = page.getByRole('region', { name: 'Stuck fare holds' });
    const held = holds.getByRole('row').filter({ hasText: `Ride ${stuck.id.slice(0, 8)}` });
    await held.getByText(rider.email).waitFor();
    await held.getByRole('button', { name: `Give back the fare of Ride ${stuck.id.slice(0, 8)}` }).click();
    expect(await dialog.getByRole('button', { name: 'Give back' }).isDisabled()).toBe(true); // a reason is required
    await dialog.getByLabel(/^Reason/).fill('the driver confirmed the rider never got in');
    await dialog.getByRole('button', { name: 'Give back' }).click();
    await held.waitFor({ state: 'detached' });
    await queue
      .getByRole('row')
      .filter({ hasText: `Ride ${stuck.id.slice(0, 8)}` })
      .waitFor({ state: 'detached' });
    const wallet = (await api(rider.token).GET('/api/wallet')).data!;
    expect({ locked: wallet.lockedBalance, available: wallet.availableBalance }).toEqual({
      locked: '0',
      available: String(1_000_000n - BigInt(done.fare!.amount)),
    });
    await page.context().close();
  });

  it('cancels a ride whose driver vanished from the trips under way: the held fare goes back to the rider', async () => {
    const driver = await verifiedDriver();
    await api(driver.token).POST('/api/driver/online', { body: {} });
    const rider = await fundedRider(1_000_000);
    const started = await ride(rider.token, driver.token, 'ONLINE', 'start');
    const name = `Ride ${started.id.slice(0, 8)}`;
    expect((await api(rider.token).GET('/api/wallet')).data!.lockedBalance).toBe(started.fare!.amount);

    const page = await adminPage();
    await page.getByRole('link', { name: 'Trips', exact: true }).click();
    await page.getByRole('heading', { name: 'Trips under way' }).waitFor();
    await page.getByRole('combobox', { name: 'Service' }).click();
    await page.getByRole('option', { name: 'Ride' }).click();
    await page.waitForURL('**/admin/trips?kind=RIDE');
    const list = page.getByRole('region', { name: 'Trips under way' });
    const row = list.getByRole('row').filter({ hasText: name });
    // The longest waiting come first: a new ride is on the last page.
    await list.waitFor();
    while ((await row.count()) === 0 && (await page.getByRole('button', { name: 'Show more' }).count()) > 0) {
      await page.getByRole('button', { name: 'Show more' }).click();
      await page.getByRole('button', { name: 'Show more' }).or(row).first().waitFor();
    }
    await row.getByText('In progress').waitFor();
    await row.getByText(driver.email).waitFor();
    await row.getByText(naira(started.fare!.amount)).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-trips-under-way');

    await row.getByRole('button', { name: `Cancel ${name}` }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel ${name}?` });
    await dialog.getByText(`${naira(started.fare!.amount)} on hold for ${rider.email} goes back to their wallet at once.`).waitFor();
    expect(await dialog.getByRole('button', { name: 'Cancel trip' }).isDisabled()).toBe(true); // a reason is required
    await dialog.getByLabel(/^Reason/).fill('the driver stopped answering; the rider asked support to end it');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Cancel trip' }).click();
    // What was done, with the amount and whose wallet it went back to; the focus is on that line.
    const done = page.getByRole('status').filter({ hasText: `${name} cancelled` });
    await done.getByText(`${naira(started.fare!.amount)} on hold went back to ${rider.email}’s wallet.`).waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await done.evaluate((el) => el === el.ownerDocument.activeElement)).toBe(true);
    expect((await api(await adminToken()).GET('/api/trips/{tripId}', { params: { path: { tripId: started.id } } })).data).toMatchObject({
      status: 'CANCELLED_BY_SYSTEM',
      holdState: 'RELEASED',
    });
    const wallet = (await api(rider.token).GET('/api/wallet')).data!;
    expect({ locked: wallet.lockedBalance, available: wallet.availableBalance }).toEqual({ locked: '0', available: '1000000' });
    // The audit trail names the admin's cancel with the reason they gave.
    await eventually(
      async () =>
        (await api(await adminToken()).GET('/api/admin/audit', { params: { query: { entityId: started.id, action: 'TRIP_STATUS_CHANGED' } } })).data!.records,
      (records) =>
        expect(records[0]).toMatchObject({
          toState: 'CANCELLED_BY_SYSTEM',
          actorType: 'ADMIN',
          reason: 'the driver stopped answering; the rider asked support to end it',
        }),
    );
    await screenshots(page, 'admin-trip-cancelled');
    // The trip's trail in the console says who cancelled it and why.
    await page.goto(`/admin/audit?entityType=trip&entityId=${started.id}`);
    await page.getByText('Reason: the driver stopped answering; the rider asked support to end it').first().waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-trip-cancel-audit');
    await page.context().close();

    // The driver is told on their phone that support ended the trip, and reaches its receipt from there.
    const driverContext = await browser.newContext({ viewport: PHONE, baseURL: e2e.stack.gatewayUrl, reducedMotion: 'reduce' });
    const driverPage = await driverContext.newPage();
    await driverPage.goto('/sign-in');
    await driverPage.getByLabel('Email').fill(driver.email);
    await driverPage.getByLabel(/^Password/).fill(PASSWORD);
    await driverPage.getByRole('button', { name: 'Sign in' }).click();
    await driverPage.waitForURL('**/driver');
    await driverPage.goto('/notifications');
    const notice = driverPage.getByRole('listitem').filter({ hasText: 'Support cancelled a trip you had taken' });
    await notice.getByText('Do not go on with it: it will not be paid.').waitFor();
    await expectAccessible(driverPage);
    await screenshots(driverPage, 'driver-trip-cancelled-by-support');
    await notice.getByRole('link', { name: 'Open the receipt' }).click();
    await driverPage.waitForURL(`**/trips/${started.id}`);
    await driverContext.close();
  });

  it('records owed commission a driver paid at a hub on their wallet page; the same receipt again moves nothing', async () => {
    const driver = await verifiedDriver();
    await api(driver.token).POST('/api/driver/online', { body: {} });
    const rider = await fundedRider(1_000_000);
    const cash = await ride(rider.token, driver.token, 'CASH', 'complete');
    const admin = api(await adminToken());
    const settled = (await admin.POST('/api/trips/{tripId}/settle', { params: { path: { tripId: cash.id } }, body: {} })).data!;
    const owed = settled.platformAmount!.amount;
    const wallet = (await admin.GET('/api/admin/wallets', { params: { query: { ownerId: driver.id } } })).data!.wallets[0]!;
    expect(wallet.negativeBalance).toBe(owed);

    const page = await adminPage();
    await page.goto(`/admin/wallets/${wallet.id}`);
    await page.getByRole('group', { name: 'Owed' }).getByText(naira(owed)).waitFor();
    const form = page.getByRole('heading', { name: 'Record owed commission paid outside the app' }).locator('..');
    const paid = 10_000n; // ₦100.00 of what is owed
    // More than is owed is said on the field, before any confirmation.
    await form.getByLabel('Amount paid (NGN)').fill('100000');
    await form.getByText(`That is more than the ${naira(owed)} owed`).waitFor();
    expect(await form.getByRole('button', { name: 'Record payment' }).isDisabled()).toBe(true);
    const reference = `HUB-LAG-${randomInt(100_000, 999_999)}`;
    const pay = async () => {
      await form.getByLabel('Amount paid (NGN)').fill('100');
      await form.getByLabel('Receipt or transfer reference').fill(reference);
      await form.getByLabel(/^Note/).fill('paid in cash at the Lagos hub');
      await form.getByRole('button', { name: 'Record payment' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText(`Record ${naira(String(paid))} paid by ${driver.email} outside the app?`).waitFor();
      await expectAccessible(page);
      await dialog.getByRole('button', { name: 'Record payment' }).click();
      await dialog.waitFor({ state: 'detached' });
    };
    await pay();
    const left = String(BigInt(owed) - paid);
    await page
      .getByRole('status')
      .filter({ hasText: 'Payment recorded' })
      .getByText(`still owed: ${naira(left)}`)
      .waitFor();
    await page.getByRole('group', { name: 'Owed' }).getByText(naira(left)).waitFor();
    await screenshots(page, 'admin-owed-payment');
    // The same receipt recorded again (a double click, a second admin): said, and nothing more is taken off.
    await pay();
    await page.getByRole('status').filter({ hasText: 'This receipt was recorded already' }).waitFor();
    expect((await admin.GET('/api/admin/wallets/{walletId}', { params: { path: { walletId: wallet.id } } })).data!.negativeBalance).toBe(left);
    await page.context().close();
  });

  it('refunds a rider for a ride that was charged and settled, on their wallet page; the statement says why', async () => {
    const driver = await verifiedDriver();
    await api(driver.token).POST('/api/driver/online', { body: {} });
    const rider = await fundedRider(1_000_000);
    const charged = await ride(rider.token, driver.token, 'ONLINE', 'complete');
    const admin = api(await adminToken());
    await admin.POST('/api/trips/{tripId}/settle', { params: { path: { tripId: charged.id } }, body: {} });
    const fare = charged.fare!.amount;
    const before = (await api(rider.token).GET('/api/wallet')).data!;

    const page = await adminPage();
    await page.goto(`/admin/wallets/${before.id}`);
    const form = page.getByRole('heading', { name: 'Refund or correct this wallet' }).locator('..');
    // The ride it gives back is chosen from those the wallet paid for.
    await form.getByLabel(/^Trip or order refunded/).selectOption(charged.id);
    await form.getByLabel(/^Amount/).fill(fare.slice(0, -2) + '.' + fare.slice(-2));
    await form.getByLabel(/^Reason/).fill('the driver never came; the ride was charged');
    await form.getByRole('button', { name: 'Refund' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`Refund ${naira(fare)} to ${rider.email}’s wallet?`).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Refund' }).click();
    await dialog.waitFor({ state: 'detached' });
    const after = String(BigInt(before.availableBalance) + BigInt(fare));
    await page
      .getByRole('status')
      .filter({ hasText: 'Recorded in the ledger' })
      .getByText(`available now: ${naira(after)}`)
      .waitFor();
    await page.getByRole('group', { name: 'Available' }).getByText(naira(after)).waitFor();
    await page.getByRole('cell', { name: 'the driver never came; the ride was charged' }).waitFor();
    await screenshots(page, 'admin-wallet-refund');
    // The rider's own statement says it, with the reason.
    const [line] = (await api(rider.token).GET('/api/wallet/transactions')).data!.transactions;
    expect(line).toMatchObject({
      serviceType: 'refund',
      referenceType: 'ride',
      referenceId: charged.id,
      amount: fare,
      description: 'the driver never came; the ride was charged',
    });
    await page.context().close();
  });

  it('shows in the earnings table exactly what GET /api/admin/earnings returns', async () => {
    const page = await adminPage();
    const [answer] = await Promise.all([
      page.waitForResponse((r) => new URL(r.url()).pathname === '/api/admin/earnings'),
      page.goto('/admin/earnings?countryCode=NG'),
    ]);
    await page.getByRole('img', { name: /Commission \(NGN\)/ }).waitFor();
    // The same query through the typed client: the page shows the API's figures, row for row.
    const query = Object.fromEntries(new URL(answer.url()).searchParams) as { from: string; to: string };
    const report = (await api(await adminToken()).GET('/api/admin/earnings', { params: { query } })).data!;
    expect(report.rows.length).toBeGreaterThan(0);
    const shown = await page
      .locator('table')
      .last()
      .locator('tbody tr')
      .evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => (td as { innerText: string }).innerText)));
    const money = (m: { amount: string } | null) => (m ? naira(m.amount) : '—');
    // The service in words (RIDE -> Ride); every figure as the API gave it.
    const word = (code: string) => code.charAt(0) + code.slice(1).toLowerCase();
    expect(shown).toEqual(
      report.rows.map((r) => [
        r.periodStart,
        word(r.serviceType),
        r.countryCode,
        money(r.commission),
        money(r.refunds),
        money(r.netCommission),
        money(r.gross),
        String(r.trips),
      ]),
    );
    await page.context().close();
  });

  it('finds a user and suspends and reinstates a driver with reasons; adds a commission version and edits a tariff; shows a weekly run and the audit chain', async () => {
    const driver = await verifiedDriver();
    const page = await adminPage();
    await page.getByRole('link', { name: 'Users' }).click();
    await page.getByLabel('Email or user id').fill(driver.email.slice(0, 20));
    await page.getByRole('button', { name: 'Find' }).click();
    await page.getByRole('cell', { name: new RegExp(`^${driver.email}`) }).waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-users');
    await page.getByRole('button', { name: 'Suspend' }).click();
    expect(await page.getByRole('dialog').getByRole('button', { name: 'Suspend' }).isDisabled()).toBe(true);
    await page
      .getByRole('dialog')
      .getByLabel(/Reason/)
      .fill('three riders reported an unsafe vehicle');
    await page.getByRole('dialog').getByRole('button', { name: 'Suspend' }).click();
    await page.getByRole('cell', { name: 'Suspended' }).waitFor();
    expect((await api(driver.token).GET('/api/me')).data!.driverStatus).toBe('SUSPENDED');
    await page.getByRole('button', { name: 'Reinstate' }).click();
    await page
      .getByRole('dialog')
      .getByLabel(/Reason/)
      .fill('vehicle inspected and passed');
    await page.getByRole('dialog').getByRole('button', { name: 'Reinstate' }).click();
    await page.getByRole('button', { name: 'Suspend' }).waitFor();
    expect((await api(driver.token).GET('/api/me')).data!.driverStatus).not.toBe('SUSPENDED');
    // From the user to their wallets: the list holds theirs only, and leads to its ledger.
    await page.getByRole('link', { name: `Wallets of ${driver.email}` }).click();
    await page.waitForURL(/\/admin\/wallets\?ownerId=/);
    await page.getByText(`The wallets of ${driver.email}`).waitFor();
    const walletRows = page.getByRole('region', { name: 'Wallets' }).getByRole('row');
    await walletRows.nth(1).waitFor();
    expect(await walletRows.count()).toBe(2); // the header and the driver's one wallet
    await page.goBack();

    await page.getByRole('link', { name: 'Pricing' }).click();
    await page.getByRole('heading', { name: 'Commission rules' }).waitFor();
    await page.getByLabel(/^Commission \(%\)/).fill('22.5');
    const later = new Date(Date.now() + 30 * 86_400_000);
    const local = `${later.getFullYear()}-${String(later.getMonth() + 1).padStart(2, '0')}-${String(later.getDate()).padStart(2, '0')}T09:00`;
    await page.getByLabel(/^Effective from/).fill(local);
    await page.getByRole('button', { name: 'Add version' }).click();
    // It changes what every such trip pays: it asks first, with the rate in effect now and when the new one starts.
    const ruleConfirm = page.getByRole('dialog', { name: 'Add this commission version?' });
    await ruleConfirm.getByText(/^Change the commission on Ride, paid online, in NG from 20% to 22\.5%, from .+\?$/).waitFor();
    let rules = (await api(await adminToken()).GET('/api/admin/commission-rules', { params: { query: { countryCode: 'NG' } } })).data!.rules;
    expect(rules.filter((r) => r.bps === 2250)).toHaveLength(0);
    await ruleConfirm.getByRole('button', { name: 'Add version' }).click();
    await page.getByText(/Version added: 22\.5%/).waitFor();
    // Focus goes to that news, not to the page (Add version is disabled again).
    await page.waitForFunction("document.activeElement?.textContent?.startsWith('Version added: 22.5%')");
    await page.getByText('scheduled').first().waitFor();
    rules = (await api(await adminToken()).GET('/api/admin/commission-rules', { params: { query: { countryCode: 'NG' } } })).data!.rules;
    expect(rules.filter((r) => r.serviceType === 'RIDE' && r.paymentMethod === 'ONLINE' && r.bps === 2250)).toHaveLength(1);
    // Who set it, by email, as everywhere else in the console.
    await page.getByRole('region', { name: 'Commission rules' }).getByText(e2e.secrets.adminEmail).first().waitFor();
    const parcelBefore = (await api(await adminToken()).GET('/api/admin/tariffs', { params: { query: { countryCode: 'NG' } } })).data!.tariffs.find(
      (t) => t.serviceType === 'PARCEL',
    )!;
    await page.getByRole('button', { name: 'Edit the parcel tariff' }).click();
    // Each price says what it is now beside the field that changes it.
    await page
      .getByRole('dialog')
      .getByText(`Now ${naira(parcelBefore.baseFare)}`)
      .waitFor();
    // Nothing to save until a price changes; then the change is said before it is saved.
    await page.getByRole('dialog').getByRole('button', { name: 'Nothing changed' }).waitFor();
    await page
      .getByRole('dialog')
      .getByLabel(/^Base fare/)
      .fill('650.50');
    await page
      .getByRole('dialog')
      .getByRole('status', { name: 'What changes' })
      .getByText(`Base fare: ${naira(parcelBefore.baseFare)} → ${naira('65050')}`)
      .waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Save tariff' }).click();
    await page.getByRole('cell', { name: naira('65050') }).waitFor();
    const tariffs = (await api(await adminToken()).GET('/api/admin/tariffs', { params: { query: { countryCode: 'NG' } } })).data!.tariffs;
    expect(tariffs.find((t) => t.serviceType === 'PARCEL')!.baseFare).toBe('65050');
    await expectAccessible(page);
    await screenshots(page, 'admin-pricing');

    // The demo ran last week's netting: running it again shows that run and moves nothing.
    await page.getByRole('link', { name: 'Weekly runs' }).click();
    // A run moves money for a whole country: it asks first, naming the week and the country.
    await page.getByRole('button', { name: 'Run netting for NG' }).click();
    const confirm = page.getByRole('dialog', { name: 'Run the commission netting' });
    await confirm.getByText(/^Run the commission netting for the week of Monday \d{4}-\d{2}-\d{2} in NG\?$/).waitFor();
    await expectAccessible(page);
    await confirm.getByRole('button', { name: 'Run netting' }).click();
    await page.getByText('ran before: nothing moved now').waitFor();
    // Each earner netted is named, not only their wallet.
    await page
      .getByLabel('Netting results')
      .getByText(/@demo\.ziba\.test$/)
      .first()
      .waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-weekly-runs');

    await page.getByRole('link', { name: 'Audit' }).click();
    await page.getByText('The chain verifies').waitFor();
    // Typed as a person would, and picked from the suggestions: the filter reads it as the trail names the action.
    await page.getByRole('combobox', { name: 'Action' }).fill('commission rule');
    await page.getByRole('option', { name: 'Commission rule updated' }).click();
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.waitForURL('**/admin/audit?action=COMMISSION_RULE_UPDATED');
    await page.getByRole('cell', { name: 'Commission rule updated' }).first().waitFor();
    await expectAccessible(page);
    await screenshots(page, 'admin-audit');
    // One record's entity leads to every record of it, the form showing the filters it set.
    await page
      .getByRole('link', { name: /^trail of commission rule / })
      .first()
      .click();
    await page.waitForURL(/entityType=commission_rule&entityId=/);
    expect(await page.getByRole('combobox', { name: 'Entity type' }).inputValue()).toBe('Commission rule');
    await page.getByRole('cell', { name: 'Commission rule updated' }).first().waitFor();
    // A status change says from what to what, in the words of the trip's own pages.
    await page.goto('/admin/audit?action=TRIP_STATUS_CHANGED');
    await page.getByRole('cell', { name: 'Trip status changed Completed → Settled' }).first().waitFor();
    await page.context().close();
  });

  it('lets an admin find and approve a payout with the keyboard alone', async () => {
    const { payout, masked } = await pendingPayout();
    const page = await adminPage();
    const link = page.getByRole('link', { name: payout.id.slice(0, 8) });
    await link.waitFor();
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/admin/payouts/${payout.id}`);
    const approve = page.getByRole('button', { name: 'Approve' });
    await approve.waitFor();
    await tabTo(page, approve);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByText(masked).waitFor();
    // The note is optional, or required when the payout is flagged (earlier tests' withdrawals from
    // this one address may have raised one): written with the keyboard either way.
    await tabTo(page, dialog.getByRole('textbox', { name: /^Note/ }));
    await page.keyboard.type('account name checked against the licence');
    await tabTo(page, dialog.getByRole('button', { name: 'Approve' }));
    await page.keyboard.press('Enter');
    await page.getByText('Processing').first().waitFor();
    expect((await api(await adminToken()).GET('/api/admin/payouts/{payoutId}', { params: { path: { payoutId: payout.id } } })).data!.status).toBe('PROCESSING');
    await page.context().close();
  });

  it('signs an idle admin out after the configured minutes', async () => {
    const page = await adminPage(undefined, (p) => p.clock.install());
    await page.getByRole('heading', { name: 'Payouts' }).waitFor();
    await page.clock.fastForward('16:00');
    await page.waitForURL('**/sign-in?signedOut=idle');
    await page.getByText('You were signed out after 15 minutes without activity.').waitFor();
    expect(await page.context().cookies()).toEqual([]);
    await page.context().close();
  });
});
