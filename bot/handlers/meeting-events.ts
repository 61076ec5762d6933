import type { TurnContext } from 'botbuilder';
import { groupConversation } from '../../src/app/group-home';
import { findMeeting, linkConversation } from '../../src/app/run-shared';
import { runTexts } from '../../src/app/texts-run';
import type { Services } from '../services';
import { say } from '../../src/app/actor';
import { present } from '../present';
import { actorFrom } from '../turn';
import type { Capability } from './types';

/*
 * Teams meeting events (they arrive only when the meeting really starts, and need the meeting RSC
 * permissions): start links the meeting chat to the group's meeting, participants who join are
 * marked present through the roster, end reminds the chair when the meeting is still running.
 * A meeting chat that belongs to no group yet is left alone (the chair's `start` links it).
 */

/** Ids safe to log (never names or text). */
const turnIds = (context: TurnContext) => ({ activityId: context.activity.id, conversationId: context.activity.conversation?.id, name: context.activity.name });

const teamsMeetingId = (context: TurnContext) => (context.activity.channelData as { meeting?: { id?: string } } | undefined)?.meeting?.id;

const groupOf = (context: TurnContext, services: Services) => groupConversation(services.repos, context.activity.conversation?.id ?? '');

interface Participant {
  user?: { id?: string; name?: string; aadObjectId?: string };
}

export const meetingEvents: Capability = {
  commands: [],
  register(app, services) {
    app.meetings.start(async (context) => {
      const here = await groupOf(context, services);
      if (!here) return services.log.info({ ...turnIds(context), teamsMeetingId: teamsMeetingId(context) }, 'meeting started in a chat of no group: ignored');
      const meeting = await findMeeting(services.repos, here.groupId, here.record, 'upcoming', services.now());
      if (meeting) await linkConversation(services.repos, context.activity.conversation.id, here.groupId, meeting.value.meetingId, services.now());
    });
    app.meetings.participantsJoin(async (context, _state, details) => {
      const here = await groupOf(context, services);
      if (!here) return;
      const members = ((details as { members?: Participant[] })?.members ?? []).map((m) => ({ aadObjectId: m.user?.aadObjectId, name: m.user?.name }));
      const { marked, live } = await services.attendance.participantsJoined(here.groupId, here.record, members);
      services.log.info({ ...turnIds(context), joined: members.length, marked }, 'meeting participants joined');
      // The roll-call card is redrawn in place (an update only: nothing is posted, and a failed update is logged).
      if (live.length) await present(context, services, { live });
    });
    app.meetings.participantsLeave(async (context) => {
      // Someone who leaves early still attended: the list keeps them.
      services.log.debug(turnIds(context), 'meeting participants left');
    });
    app.meetings.end(async (context) => {
      const here = await groupOf(context, services);
      if (!here) return;
      const meeting = await findMeeting(services.repos, here.groupId, here.record, 'running', services.now());
      if (meeting?.value.state === 'in-progress') await present(context, services, say(runTexts.teamsMeetingEnded(actorFrom(context).locale)));
    });
  },
};
