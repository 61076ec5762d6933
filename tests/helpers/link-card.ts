import type { Captured } from '../../tools/teams/connector';
import { cardText } from './invoke';

export interface LinkCardAction {
  title: string;
  verb: string;
  data: { groupId: string; aad: string; memberId: string };
}

/** The latest «Hvem er «<name>»?» card the bot posted (issue #15 §1): its text and its buttons (candidates, then «Ikke på listen»). */
export function linkCardFor(captured: readonly Captured[], teamsName: string): { conversationId: string; text: string; actions: LinkCardAction[] } | undefined {
  for (let i = captured.length - 1; i >= 0; i--) {
    for (const a of (captured[i].activity.attachments ?? []) as { content: Record<string, unknown> }[]) {
      const text = cardText(a.content);
      if (!text.includes(`Hvem er «${teamsName}»?`) && !text.includes(`Who is "${teamsName}"?`)) continue;
      const body = a.content.body as { type: string; actions?: LinkCardAction[] }[];
      const choices = body.find((b) => b.type === 'ActionSet')?.actions ?? [];
      return { conversationId: captured[i].conversationId, text, actions: [...choices, ...((a.content.actions ?? []) as LinkCardAction[])] };
    }
  }
  return undefined;
}
