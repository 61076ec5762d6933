import { randomUUID } from 'node:crypto';
import type { TurnContext } from 'botbuilder';
import type { Application, TurnState } from '@microsoft/teams-ai';
import { say, type Actor, type Reply } from '../../src/app/actor';
import { groupOfConversation } from '../../src/app/group-context';
import { mayUse } from '../../src/app/commands';
import { enterForOrganization, inputStatus, remindMissing } from '../../src/app/input-status';
import type { Outcome } from '../../src/app/outcome';
import { identify } from '../../src/app/identity';
import { identityTexts } from '../../src/app/texts-identity';
import { texts } from '../../src/app/texts';
import { inputTexts as t } from '../../src/app/texts-input';
import { storedReference } from '../conversations';
import { firstContactPorts } from '../first-contact';
import type { Services } from '../services';
import { clickHandler } from '../present';
import { actorFrom } from '../turn';
import { command, type Capability, type CommandTurn } from './types';

/**
 * Round-table input (issue #5): plain text in personal chat → preview card → "Send inn";
 * `innspill <tekst>` stores directly; `mine innspill`, `trekk innspill`; for the secretariat
 * `innspill for <organisasjon>: …`, `status` and `påminnelse`.
 */

/** Who the sender is: their linked record, or on first contact the rosters the people index names (src/app/identity.ts). */
export async function personFor(turn: Pick<CommandTurn, 'context' | 'actor' | 'services' | 'pre'>) {
  // The pre-read's person (null: none stored); without a pre-read (not personal chat) identify reads it.
  const known = turn.pre?.person;
  const { activity } = turn.context;
  const chat =
    activity.conversation?.conversationType === 'personal'
      ? { conversationId: activity.conversation.id, reference: storedReference(activity), updatedAt: turn.services.now().toISOString() }
      : undefined;
  const ports = firstContactPorts(turn.context, turn.services);
  return identify(turn.services.repos, turn.actor, turn.services.now(), { known, ports, chat });
}

/** Not linked anywhere, and a secretariat has been asked who the sender is: that is the answer. */
const waiting = (turn: CommandTurn, found: Awaited<ReturnType<typeof personFor>>): Reply | undefined =>
  found.asked.length && !found.person?.value.memberships.length ? say(identityTexts.waiting(turn.actor.locale, found.asked.join(', '))) : undefined;

const activityId = (context: TurnContext) => context.activity.id || randomUUID();
const FOR_ORG = /^for\s+[^:\n]+:/i;

async function submit(turn: CommandTurn, mode: 'preview' | 'direct'): Promise<Reply> {
  const found = await personFor(turn);
  return waiting(turn, found) ?? turn.services.input.submit(turn.actor, found.person, turn.command.rest, activityId(turn.context), mode, turn.pre?.windows);
}

/**
 * A card action's answer is the updated card: a use case's text-only answer becomes a short card
 * (the reminders' report too, once they are sent).
 */
