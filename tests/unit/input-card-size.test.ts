import { CARD_TEXT_BUDGET_BYTES, previewCard } from '../../src/app/cards/input-preview';
import { MAX_INPUT_CHARS, type MeetingWindow } from '../../src/domain/input';
import { toActivity } from '../../bot/turn';

/*
 * #16 §2: the round-table input cards show the text as it will stand, whole, and stay one Teams message
 * (Teams refuses a bot message over about 28 KB with HTTP 413: the card would never arrive).
 */

const TEAMS_MESSAGE_LIMIT = 28 * 1024;
const window: MeetingWindow = { meetingId: 'm-1', date: '2027-01-14', start: '10:00', end: '12:00', state: 'notice-published' };
const target = {
  groupId: 'g-1',
  memberId: 'm-lorenskog',
  organization: 'Lørenskog kommune',
  received: 'before' as const,
  window,
  deadline: new Date('2027-01-21T11:00:00Z'),
};
const LINE = '- Vi støtter planen for felles næringsareal, se https://www.example.no/plan/2027?del=3&side=æøå og [vedlegget](https://example.org/v.pdf)\n';
const long = (chars: number, fill = 'ø') => {
  let text = '';
  while (text.length + LINE.length <= chars) text += LINE;
  return text + fill.repeat(chars - text.length);
};
const sizeOf = (reply: ReturnType<typeof previewCard>) => Buffer.byteLength(JSON.stringify(toActivity(reply)), 'utf8');
const shown = (reply: ReturnType<typeof previewCard>) => {
  const body = (reply.card!.data as { text: string; newText: string; note: string; existingText: string }) ?? {};
  return body;
};
const rendered = (reply: ReturnType<typeof previewCard>) => JSON.stringify((toActivity(reply).attachments ?? [])[0]?.content);

describe('the input cards keep the whole text inside one Teams message', () => {
  it('the preview of the longest input (bullets, links, æøå) shows it whole, in one message well under the limit', () => {
    const text = long(MAX_INPUT_CHARS);
    const reply = previewCard('nb', { mode: 'preview', target, text, draftId: 'd-1' });
    expect(rendered(reply)).toContain(JSON.stringify(text).slice(1, -1));
    expect(sizeOf(reply)).toBeLessThan(12_000);
  });

  it('«replace or add» with two short texts shows and carries both whole', () => {
    const reply = previewCard('nb', { mode: 'exists', target, text: 'Gammelt innspill.', newText: 'Nytt innspill.', draftId: 'd-2', etag: 'e' });
    expect(shown(reply)).toMatchObject({ text: 'Gammelt innspill.', newText: 'Nytt innspill.', existingText: 'Gammelt innspill.' });
    expect(shown(reply).note).not.toContain('forkortet');
  });

  it('«replace or add» with 8000 + 8000 characters: the new text whole, the stored one shortened and said so, under 28 KB', () => {
    const before = long(MAX_INPUT_CHARS);
    const text = long(MAX_INPUT_CHARS, 'å');
    const reply = previewCard('nb', { mode: 'exists', target, text: before, newText: text, draftId: 'd-3', etag: 'e' });
    expect(shown(reply).newText).toBe(text);
    expect(shown(reply).existingText).toBe('');
    expect(shown(reply).text.endsWith('…')).toBe(true);
    expect(before.startsWith(shown(reply).text.slice(0, -1))).toBe(true);
    expect(shown(reply).note).toMatch(/^Det lagrede innspillet er langt, så kortet viser de første \d+ av 8000 tegn\. «Legg til» beholder hele teksten\./);
    expect(sizeOf(reply)).toBeLessThan(TEAMS_MESSAGE_LIMIT);
    expect(CARD_TEXT_BUDGET_BYTES + 2_000).toBeLessThan(TEAMS_MESSAGE_LIMIT);
  });

  it('a stored text that fits is shown whole even when it is not carried', () => {
    const before = long(5_000);
    const reply = previewCard('nn', { mode: 'exists', target, text: before, newText: long(3_000), draftId: 'd-4', etag: 'e' });
    expect(shown(reply).text).toBe(before);
    expect(shown(reply).existingText).toBe('');
    expect(sizeOf(reply)).toBeLessThan(TEAMS_MESSAGE_LIMIT);
  });
});
