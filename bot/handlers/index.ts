import { groups } from './groups';
import { language } from './language';
import { input } from './input';
import { meetings } from './meetings';
import { meetingCancel } from './meeting-cancel';
import { approvals } from './approvals';
import { minutes } from './minutes';
import { meetingRun } from './meeting-run';
import { attendance } from './attendance';
import { meetingEvents } from './meeting-events';
import { privacy } from './privacy';
import { pasteForms } from './paste-forms';
import { followUps } from './follow-ups';
import { search } from './search';
import { identity } from './identity';
import { review } from './review';
import type { Capability } from './types';

/**
 * Every capability of the bot. Add one: write bot/handlers/<capability>.ts and list it here. The
 * order is the order of `hjelp` (bot/commands.ts).
 */
export const CAPABILITIES: Capability[] = [
  groups,
  language,
  meetings,
  meetingCancel,
  meetingRun,
  followUps,
  search,
  attendance,
  input,
  minutes,
  review,
  privacy,
  approvals,
  meetingEvents,
  pasteForms,
  identity,
];
