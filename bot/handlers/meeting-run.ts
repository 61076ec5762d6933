import type { TurnContext } from 'botbuilder';
import type { Text } from '../../src/domain/language';
import type { Move } from '../../src/app/meeting-run';
import { runTexts } from '../../src/app/texts-run';
import { parseItemRef, type ItemRef } from '../../src/domain/agenda-parts';
import { clickHandler } from '../present';
import { actorFrom } from '../turn';
import { command, type Capability } from './types';

/** The chair's commands: in the meeting's chat; the router lets only the chair or the secretariat through. */
const chair = (name: string, aliases: string[], line: Text) => ({
  name,
  aliases,
  audience: 'chair' as const,
  where: 'shared' as const,
  group: 'here' as const,
  ...line,
});

/** «sak 3», «sak 3.», «sak 1.2», «sak del 1 sak 2», and typed as its own command «del 1 sak 2» / «del 2» (the alias is part of it). */
function parseItem(alias: string, args: string): ItemRef | undefined {
  const parsed = parseItemRef(/^(del|part)$/.test(alias) ? `${alias} ${args}` : args);
  return parsed && /^\.?$/.test(parsed.rest.trim()) ? parsed.ref : undefined;
}

const teamsMeetingId = (context: TurnContext): string | undefined =>
  (context.activity.channelData as { meeting?: { id?: string } } | undefined)?.meeting?.id || undefined;

const CLICKS = {
  'meeting.prev': 'prev',
  'meeting.next': 'next',
  'meeting.decision': 'decision',
  'meeting.note': 'note',
} as const;

/** start, neste, sak <n>, vedtak:, notat:, runde, avslutt — and the current-item and round-table cards. */
export const meetingRun: Capability = {
  commands: [
    // In a Teams meeting chat not linked yet, the router finds the one group where this person chairs.
    command(
      {
        ...chair('start', ['start'], { nb: 'start – starter møtet', nn: 'start – startar møtet', en: 'start – starts the meeting' }),
        group: 'mine',
        noGroup: runTexts.noGroupForStart,
        manyGroups: runTexts.manyGroupsForStart,
      },
      ({ context, actor, group, conversation, services }) => services.run.start(actor, group, conversation, teamsMeetingId(context), context.activity.id),
    ),
    command(
      chair('next', ['neste', 'next'], { nb: 'neste – går til neste sak', nn: 'neste – går til neste sak', en: 'next – moves to the next item' }),
      ({ context, actor, group, conversation, services }) => services.run.moveTyped(actor, group, conversation, { to: 'next' }, context.activity.id),
    ),
    command(
      chair('item', ['sak', 'item', 'del', 'part'], {
        nb: 'sak <n> – går til sak n (i et møte i to deler: sak n i delen som holdes; «sak 1.2» eller «del 1 sak 2» for sak 2 i del 1)',
        nn: 'sak <n> – går til sak n (i eit møte i to delar: sak n i delen som går føre seg; «sak 1.2» eller «del 1 sak 2» for sak 2 i del 1)',
        en: 'item <n> – moves to item n (in a meeting in two parts: item n of the part being held; "item 1.2" or "part 1 item 2" for item 2 of part 1)',
      }),
      ({ context, actor, group, conversation, services, command: c }) => {
        const ref = parseItem(c.alias, c.args);
        if (ref === undefined) return Promise.resolve({ text: runTexts.itemUsage(actor.locale), live: [], posts: [] });
        const move: Move = { to: 'item', ref };
        return services.run.moveTyped(actor, group, conversation, move, context.activity.id);
      },
    ),
    command(
      // `vedtak` / `decision` without a colon: bot/handlers/search.ts (the register; with text it comes back here).
      chair('decision', ['vedtak:', 'decision:'], {
        nb: 'vedtak: <tekst> – vedtak på gjeldende sak',
        nn: 'vedtak: <tekst> – vedtak i saka som gjeld no',
        en: 'decision: <text> – decision on the current item',
      }),
      ({ context, actor, group, conversation, services, command: c }) =>
        services.run.recordTyped(actor, group, conversation, 'decision', c.rest, context.activity.id),
    ),
    command(
      chair('note', ['notat:', 'note:', 'notat', 'note'], {
        nb: 'notat: <tekst> – notat på gjeldende sak',
        nn: 'notat: <tekst> – notat i saka som gjeld no',
        en: 'note: <text> – note on the current item',
      }),
      ({ context, actor, group, conversation, services, command: c }) =>
        services.run.recordTyped(actor, group, conversation, 'note', c.rest, context.activity.id),
    ),
    command(
      chair('round', ['runde', 'round'], {
        nb: 'runde – starter runden rundt bordet',
        nn: 'runde – startar runden rundt bordet',
        en: 'round – starts the round table',
      }),
      ({ context, actor, group, conversation, services }) => services.roundTable.start(actor, group, conversation, context.activity.id),
    ),
    command(
      chair('end', ['avslutt', 'end'], { nb: 'avslutt – avslutter møtet', nn: 'avslutt – avsluttar møtet', en: 'end – ends the meeting' }),
      async ({ actor, group, conversation, services }) =>
        services.followUps.withOwnerNotices(await services.ending.end(actor, group, conversation), actor.locale),
    ),
    command(
      chair('reopen-meeting', ['gjenåpne møte', 'reopen meeting'], {
        nb: 'gjenåpne møte – gjenåpner det siste avsluttede møtet (ikke når referatet er låst)',
        nn: 'gjenåpne møte – opnar det siste avslutta møtet att (ikkje når referatet er låst)',
        en: 'reopen meeting – reopens the latest ended meeting (not when its minutes are locked)',
      }),
      ({ actor, group, services }) => services.ending.reopen(actor, group),
    ),
  ],
  verbs: [...Object.keys(CLICKS), 'meeting.round', 'round.next', 'round.skip', 'meeting.start', 'meeting.start.cancel', 'meeting.end', 'meeting.end.cancel'],
  register(app, services) {
    const on = (verb: string, run: Parameters<typeof clickHandler>[1]) =>
      app.adaptiveCards.actionExecute<Record<string, unknown>>(verb, clickHandler(services, run));
    for (const [verb, confirm] of [
      ['meeting.end', true],
      ['meeting.end.cancel', false],
    ] as const) {
      on(verb, async (context, data) => {
        const actor = actorFrom(context);
        return services.followUps.withOwnerNotices(await services.ending.endFromCard(actor, confirm, data), actor.locale);
      });
    }
    for (const [verb, confirm] of [
      ['meeting.start', true],
      ['meeting.start.cancel', false],
    ] as const) {
      on(verb, (context, data) => services.run.startFromCard(actorFrom(context), confirm, data, context.activity.id));
    }
    for (const [verb, kind] of Object.entries(CLICKS)) on(verb, (context, data) => services.run.click(actorFrom(context), kind, data, context.activity.id));
    on('meeting.round', (context, data) => services.roundTable.startFromCard(actorFrom(context), data, context.activity.id));
    for (const [verb, how] of [
      ['round.next', 'spoken'],
      ['round.skip', 'skipped'],
    ] as const) {
      on(verb, (context, data) => services.roundTable.click(actorFrom(context), how, data));
    }
  },
};
