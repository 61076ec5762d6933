import { sameOrganization } from '../../src/domain/keys';
import {
  appendInput,
  checkInputText,
  deadlineOf,
  inputWindow,
  MAX_INPUT_CHARS,
  normalizeInputText,
  osloClock,
  osloDate,
  osloWallClock,
  withReceipt,
  type MeetingWindow,
} from '../../src/domain/input';
import { inputTexts } from '../../src/app/texts-input';
import { defaultInputDeadline } from '../../src/domain/meeting';

// The meeting of the 7.11.2024 notice: Thursday 07.11.2024 12:00–13:00, Oslo (CET, UTC+1).
const NOV7: MeetingWindow = { meetingId: 'm', date: '2024-11-07', start: '12:00', end: '13:00', state: 'notice-published' };

describe('input window', () => {
  it('converts Oslo wall-clock time in winter and summer', () => {
    expect(osloWallClock('2024-11-07', '12:00').toISOString()).toBe('2024-11-07T11:00:00.000Z');
    expect(osloWallClock('2024-06-13', '12:00').toISOString()).toBe('2024-06-13T10:00:00.000Z');
    expect(osloDate(new Date('2024-11-14T12:00:00Z'))).toBe('14.11.2024');
    expect(osloClock(new Date('2024-11-14T12:00:00Z'))).toBe('13.00');
  });

  it('defaults the deadline to 7 days after the meeting ends', () => {
    expect(deadlineOf(NOV7).toISOString()).toBe('2024-11-14T12:00:00.000Z');
    expect(deadlineOf({ ...NOV7, inputDeadline: '2024-11-08T22:59:00.000Z' }).toISOString()).toBe('2024-11-08T22:59:00.000Z');
  });

  it('one default deadline rule across both DST changes: the end time in Oslo, 7 calendar days later', () => {
    // 28.03.2024 is winter time (+1), 04.04.2024 summer time (+2): 13:00 in Oslo is 11:00Z, not end + 168 h (12:00Z).
    const march: MeetingWindow = { meetingId: 'm', date: '2024-03-28', start: '12:00', end: '13:00', state: 'ended' };
    expect(deadlineOf(march).toISOString()).toBe('2024-04-04T11:00:00.000Z');
    expect(deadlineOf(march).toISOString()).toBe(defaultInputDeadline(march));
    expect(inputWindow(march, new Date('2024-04-04T10:59:59Z'))).toMatchObject({ open: true, received: 'after' });
    expect(inputWindow(march, new Date('2024-04-04T11:00:01Z'))).toMatchObject({ open: false, reason: 'deadline-passed' });
    // 24.10.2024 is summer time (+2), 31.10.2024 winter time (+1): 13:00 in Oslo is 12:00Z, not end + 168 h (11:00Z).
    const october: MeetingWindow = { meetingId: 'm', date: '2024-10-24', start: '12:00', end: '13:00', state: 'ended' };
    expect(deadlineOf(october).toISOString()).toBe('2024-10-31T12:00:00.000Z');
    expect(deadlineOf(october).toISOString()).toBe(defaultInputDeadline(october));
    expect(inputWindow(october, new Date('2024-10-31T11:30:00Z'))).toMatchObject({ open: true, received: 'after' });
    expect(inputWindow(october, new Date('2024-10-31T12:00:01Z'))).toMatchObject({ open: false, reason: 'deadline-passed' });
  });

  it('marks input before, during and after the meeting', () => {
    expect(inputWindow(NOV7, new Date('2024-11-01T09:00:00Z'))).toMatchObject({ open: true, received: 'before' });
    expect(inputWindow(NOV7, new Date('2024-11-07T11:30:00Z'))).toMatchObject({ open: true, received: 'during' });
    expect(inputWindow({ ...NOV7, state: 'in-progress' }, new Date('2024-11-07T10:55:00Z'))).toMatchObject({ open: true, received: 'during' });
    expect(inputWindow({ ...NOV7, state: 'ended' }, new Date('2024-11-07T11:58:00Z'))).toMatchObject({ open: true, received: 'after' });
    expect(inputWindow(NOV7, new Date('2024-11-08T08:00:00Z'))).toMatchObject({ open: true, received: 'after' });
  });

  it('refuses after the deadline, for drafts and once locked', () => {
    const late = inputWindow({ ...NOV7, state: 'ended' }, new Date('2024-11-14T12:00:01Z'));
    expect(late).toMatchObject({ open: false, reason: 'deadline-passed' });
    if (late.open || late.reason !== 'deadline-passed') throw new Error('expected deadline-passed');
    expect(inputTexts.deadlinePassed('nb', NOV7, late.deadline)).toContain('Fristen for innspill til møtet 07.11.2024 gikk ut 14.11.2024 kl. 13.00');
    expect(inputTexts.deadlinePassed('en', NOV7, late.deadline)).toContain('passed on 14.11.2024 at 13.00');
    expect(inputWindow({ ...NOV7, state: 'draft' }, new Date('2024-11-01T09:00:00Z'))).toEqual({ open: false, reason: 'not-published' });
    expect(inputWindow({ ...NOV7, state: 'locked' }, new Date('2024-11-08T09:00:00Z'))).toEqual({ open: false, reason: 'locked' });
  });
});

describe('input text', () => {
  it('keeps bullets and line breaks, trims trailing blanks', () => {
    const text = 'Ringeriksregionen  \r\n\r\n\r\n- Treklyngen: avslag\n- Mobilitet er en utfordring   \n';
    expect(normalizeInputText(text)).toBe('Ringeriksregionen\n\n- Treklyngen: avslag\n- Mobilitet er en utfordring');
  });

  it('turns the HTML of a formatted Teams message back into lines and bullets', () => {
    const html = '<p>Horten kommune</p><ul><li>Intercity &amp; tog</li><li>Tech Festival</li></ul>';
    expect(normalizeInputText(html)).toBe('Horten kommune\n- Intercity & tog\n- Tech Festival');
    expect(normalizeInputText('a < b og c > d')).toBe('a < b og c > d');
  });

  it('refuses empty and too long text, accepts exactly the maximum', () => {
    expect(checkInputText('  \n ')).toEqual({ ok: false, reason: 'empty' });
    expect(checkInputText('x'.repeat(MAX_INPUT_CHARS + 1))).toEqual({ ok: false, reason: 'too-long', length: MAX_INPUT_CHARS + 1 });
    expect(checkInputText('x'.repeat(MAX_INPUT_CHARS))).toMatchObject({ ok: true });
  });

  it('adds below with a blank line; remembers the last receipts once each', () => {
    expect(appendInput('Første.\n', ' Andre.')).toBe('Første.\n\nAndre.');
    expect(withReceipt(['a', 'b'], 'a')).toEqual(['b', 'a']);
    expect(
      withReceipt(
        Array.from({ length: 25 }, (_, i) => `r${i}`),
        'new',
      ),
    ).toHaveLength(20);
  });

  it('compares organizations loosely', () => {
    expect(sameOrganization('Horten kommune', ' horten  Kommune')).toBe(true);
    expect(sameOrganization('Asker/Bærum kommune', 'Asker / Bærum kommune')).toBe(true);
    expect(sameOrganization('Bærum kommune', 'Asker kommune')).toBe(false);
  });
});
