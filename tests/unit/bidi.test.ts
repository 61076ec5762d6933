import { cleanInline, parseAgenda } from '../../src/domain/agenda-parser';
import { castVote, newApproval } from '../../src/domain/approval';
import { checkInputText, normalizeInputText } from '../../src/domain/input';
import { parseMeetingArgs } from '../../src/domain/meeting-args';
import { cleanRecordText } from '../../src/domain/meeting-flow';
import { cleanText } from '../../src/exports/writer-text';
import { parseRosterLines } from '../../src/domain/roster-import';
import { stripBidi } from '../../src/domain/text';

// Every direction control the rule removes, and a visible text built around them.
const CONTROLS = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e', '\u2066', '\u2067', '\u2068', '\u2069', '\u200e', '\u200f', '\u061c'];
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const RLO = '\u202e';

describe('direction controls are removed from stored user text (#14 item 7)', () => {
  it('stripBidi removes each of them and leaves everything else alone', () => {
    for (const c of CONTROLS) expect(stripBidi(`Nes${c} kommune`)).toBe('Nes kommune');
    const arabic = 'Møte med «مرحبا» og 10–12 % æøå\n- punkt';
    expect(stripBidi(arabic)).toBe(arabic);
    expect(stripBidi('')).toBe('');
  });

  it('round-table input: a right-to-left override never reaches the stored text', () => {
    const raw = `Vi har ${RLO}fdp.exe${'\u202c'} og\n- ${'\u2067'}punkt${'\u2069'} to`;
    expect(normalizeInputText(raw)).toBe('Vi har fdp.exe og\n- punkt to');
    const checked = checkInputText(`${RLO}${'\u200f'}`);
    expect(checked).toEqual({ ok: false, reason: 'empty' });
  });

  it('decisions, notes, agenda titles, meeting place, roster lines and approval remarks', () => {
    expect(cleanRecordText(`Vedtatt ${RLO}enstemmig`)).toEqual({ ok: true, text: 'Vedtatt enstemmig' });
    expect(cleanInline(`Runde ${'\u202b'}rundt bordet`)).toBe('Runde rundt bordet');
    const agenda = parseAgenda(`1. Godkjenning av innkalling\n2. Orientering om ${RLO}havna`);
    expect(JSON.stringify(agenda)).not.toMatch(BIDI);
    const args = parseMeetingArgs(`12.03.2099 10:00-12:00 Rådhuset ${RLO}sal 2`, new Date('2024-01-01T00:00:00Z'));
    expect(args).toMatchObject({ ok: true });
    expect(JSON.stringify(args)).not.toMatch(BIDI);
    const roster = parseRosterLines(`Ada${'\u2066'}\tLovlien\tNes ${RLO}kommune\tada@example.org`);
    expect(roster.members).toEqual([expect.objectContaining({ firstName: 'Ada', lastName: 'Lovlien', organization: 'Nes kommune' })]);
    const approval = newApproval({ meetingId: 'm', item: 1, kind: 'notice', openedAt: '2024-01-01T00:00:00Z' } as never);
    const vote = castVote(
      approval,
      { memberId: 'm-ada', name: 'Ada Lovlien', organization: 'Nes kommune', userId: 'u' },
      'remark',
      `Feil ${RLO}dato`,
      new Date(),
    );
    expect(JSON.stringify(vote)).not.toMatch(BIDI);
    expect(JSON.stringify(vote)).toContain('Feil dato');
  });

  it('the writers drop them from text stored before the rule', () => {
    expect(cleanText(`gammel ${RLO}tekst`)).toBe('gammel tekst');
  });
});
