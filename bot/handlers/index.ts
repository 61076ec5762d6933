import { groups } from './groups';
import { input } from './input';
import { meetings } from './meetings';
import { approvals } from './approvals';
import { minutes } from './minutes';
import { meetingRun } from './meeting-run';
import { attendance } from './attendance';
import { meetingEvents } from './meeting-events';
import { privacy } from './privacy';
import type { Capability } from './types';

/** Every capability of the bot. Add one: write bot/handlers/<capability>.ts and list it here. */
export const CAPABILITIES: Capability[] = [groups, meetings, approvals, minutes, input, meetingRun, attendance, meetingEvents, privacy];
