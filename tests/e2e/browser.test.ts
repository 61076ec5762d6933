/**
 * The Agents Playground's own web page in Debian's Chromium (playwright-core, never a downloaded
 * browser), against the echo bot: the chair types in the composer, the reply renders, a card renders
 * and its button round-trips. Skips with the reason when Chromium is missing (REFERENT_SKIP_BROWSER).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { startEchoBot, type EchoBot } from '../../tools/echo/card-echo-bot';
import { startPlayground, type Playground } from '../../tools/playground/playground';

const CHROMIUM = '/usr/bin/chromium';
const skipReason = process.env.REFERENT_SKIP_BROWSER || (existsSync(CHROMIUM) ? '' : `${CHROMIUM} is missing (apt-get install chromium)`);
const maybe = skipReason ? test.skip : test;
if (skipReason) console.log(`browser.test: skipped: ${skipReason}`);

jest.setTimeout(55_000);

let bot: EchoBot;
let playground: Playground;
let context: BrowserContext;
let page: Page;
let profile: string;
const aborted: string[] = [];

beforeAll(async () => {
  if (skipReason) return;
  bot = await startEchoBot(0);
  playground = await startPlayground({ botEndpoint: bot.url });
  profile = mkdtempSync(join(tmpdir(), 'referent-chromium-'));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Only the Playground itself: its fonts and animations come from a CDN that is not reachable here.
  await context.route('**/*', (route) => {
    const { hostname } = new URL(route.request().url());
    if (hostname === 'localhost' || hostname === '127.0.0.1') return route.continue();
    aborted.push(hostname);
    return route.abort();
  });
  page = context.pages()[0] ?? (await context.newPage());
}, 50_000);

afterAll(async () => {
  await context?.close();
  await playground?.close();
  await bot?.close();
  if (profile) rmSync(profile, { recursive: true, force: true });
});

maybe('the chair types "hjelp" in personal chat and the reply renders; a card button round-trips', async () => {
  const t0 = Date.now();
  await page.goto(playground.url, { waitUntil: 'domcontentloaded' });
  const composer = page.locator('[role="textbox"][data-lexical-editor="true"]');
  await composer.waitFor({ timeout: 30_000 });
  console.log(`Playground page usable after ${Date.now() - t0} ms (aborted non-local hosts: ${[...new Set(aborted)].join(', ') || 'none'})`);
  await page.getByText('Ørjan Sålvik').first().waitFor({ timeout: 5_000 }); // the header shows currentUser, æøå intact

  await composer.click();
  await page.keyboard.type('hjelp');
  await page.keyboard.press('Enter');
  const reply = page.getByText(/echo: hjelp \|/).first();
  await reply.waitFor({ timeout: 10_000 });
  expect(await reply.textContent()).toContain(`from=${playground.currentUser.id}`);
  // The harness' WebSocket saw the same reply.
  await playground.messages.waitFor((m) => m.text.startsWith('echo: hjelp |') && m.conversationId === playground.conversations.personal, 5_000);

  await composer.click();
  await page.keyboard.type('kort');
  await page.keyboard.press('Enter');
  const card = page.locator('.ac-adaptiveCard').last();
  await card.getByText(`Kort til ${playground.currentUser.id}`).waitFor({ timeout: 10_000 });
  await card.getByRole('button', { name: 'Trykk' }).click();
  await page.locator('.ac-adaptiveCard').getByText(`tell fra ${playground.currentUser.id}`).first().waitFor({ timeout: 10_000 });

  const shot = join(tmpdir(), `referent-playground-${process.pid}.png`);
  await page.screenshot({ path: shot });
  console.log(`screenshot: ${shot}`);
});
