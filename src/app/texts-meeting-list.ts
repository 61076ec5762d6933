import { pick, type Locale, type Text } from '../domain/language';
import type { MeetingState } from '../domain/meeting-types';

/** The answer of `møter` / `meetings`: the group's meetings and what state each is in (Bokmål, nynorsk, English). */

const STATES: Record<MeetingState, Text> = {
  draft: { nb: 'utkast', nn: 'utkast', en: 'draft' },
  'notice-published': { nb: 'innkalling sendt', nn: 'innkalling send', en: 'notice sent' },
  'in-progress': { nb: 'pågår', nn: 'pågår', en: 'running' },
  ended: { nb: 'avsluttet', nn: 'avslutta', en: 'ended' },
  locked: { nb: 'avsluttet, referatet er godkjent', nn: 'avslutta, referatet er godkjent', en: 'ended, minutes approved' },
  cancelled: { nb: 'AVLYST', nn: 'AVLYST', en: 'CANCELLED' },
};

export const meetingListTexts = {
  notMember: (l: Locale) =>
    pick(l, {
      nb: 'Du står ikke på deltakerlisten til gruppen, så jeg viser ikke møtene her. Be sekretariatet legge deg til med «deltakere».',
      nn: 'Du står ikkje på deltakarlista til gruppa, så eg viser ikkje møta her. Be sekretariatet leggje deg til med «deltakarar».',
      en: 'You are not on the group\'s roster, so I do not show its meetings here. Ask the secretariat to add you with "members".',
    }),
  state: (l: Locale, state: MeetingState) => pick(l, STATES[state]),
  title: (l: Locale, group: string) => pick(l, { nb: `Møtene i ${group}:`, nn: `Møta i ${group}:`, en: `The meetings of ${group}:` }),
  none: (l: Locale) =>
    pick(l, {
      nb: 'Gruppen har ingen møter ennå. Sekretariatet oppretter dem med «nytt møte».',
      nn: 'Gruppa har ingen møte enno. Sekretariatet opprettar dei med «nytt møte».',
      en: 'The group has no meetings yet. The secretariat creates them with "new meeting".',
    }),
  earlier: (l: Locale, n: number) =>
    pick(l, { nb: `(${n} eldre møter er ikke vist.)`, nn: `(${n} eldre møte er ikkje viste.)`, en: `(${n} older meetings are not shown.)` }),
};
