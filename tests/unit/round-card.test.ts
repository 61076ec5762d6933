import { renderNamedCard } from '../../cards';
import { roundCard } from '../../src/app/cards/round-table';
import type { MeetingData } from '../../src/domain/meeting-types';
import { startRound } from '../../src/domain/round-order';
import { cardText } from '../helpers/invoke';

/** The round-table card with a real group's 30+ organizations stays readable (#16 §4). */
const orgs = (n: number) => Array.from({ length: n }, (_, i) => `Kommune ${String(i + 1).padStart(2, '0')}`);
const meeting = { meetingId: 'g-1-20301107', attendance: {} } as unknown as MeetingData;

function roundAt(n: number, index: number) {
  const round = startRound(orgs(n), new Date('2030-11-07T11:00:00Z'));
  for (let i = 0; i < index; i++) round.outcome[i] = i % 5 === 4 ? 'skipped' : 'spoken';
  return { ...round, index };
}

describe('the round-table card', () => {
  it('with 32 organizations shows the done count, the speaker and the next three; the rest fold behind «Vis alle»', () => {
    const card = renderNamedCard('round-table', roundCard(meeting, roundAt(32, 10), [], 'nb').data) as {
      body: { $data?: unknown; type: string; id?: string; isVisible?: boolean; items?: { type: string }[] }[];
      actions: { type: string; title: string; targetElements?: string[] }[];
    };
    const text = cardText(card);
    expect(text).toContain('8 har talt, 2 hoppet over.');
    const shownRows = card.body.filter((b) => b.type === 'ColumnSet');
    expect(shownRows.map((r) => cardText(r).split('\n')[0])).toEqual(['Kommune 11', 'Kommune 12', 'Kommune 13', 'Kommune 14']);
    const rest = card.body.find((b) => b.id === 'rest')!;
    expect(rest.isVisible).toBe(false);
    expect(rest.items).toHaveLength(28);
    expect(card.actions.find((a) => a.type === 'Action.ToggleVisibility')).toMatchObject({ title: 'Vis alle (32)', targetElements: ['rest'] });
  });

  it('with a short round lists everyone, no fold', () => {
    const card = renderNamedCard('round-table', roundCard(meeting, roundAt(6, 2), [], 'nb').data) as {
      body: { type: string; id?: string }[];
      actions: { type: string }[];
    };
    expect(card.body.filter((b) => b.type === 'ColumnSet')).toHaveLength(6);
    expect(card.body.find((b) => b.id === 'rest')).toBeUndefined();
    expect(card.actions.some((a) => a.type === 'Action.ToggleVisibility')).toBe(false);
  });
});
