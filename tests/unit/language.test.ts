import { localeOf } from '../../src/app/actor';
import { parseLanguage, turnLocale } from '../../src/app/language';
import { decisionText } from '../../src/domain/approval';
import { decisionIn, isNoMatters, itemTitle } from '../../src/domain/standard-wording';

/* Issue #19: which language a turn speaks, and Referent's own stored wording shown in any of the three. */

describe('the language of a turn', () => {
  const shared = { locale: 'nb' as const, conversationType: 'groupChat' as const };
  const personal = { locale: 'en' as const, conversationType: 'personal' as const };

  it('reads the client locale as before, with nn-* as nynorsk', () => {
    expect([localeOf('en-US'), localeOf('nn-NO'), localeOf('nb-NO'), localeOf(undefined), localeOf('de-DE')]).toEqual(['en', 'nn', 'nb', 'nb', 'nb']);
  });

  it("in a group's chat: the group's language, else the client's", () => {
    expect(turnLocale(shared, { group: 'nn', person: 'en' })).toBe('nn');
    expect(turnLocale(shared, {})).toBe('nb');
  });

  it("in personal chat: the person's own, then their groups', then the client's", () => {
    expect(turnLocale(personal, { person: 'nn', personGroups: ['nb'] })).toBe('nn');
    expect(turnLocale(personal, { personGroups: ['nn', undefined] })).toBe('nn');
    expect(turnLocale(personal, { personGroups: ['nn', 'nb'] })).toBe('nb');
    expect(turnLocale(personal, { personGroups: ['nn', 'en'] })).toBe('en');
    expect(turnLocale(personal, {})).toBe('en');
  });

  it('understands the language words in any case, and nothing else', () => {
    expect(['Nynorsk', 'BOKMÅL', 'bokmal', 'english', 'engelsk', 'nn'].map(parseLanguage)).toEqual(['nn', 'nb', 'nb', 'en', 'en', 'nn']);
    expect(parseLanguage('klingon')).toBeUndefined();
  });
});

describe("Referent's own wording in the reader's language", () => {
  it('writes an approval decision in the language it is made in, and shows it in any', () => {
    const remarks = [{ name: 'Kari Nordmann', organization: 'Vik kommune', comment: 'Sak 3 først.' }];
    const nn = decisionText('approve-notice', remarks, 'nn');
    expect(nn).toBe('Innkallinga vart godkjend med merknader: Kari Nordmann (Vik kommune): Sak 3 først.');
    expect(decisionIn(nn, 'nb')).toBe('Innkallingen ble godkjent med merknader: Kari Nordmann (Vik kommune): Sak 3 først.');
    expect(decisionIn(decisionText('approve-minutes', [], 'nb'), 'nn')).toBe('Referatet vart godkjent');
    expect(decisionIn('Innkallingen ble godkjent, men ikke enstemmig.', 'nn')).toBe('Innkallingen ble godkjent, men ikke enstemmig.');
  });

  it('shows the standard titles and «Ingen saker.» in the language, and anything written by people as written', () => {
    expect(itemTitle({ title: 'Godkjenning av referat fra møte 12. september 2024', kind: 'approve-minutes', minutesDate: '12. september 2024' }, 'nn')).toBe(
      'Godkjenning av referat frå førre møte, 12. september 2024',
    );
    expect(itemTitle({ title: 'Oppfølging fra forrige møte', kind: 'follow-ups' }, 'nn')).toBe('Oppfølging frå førre møte');
    expect(itemTitle({ title: 'Eventuelt', kind: 'other-business' }, 'en')).toBe('Any other business');
    expect(itemTitle({ title: 'Godkjenning av innkalling og dagsorden (utsatt)', kind: 'approve-notice' }, 'nn')).toBe(
      'Godkjenning av innkalling og dagsorden (utsatt)',
    );
    expect(decisionIn('Ingen saker.', 'en')).toBe('No matters.');
    expect(isNoMatters('No matters.')).toBe(true);
  });
});
