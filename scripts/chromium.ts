// Debian's Chromium (scripts/lib/infra.sh ensure_chromium installs it), driven by playwright-core;
// never a browser downloaded by a tool. Shared by the browser tests and scripts/screenshots.
import { chromium, type Browser } from 'playwright-core';

export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    // A fresh profile per launch (playwright's default) and nothing that phones home.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };
