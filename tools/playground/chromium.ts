import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium (never a downloaded browser). */
export const CHROMIUM = '/usr/bin/chromium';

/** Why the browser suites skip here, or '' when they run (REFERENT_SKIP_BROWSER, or no Chromium). */
export function browserSkipReason(): string {
  return process.env.REFERENT_SKIP_BROWSER || (existsSync(CHROMIUM) ? '' : `${CHROMIUM} is missing (apt-get install chromium)`);
}

export interface LocalBrowser {
  context: BrowserContext;
  page: Page;
  /** Hosts the page tried to reach and was refused (not loopback). */
  aborted: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium with a fresh profile that may reach loopback only: the Playground's fonts and
 * animations come from a CDN that is not reachable here, so those requests are refused, not waited for.
 */
export async function launchLocalChromium(profilePrefix: string): Promise<LocalBrowser> {
  const profile = mkdtempSync(join(tmpdir(), profilePrefix));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
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
  const aborted: string[] = [];
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue();
    aborted.push(hostname);
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    aborted,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
