import type { MeetingData } from '../../src/domain/meeting-types';
import { assembleInnkalling, assembleReferat } from '../../src/domain/referat-assembly';
import { referatToHtml } from '../../src/exports/html';
import { referatToMarkdown } from '../../src/exports/markdown';
import { referatDocumentXml } from '../../src/exports/docx';
import { SEED_SECRETARIAT, seedInputs, seedGroup, seedMeeting, seedRoster } from '../fixtures/referat-seed-000';

/** The referat as the group writes it (#17 §1.1, §1.10, §1.12), and the per-group settings that change it. */
const referat = (meeting: Partial<MeetingData> = {}, settings = {}) =>
  assembleReferat({
    group: { ...seedGroup(), settings },
    meeting: { ...seedMeeting(), ...meeting },
    roster: seedRoster(),
    inputs: seedInputs(),
    secretariatNames: SEED_SECRETARIAT,
  });

describe('outcomes', () => {
  it('are printed as the sentence they are, with no «Vedtak:» label, in every format', () => {
    const model = referat();
    expect(referatToMarkdown(model)).toContain('\n\nInnkallingen ble godkjent\n');
    expect(referatToMarkdown(model)).not.toContain('Vedtak:');
    expect(referatToHtml(model)).not.toContain('Vedtak:');
    expect(referatDocumentXml(model)).not.toContain('Vedtak:');
  });

  it('carry the label for a group that makes formal vedtak (its setting), never before «Ingen saker.»', () => {
    const model = referat({}, { decisionLabel: true });
    const md = referatToMarkdown(model);
    expect(md).toContain('**Vedtak:** Innkallingen ble godkjent');
    expect(md).toContain('## Sak 11. Eventuelt\n\nIngen saker.');
    expect(referatToHtml(model)).toContain('<strong>Vedtak:</strong> Innkallingen ble godkjent');
    expect(referatDocumentXml(model)).toContain('Vedtak:');
  });
});

describe('internal markers on round-table input', () => {
  it('show in a draft (a referat not yet locked)', () => {
    const md = referatToMarkdown(referat({ state: 'ended' }));
    expect(md).toContain('(mottatt etter møtet)');
    expect(md).toContain('(skrevet inn av sekretariatet)');
  });

  it('stay out of the locked (final) referat, in every format, unless the group keeps them', () => {
    const locked = referat({ state: 'locked' });
    for (const out of [referatToMarkdown(locked), referatToHtml(locked), referatDocumentXml(locked)]) {
      expect(out).not.toContain('mottatt etter møtet');
      expect(out).not.toContain('skrevet inn av sekretariatet');
    }
    expect(referatToMarkdown(referat({ state: 'locked' }, { keepMarkers: true }))).toContain('(mottatt etter møtet)');
  });
});

describe('Eventuelt', () => {
  it('with matters on the agenda lists them and does not also say «Ingen saker.»', () => {
    const meeting = seedMeeting();
    const agenda = meeting.agenda.map((i) => (i.kind === 'other-business' ? { ...i, subPoints: ['Julebord 2023', 'Neste møtested'] } : i));
    const md = referatToMarkdown(referat({ agenda }));
    expect(md).toContain('Julebord 2023');
    expect(md).not.toContain('Ingen saker.');
  });

  it('with nothing at all says «Ingen saker.»', () => {
    expect(referatToMarkdown(referat())).toContain('## Sak 11. Eventuelt\n\nIngen saker.');
  });
});

describe('the innkalling’s «Dato:»', () => {
  it('is the day the notice was published, the same in every later export (#17 §1.6)', () => {
    const meeting = { ...seedMeeting(), noticePublishedAt: '2022-12-20T23:30:00.000Z' }; // 21.12.2022 in Oslo
    const secretariat = { name: 'Kamilla Hovstøl Ulvestad', organization: 'Sekretariatet for Osloregionen' };
    const later = assembleInnkalling({ group: seedGroup(), meeting, roster: seedRoster(), secretariat, now: new Date('2023-02-01T10:00:00Z') });
    const muchLater = assembleInnkalling({ group: seedGroup(), meeting, roster: seedRoster(), secretariat, now: new Date('2024-06-01T10:00:00Z') });
    expect(later.noticeDate).toBe('2022-12-21');
    expect(muchLater.noticeDate).toBe('2022-12-21');
    const draft = assembleInnkalling({ group: seedGroup(), meeting: seedMeeting(), roster: seedRoster(), secretariat, now: new Date('2023-01-05T10:00:00Z') });
    expect(draft.noticeDate).toBe('2023-01-05');
  });
});
