import type { Locale } from '../../src/app/actor';
import type { Status } from '../../src/app/attendance';
import { runTexts } from '../../src/app/texts-run';
import { texts } from '../../src/app/texts';
import type { Services } from '../services';
import { clickHandler } from '../present';
import { actorFrom } from '../turn';
import { command, type Capability, type GroupTurn } from './types';

/** til stede / forfall [navn]: in the group's chat or the meeting chat (the group is known there). */
function mark(status: Status) {
  return async ({ actor, group, conversation, command: c, services }: GroupTurn) => services.attendance.markTyped(actor, group, conversation, status, c.args);
}

/** From personal chat the group is not known: say where to write it. Roster membership is the use case's check. */
const noGroup = (l: Locale, personal: boolean) => (personal ? runTexts.attendanceWhere(l) : texts.noGroupHere(l));
const ATTENDANCE = { audience: 'member', where: 'any', group: 'here', noGroup } as const;

const VERBS: Record<string, Status> = { 'attendance.present': 'present', 'attendance.apologies': 'apologies' };

/** Attendance: typed commands and the roll-call card (each person reports for themselves). */
export const attendance: Capability = {
  commands: [
    command(
      {
        name: 'present',
        aliases: ['til stede', 'til stades', 'present'],
        ...ATTENDANCE,
        nb: 'til stede – melder at du er til stede',
        nn: 'til stades – melder at du er til stades',
        en: 'present – marks you present',
      },
      mark('present'),
    ),
    command(
      {
        name: 'apologies',
        aliases: ['forfall', 'apologies'],
        ...ATTENDANCE,
        nb: 'forfall – melder forfall',
        nn: 'forfall – melder forfall',
        en: 'apologies – sends your apologies',
      },
      mark('apologies'),
    ),
    command(
      {
        name: 'absence',
        aliases: ['fravær', 'fråvær', 'absence'],
        ...ATTENDANCE,
        nb: 'fravær <grunn> – melder forfall med grunn',
        nn: 'fråvær <grunn> – melder forfall med grunn',
        en: 'absence <reason> – sends your apologies with a reason',
      },
      async ({ actor, group, conversation, command: c, services }) => services.attendance.markTyped(actor, group, conversation, 'apologies', '', c.rest),
    ),
  ],
  verbs: Object.keys(VERBS),
  register(app, services: Services) {
    for (const [verb, status] of Object.entries(VERBS)) {
      // The clicker gets the card redrawn in the invoke answer; the roll-call everyone sees is updated in
      // place too (#16 §4), retried on throttling within 3 s and only logged when it fails.
      app.adaptiveCards.actionExecute<Record<string, unknown>>(
        verb,
        clickHandler(services, (context, data) => services.attendance.click(actorFrom(context), status, data)),
      );
    }
  },
};