function onCard(outcome: Outcome): Outcome {
  const { direct } = outcome;
  if (direct) return { direct: { ...direct, report: (sent, unreachable) => onCard(direct.report?.(sent, unreachable) ?? {}) } };
  if (outcome.card) return { invoke: outcome.card };
  return {
    invoke: {
      template: 'input-preview',
      data: {
        mode: 'note',
        title: '',
        meeting: '',
        heading: '',
        text: '',
        receivedLabel: '',
        newTextLabel: '',
        newText: '',
        note: outcome.text ?? '',
        draftId: '',
        pendingMeetingId: '',
        pendingOrganization: '',
        pendingEtag: '',
        existingText: '',
        labels: { send: '', cancel: '', replace: '', append: '' },
      },
    },
  };
}

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export const input: Capability = {
  commands: [
    command(
      {
        name: 'input',
        aliases: ['innspill', 'innspel', 'input'],
        audience: 'member',
        where: 'any',
        nb: 'innspill <tekst> – lagrer ditt innspill til runden rundt bordet',
        nn: 'innspel <tekst> – lagrar innspelet ditt til runden rundt bordet',
        en: 'input <text> – stores your round-table input',
      },
      async (turn) => {
        const { actor, command: c, group, services, context } = turn;
        // «innspill for <organisasjon>: …» is the secretariat's form; from anyone else it is their own input.
        if (FOR_ORG.test(c.args) && group && mayUse('secretariat', group.roles)) {
          return enterForOrganization(services.repos, actor, group, c.rest, activityId(context), services.now());
        }
        return submit(turn, 'direct');
      },
    ),
    command(
      {
        name: 'my-input',
        aliases: ['mine innspill', 'mine innspel', 'my input'],
        audience: 'member',
        where: 'any',
        nb: 'mine innspill – viser innspillet ditt',
        nn: 'mine innspel – viser innspelet ditt',
        en: 'my input – shows your input',
      },
      async (turn) => {
        const found = await personFor(turn);
        return waiting(turn, found) ?? turn.services.input.mine(turn.actor, found.person, turn.pre?.windows);
      },
    ),
    command(
      {
        name: 'withdraw-input',
        aliases: ['trekk innspill', 'trekk innspel', 'withdraw input'],
        audience: 'member',
        where: 'any',
        nb: 'trekk innspill – trekker innspillet ditt',
        nn: 'trekk innspel – trekkjer innspelet ditt',
        en: 'withdraw input – withdraws your input',
      },
      async (turn) => {
        const found = await personFor(turn);
        return waiting(turn, found) ?? turn.services.input.withdraw(turn.actor, found.person, undefined, turn.pre?.windows);
      },
    ),
    command(
      {
        name: 'status',
        aliases: ['status'],
        audience: 'secretariat',
        where: 'any',
        group: 'here',
        noGroup: t.secretariatInGroupChat,
        nb: 'status – hvem har sendt innspill',
        nn: 'status – kven som har sendt innspel',
        en: 'status – who has sent input',
      },
      async ({ actor, group, services }) => inputStatus(services.repos, actor, group, services.now()),
    ),
    command(
      {
        name: 'remind',
        aliases: ['påminnelse', 'påminning', 'remind'],
        audience: 'secretariat',
        where: 'any',
        group: 'here',
        noGroup: t.secretariatInGroupChat,
        nb: 'påminnelse – minner dem som mangler innspill',
        nn: 'påminning – minner på dei som manglar innspel',
        en: 'remind – reminds those missing input',
      },
      async ({ actor, group, services }) => remindMissing(services.repos, actor, group, services.now()),
    ),
  ],
  onPlainText: async (turn) => submit(turn, 'preview'),
  verbs: ['input.confirm', 'input.cancel', 'input.pick', 'input.replace', 'input.append', 'input.edit', 'input.withdraw', 'input.remind'],
  register(app: Application<TurnState>, services: Services) {
    const on = (verb: string, run: (context: TurnContext, actor: Actor, data: Record<string, unknown>) => Promise<Outcome>) =>
      app.adaptiveCards.actionExecute<Record<string, unknown>>(
        verb,
        clickHandler(services, async (context, data) => onCard(await run(context, actorFrom(context), data))),
      );
    on('input.confirm', (_c, actor, d) => services.input.confirm(actor, str(d.draftId)));
    on('input.cancel', (_c, actor, d) => services.input.cancel(actor, str(d.draftId)));
    on('input.pick', (_c, actor, d) => services.input.pick(actor, str(d.draftId), str(d.meetingId), str(d.organization)));
    const carried = (d: Record<string, unknown>) => ({
      text: str(d.text),
      meetingId: str(d.meetingId),
      organization: str(d.organization),
      etag: str(d.etag),
      existingText: str(d.existing),
    });
    on('input.replace', (_c, actor, d) => services.input.settle(actor, str(d.draftId), 'replace', carried(d)));
    on('input.append', (_c, actor, d) => services.input.settle(actor, str(d.draftId), 'append', carried(d)));
    on('input.edit', (c, actor, d) => services.input.edit(actor, str(d.meetingId), str(d.organization), str(d[str(d.field)] ?? d.text), activityId(c)));
    on('input.withdraw', (_c, actor, d) => services.input.withdraw(actor, undefined, { meetingId: str(d.meetingId), organization: str(d.organization) }));
    // A card is not a command: the router never saw this click, so the group and role are checked here.
    on('input.remind', async (c, actor) => {
      const group = await groupOfConversation(services.repos, actor);
      if (!group) return say(t.secretariatInGroupChat(actor.locale));
      if (!mayUse('secretariat', group.roles)) return say(texts.onlySecretariat(actor.locale));
      return remindMissing(services.repos, actor, group, services.now());
    });
  },
};
