import type { ApprovalVerb } from '../../src/app/approvals';
import { teamsDirectory } from '../first-contact';
import { clickHandler } from '../present';
import { actorFrom } from '../turn';
import type { Capability } from './types';

const VERBS: Record<string, ApprovalVerb> = {
  'approval.approve': 'approve',
  'approval.remark': 'remark',
  'approval.close': 'close',
  'approval.refresh': 'refresh',
};

/**
 * The approval card's Action.Execute verbs. The clicker gets their own view in the invoke answer;
 * when the tally or state changed, the posted message is updated with everyone's view (`shared`, sent
 * by the presenter one at a time and only the newest), so the others see the new tally (and their
 * clients refresh their own view through refresh.userIds). A refusal answers with a message and changes nothing.
 */
export const approvals: Capability = {
  commands: [],
  verbs: Object.keys(VERBS),
  register(app, services) {
    for (const [name, verb] of Object.entries(VERBS)) {
      app.adaptiveCards.actionExecute<Record<string, unknown>>(
        name,
        // A vote can be someone's first contact: Teams' member information (e-mail/UPN) may link them; a click asks no one.
        clickHandler(services, (context, data) => services.approvals.act(actorFrom(context), verb, data, { directory: teamsDirectory(context) })),
      );
    }
  },
};
