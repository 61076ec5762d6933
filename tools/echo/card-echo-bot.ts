/**
 * A tiny anonymous Bot Framework bot for testing the Playground harness itself (not the product):
 * botbuilder's CloudAdapter with no app id behind restify `POST /api/messages`.
 *
 * - message "kort" / "card": answers with an Adaptive Card holding an Action.Execute (verb "tell");
 * - any other message: answers `echo: <text without the @mention> | from=<id> | aad=<aadObjectId> |
 *   conv=<conversation id> | type=<conversationType> | mention=<yes|no>`;
 * - invoke adaptiveCard/action: answers with an updated card "<verb> fra <from id>: <data as JSON>".
 */
import * as restify from 'restify';
import { ActivityTypes, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext, type Attachment } from 'botbuilder';

export interface EchoBot {
  port: number;
  url: string;
  /** Every activity the bot received, in order. */
  received: Array<Record<string, unknown>>;
  close(): Promise<void>;
}

export const CARD = 'application/vnd.microsoft.card.adaptive';

export function echoCard(text: string, verb = 'tell'): Record<string, unknown> {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body: [{ type: 'TextBlock', text, wrap: true }],
    actions: [{ type: 'Action.Execute', title: 'Trykk', verb, data: { sak: 1 } }],
  };
}

function describe(context: TurnContext, text: string): string {
  const a = context.activity;
  const mentioned = (a.entities ?? []).some((e) => e.type === 'mention' && (e as { mentioned?: { id?: string } }).mentioned?.id === a.recipient.id);
  return [
    `echo: ${text}`,
    `from=${a.from.id}`,
    `aad=${a.from.aadObjectId ?? ''}`,
    `conv=${a.conversation.id}`,
    `type=${a.conversation.conversationType ?? ''}`,
    `mention=${mentioned ? 'yes' : 'no'}`,
  ].join(' | ');
}

export async function startEchoBot(port = 0): Promise<EchoBot> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
  adapter.onTurnError = async (context, error) => {
    console.error('echo bot error', error);
    await context.sendActivity(`echo bot error: ${String(error)}`);
  };
  const received: Array<Record<string, unknown>> = [];
  const server = restify.createServer({ name: 'echo-bot' });
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, async (context) => {
      const activity = context.activity;
      received.push(JSON.parse(JSON.stringify(activity)) as Record<string, unknown>);
      if (activity.type === ActivityTypes.Message) {
        const text = TurnContext.removeRecipientMention(activity)?.trim() ?? '';
        if (/^(kort|card)$/i.test(text)) {
          const card: Attachment = { contentType: CARD, content: echoCard(`Kort til ${activity.from.id}`) };
          await context.sendActivity({ attachments: [card] });
        } else {
          await context.sendActivity(describe(context, text));
        }
      } else if (activity.type === ActivityTypes.Invoke && activity.name === 'adaptiveCard/action') {
        const action = (activity.value as { action?: { verb?: string; data?: unknown } } | undefined)?.action;
        const value = echoCard(`${action?.verb ?? '?'} fra ${activity.from.id}: ${JSON.stringify(action?.data ?? null)}`, 'again');
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 200, body: { statusCode: 200, type: CARD, value } } });
      }
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  return {
    port: address.port,
    url: `http://127.0.0.1:${address.port}/api/messages`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
