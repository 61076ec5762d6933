import { say } from '../src/app/actor';
import type { Outcome } from '../src/app/outcome';
import { fitsPlace, mayUse } from '../src/app/commands';
import { groupsWhere } from '../src/app/group-context';
import { texts } from '../src/app/texts';
import { meetingTexts } from '../src/app/texts-meetings';
import { privacyTexts } from '../src/app/texts-privacy';
import type { Command, CommandTurn, GroupTurn } from './handlers/types';

/**
 * The policy of the command table, in one place: before a handler runs, the command must fit the
 * kind of chat (`where`), find its group (`group`: this chat's, or for 'mine' the one group of the
 * sender's memberships where they have the role), and the sender must have the audience's role in
 * that group (stored roles, never message text). Each refusal is answered here and changes nothing.
 */
export async function route(spec: Command, turn: CommandTurn): Promise<Outcome | void> {
  const { actor, services } = turn;
  const l = actor.locale;
  const personal = actor.conversationType === 'personal';
  if (!fitsPlace(spec.where, personal)) {
    return say(spec.elsewhere?.(l) ?? (spec.where === 'personal' ? privacyTexts.personalOnly(l) : texts.noGroupHere(l)));
  }
  if (!spec.group) return spec.run(turn);
  let group = turn.group;
  if (!group && spec.group === 'mine') {
    // Only here does a command read the sender's memberships: a chat of no group, a group command.
    const mine = await groupsWhere(services.repos, actor, spec.audience);
    if (mine.length > 1)
      return say(
        (spec.manyGroups ?? meetingTexts.manyGroups)(
          l,
          mine.map((c) => c.group.value.name),
        ),
      );
    group = mine[0];
  }
  if (!group) return say(spec.noGroup?.(l, personal) ?? texts.noGroupHere(l));
  if (!mayUse(spec.audience, group.roles)) return say(spec.audience === 'chair' ? texts.onlyChair(l) : texts.onlySecretariat(l));
  return spec.run({ ...turn, group } satisfies GroupTurn);
}
