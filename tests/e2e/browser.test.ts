/**
 * The Agents Playground's own web page in Debian's Chromium (playwright-core, never a downloaded
 * browser), against the echo bot: the chair types in the composer, the reply renders, a card renders
 * and its button round-trips. The exported referat and innkalling (HTML) are checked there by axe-core
 * (#17 §2). Skips with the reason when Chromium is missing (REFERENT_SKIP_BROWSER).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { innkallingToHtml, referatToHtml } from '../../src/exports/html';
import { startEchoBot, type EchoBot } from '../../tools/echo/card-echo-bot';
import { browserSkipReason, launchLocalChromium, type LocalBrowser } from '../../tools/playground/chromium';
import { startPlayground, type Playground } from '../../tools/playground/playground';
import { hostileReferat, seed004Innkalling, seedReferat } from '../fixtures/export-cases';

const skipReason = browserSkipReason();
const maybe = skipReason ? test.skip : test;
if (skipReason) console.log(`browser.test: skipped: ${skipReason}`);

jest.setTimeout(55_000);

let bot: EchoBot;
let playground: Playground;
let browser: LocalBrowser;
let context: BrowserContext;
let page: Page;
let aborted: string[] = [];

beforeAll(async () => {
  if (skipReason) return;
  bot = await startEchoBot(0);
  playground = await startPlayground({ botEndpoint: bot.url });
  browser = await launchLocalChromium('referent-chromium-');
  ({ context, page, aborted } = browser);
}, 50_000);

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  await bot?.close();
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

/** What axe reports, kept small enough to print. */
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

maybe('the exported referat and innkalling (HTML) pass axe-core in Chromium with no violations', async () => {
  const axePage = await context.newPage();
  try {
    const documents = [
      ['referat', referatToHtml(seedReferat())],
      ['referat with hostile input', referatToHtml(hostileReferat())],
      ['innkalling', innkallingToHtml(seed004Innkalling())],
    ] as const;
    const found: Record<string, AxeViolation[]> = {};
    for (const [name, html] of documents) {
      await axePage.setContent(html, { waitUntil: 'load' });
      await axePage.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      // Every rule axe runs by default (WCAG 2.0/2.1 A and AA, best practices), on the whole page.
      const result = (await axePage.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) => ({
        version: r.testEngine.version,
        passed: r.passes.map((p) => p.id),
        violations: r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })),
      }))`)) as { version: string; passed: string[]; violations: AxeViolation[] };
      found[name] = result.violations;
      console.log(`axe-core ${result.version} on the ${name}: ${result.violations.length} violations, ${result.passed.length} rules passed`);
      // axe really looked at the page: the rules this task is about passed.
      expect(result.passed).toEqual(
        expect.arrayContaining(['html-has-lang', 'html-lang-valid', 'th-has-data-cells', 'heading-order', 'page-has-heading-one', 'color-contrast']),
      );
    }
    expect(found).toEqual({ referat: [], 'referat with hostile input': [], innkalling: [] });
  } finally {
    await axePage.close();
  }
});
