import { say } from '../../src/app/actor';
import type { Status } from '../../src/app/attendance';
import { runTexts } from '../../src/app/texts-run';
import { texts } from '../../src/app/texts';
import type { Services } from '../services';
import { actorFrom } from '../turn';
import { applyAnswer } from './meeting-run';
import type { Capability, CommandTurn } from './types';

/** til stede / forfall [navn]: in the group's chat or the meeting chat (the group is known there). */
function mark(status: Status) {
  return async ({ context, actor, group, conversation, command, services }: CommandTurn) => {
    if (!group) return say(actor.conversationType === 'personal' ? runTexts.attendanceWhere(actor.locale) : texts.noGroupHere(actor.locale));
    await applyAnswer(context, services, await services.attendance.markTyped(actor, group, conversation, status, command.args), 'typed');
  };
}

const VERBS: Record<string, Status> = { 'attendance.present': 'present', 'attendance.apologies': 'apologies' };

/** Attendance: typed commands and the roll-call card (each person reports for themselves). */
export const attendance: Capability = {
  commands: { present: mark('present'), apologies: mark('apologies') },
  verbs: Object.keys(VERBS),
  register(app, services: Services) {
    for (const [verb, status] of Object.entries(VERBS)) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, async (context, _state, data) => {
        // The roll-call answers the clicker only (no update for everyone): 40 members reporting at once
        // stay far inside Teams' per-conversation rate limits.
        await applyAnswer(context, services, await services.attendance.click(actorFrom(context), status, data ?? {}), 'invoke');
        return '';
      });
    }
  },
};
