// scripts/screenshots: the README's screenshots, taken from the demo data of the stack scripts/up
// started (after scripts/demo): the rider, driver and restaurant at phone width, the admin console at
// desktop width, each signed in through the sign-in page like a person would.
//   scripts/screenshots [--out DIR]      default DIR: docs/screenshots
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchChromium, PHONE } from './chromium.ts';
import { DEMO_LOGINS_FILE, type DemoLogins } from './demo-data/report.ts';
import { ROOT } from './stack.ts';
import { runDirectory, storedStack } from './stack-state.ts';

interface Shot {
  file: string;
  who: keyof DemoLogins;
  path: string;
  /** Text the page shows once its data is in. */
  ready: string;
  viewport: typeof PHONE;
}

const SHOTS: Shot[] = [
  { file: 'rider-funds-on-hold-phone.png', who: 'rider', path: '/wallet', ready: 'Funds on hold', viewport: PHONE },
  { file: 'driver-wallet-phone.png', who: 'driver', path: '/driver', ready: 'Weekly settlement', viewport: PHONE },
  { file: 'restaurant-wallet-phone.png', who: 'restaurant', path: '/restaurant', ready: 'Commission owed', viewport: PHONE },
  { file: 'admin-payouts-desktop.png', who: 'admin', path: '/admin/payouts', ready: 'PENDING', viewport: DESKTOP },
  { file: 'admin-kyc-desktop.png', who: 'admin', path: '/admin/kyc', ready: 'NAME MISMATCH', viewport: DESKTOP },
  { file: 'admin-settlements-desktop.png', who: 'admin', path: '/admin/settlements', ready: '@demo.ziba.test', viewport: DESKTOP },
];

async function signedIn(browser: Browser, baseURL: string, login: { email: string; password: string }, viewport: typeof PHONE): Promise<Page> {
  const context = await browser.newContext({ viewport, baseURL, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(login.email);
  await page.getByLabel(/^Password/).fill(login.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/sign-in'));
  return page;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  if (values.help) return void console.log('scripts/screenshots [--out DIR]: the README screenshots from the demo data (default DIR docs/screenshots)');
  const runDir = runDirectory();
  const stack = storedStack(runDir);
  if (!stack.running) throw new Error(`the stack of ${runDir} is not running: start it with scripts/up --demo`);
  const loginsFile = join(runDir, DEMO_LOGINS_FILE);
  if (!existsSync(loginsFile)) throw new Error(`no ${loginsFile}: fill the stack with scripts/demo first`);
  const logins = JSON.parse(readFileSync(loginsFile, 'utf8')) as DemoLogins;
  const out = resolve(values.out ?? join(ROOT, 'docs', 'screenshots'));
  mkdirSync(out, { recursive: true });

  const browser = await launchChromium();
  try {
    for (const shot of SHOTS) {
      const page = await signedIn(browser, stack.gatewayUrl, logins[shot.who], shot.viewport);
      await page.goto(shot.path);
      await page.getByText(shot.ready).first().waitFor({ timeout: 15_000 });
      // Every query of the page answered (no spinner left in the picture).
      await page.waitForLoadState('networkidle');
      await page.getByLabel('Loading').last().waitFor({ state: 'detached', timeout: 15_000 });
      await page.screenshot({ path: join(out, shot.file), fullPage: true });
      console.log(`  ${join(out, shot.file)}`);
      await page.context().close();
    }
  } finally {
    await browser.close();
  }
}

try {
  await main();
} catch (err) {
  console.error(`screenshots: ${(err as Error).message}`);
  process.exit(1);
}
