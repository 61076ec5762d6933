/**
 * The README's quick start as a person walks it (#16 §1): the Agents Playground's own web page in
 * Debian's Chromium, against the real Referent. In the group chat the chair types the commands; the
 * roster of 45 and the agenda go in through the form cards (the web page drops the line breaks of
 * typed text, the form keeps them); then the meeting, the notice and a vote click on the approval
 * card. What the bot stored is checked after each step. Skips with the reason when Chromium is
 * missing (REFERENT_SKIP_BROWSER).
 */
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { groupIdFor } from '../../src/app/groups';
import { meetingIdFor } from '../../src/domain/meeting';
import { fixtureDocument, INNKALLING_2024_11_07 } from '../../tools/fixtures/documents';
import { browserSkipReason, launchLocalChromium, type LocalBrowser } from '../../tools/playground/chromium';
import { useReferentWithPlayground } from '../../tools/playground/stack';

const skipReason = browserSkipReason();
const maybe = skipReason ? test.skip : test;
if (skipReason) console.log(`quick-start.test: skipped: ${skipReason}`);

jest.setTimeout(150_000);

const stack = useReferentWithPlayground('quick-start');
let browser: LocalBrowser;
let page: Page;

beforeAll(async () => {
  if (skipReason) return;
  browser = await launchLocalChromium('referent-chromium-qs-');
  page = browser.page;
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

/** Types one line in the group chat's composer and sends it, as a person does: «@Referent» picked from the mention list, then the command. */
async function type(text: string) {
  const composer = page.locator('[role="textbox"][data-lexical-editor="true"]');
  await composer.click();
  await page.keyboard.type('@Ref');
  await page.getByRole('menu').getByText('Referent').first().click();
  await page.keyboard.type(` ${text}`);
  await page.keyboard.press('Enter');
}

/**
 * Waits until the page shows one more element matching than it did before `mark()`: the bot's answer
 * as the person sees it. (The harness' own WebSocket does not carry what the web page's session gets.)
 */
function expectOnPage(match: RegExp) {
  const shown = () => page.getByText(match).count();
  let before = 0;
  return {
    async mark() {
      before = await shown();
    },
    async waitFor() {
      const until = Date.now() + 20_000;
      while ((await shown()) <= before) {
        if (Date.now() > until) {
          await page.screenshot({ path: join(tmpdir(), 'referent-quick-start-failed.png') });
          throw new Error(`the page never showed ${match} (screenshot: referent-quick-start-failed.png in the temp folder)`);
        }
        await page.waitForTimeout(200);
      }
    },
  };
}

async function typeAndSee(text: string, match: RegExp) {
  const seen = expectOnPage(match);
  await seen.mark();
  await type(text);
  await seen.waitFor();
}

/** Fills the last form card's text box on the page and presses its save button. */
async function fillForm(text: string, save: RegExp) {
  const card = page.locator('.ac-adaptiveCard').last();
  const box = card.locator('textarea').first();
  await box.waitFor({ timeout: 15_000 });
  await box.fill(text);
  await card.getByRole('button', { name: save }).click();
}

maybe('group, roster of 45 through the form, meeting, agenda through the form, notice and a vote click — from the web page', async () => {
  const seed = fixtureDocument(INNKALLING_2024_11_07);
  const invited = seed.slice(seed.indexOf('Fornavn\tEtternavn\tOrganisasjon'));
  const groupId = groupIdFor(stack.pg.conversations.group);

  await page.goto(stack.pg.url, { waitUntil: 'domcontentloaded' });
  await page.locator('[role="textbox"][data-lexical-editor="true"]').waitFor({ timeout: 30_000 });
  await page.getByRole('treeitem', { name: 'Faggruppe næringssamarbeid' }).click();

  // The group-created answer brings the roster form («Neste steg»), so nobody has to know `deltakere`.
  await typeAndSee('ny gruppe Faggruppe for næringssamarbeid', /er opprettet|is created/);
  expect((await stack.bot.repositories.groups.get(groupId))?.value.name).toBe('Faggruppe for næringssamarbeid');

  // `deltakere` alone answers with the form too; the list goes in its text box with its tabs and line breaks.
  await typeAndSee('deltakere', /^(Lim inn deltakerlisten|Paste the roster)$/);
  const added = expectOnPage(/45 (lagt til|added)/);
  await added.mark();
  await fillForm(invited, /^(Lagre|Save)$/);
  await added.waitFor();
  expect((await stack.bot.repositories.rosters.get(groupId))?.value).toHaveLength(45);

  const day = new Date(Date.now() + 30 * 24 * 3600_000).toISOString().slice(0, 10);
  const [y, m, d] = day.split('-');
  await typeAndSee(`nytt møte ${d}.${m}.${y} 12:00-13:00 Oslo rådhus`, /Møtet er opprettet|meeting is created/);
  const meetingId = meetingIdFor(groupId, day);
  expect((await stack.bot.repositories.meetings.get(meetingId))?.value.place).toBe('Oslo rådhus');

  await typeAndSee('sakskart', /^(Lim inn sakskartet|Paste the agenda)$/);
  // Saved from the form, the form card turns into the agenda card in place.
  const agenda = expectOnPage(/^(Sjekk sakskartet\. Publiser det med «innkalling»\.|Check the agenda\. Publish it with "notice"\.)$/);
  await agenda.mark();
  await fillForm(seed, /^(Lagre|Save)$/);
  await agenda.waitFor();
  expect((await stack.bot.repositories.meetings.get(meetingId))?.value.agenda.map((i) => i.number)).toEqual([1, 2, 3, 4, 5]);

  await typeAndSee('innkalling', /Innkalling til møte i|Notice of meeting/);

  // The chair approves item 1 on its card, in the page; the vote is stored for the clicking user.
  const approval = page.locator('.ac-adaptiveCard', { hasText: /(Sak|Item) 1\. / }).last();
  await approval.getByRole('button', { name: /^(Godkjenn|Approve)$/ }).click();
  const until = Date.now() + 15_000;
  let votes: unknown[] = [];
  while (votes.length === 0 && Date.now() < until) {
    votes = Object.values((await stack.bot.repositories.approvals.get(meetingId, 1))?.value.votes ?? {});
    if (votes.length === 0) await page.waitForTimeout(200);
  }
  expect(votes).toHaveLength(1);
  await approval.getByText(/1 (godkjent|approved)/).waitFor({ timeout: 15_000 });

  await page.screenshot({ path: join(tmpdir(), `referent-quick-start-${process.pid}.png`) });
});
