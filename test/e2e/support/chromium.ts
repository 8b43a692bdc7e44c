import AxeBuilder from '@axe-core/playwright';
import { expect } from '@jest/globals';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { DESKTOP, PHONE } from '../../../scripts/chromium.ts';
import { ROOT } from '../../../scripts/stack.ts';

export { DESKTOP, launchChromium, PHONE } from '../../../scripts/chromium.ts';

const SHOTS = join(ROOT, '.run', 'screenshots');

/** Saves the page at phone and desktop width under .run/screenshots (the test's artifacts). */
export async function screenshots(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  const original = page.viewportSize();
  for (const [size, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    await page.setViewportSize(viewport);
    // Layouts chosen by a media query (a phone's cards instead of a table) render on the next frames.
    // From the top, so the sticky header is drawn where a user sees it, not where the test left the scroll.
    await page.evaluate('window.scrollTo(0, 0)');
    await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
    await page.screenshot({ path: join(SHOTS, `${name}-${size}.png`), fullPage: true });
  }
  if (original) await page.setViewportSize(original);
}

/** axe-core's WCAG 2.1 A and AA rules on the page as it is now: no violation allowed. */
export async function expectAccessible(page: Page): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const violations = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ') + ' ' + n.failureSummary).join(', ')})`);
  expect(violations).toEqual([]);
}
