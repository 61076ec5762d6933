/**
 * Drives Microsoft 365 Agents Playground 0.2.28 (npm @microsoft/m365agentsplayground) as a Teams
 * stand-in: spawns its CLI, waits until it answers, sends as configured users through its internal
 * HTTP API and collects the bot's messages from its WebSocket. Shapes read from its dist/ code and
 * checked live: a mention is `{ mentioned: { id: <bot id>, name }, text: '<at>Referent</at>' }` with the
 * same `<at>…</at>` in the text; an invoke answers `{ type, value }` (the bot's card), replyToId required;
 * the WebSocket carries `{ action, actionConversationId, message }` (a channel thread's id is
 * `<channel>;messageid=<first message id>`). Its start-up errors go only to ./devTools/*.log.
 *
 * Sending as a user: the Playground's own `POST /_conversation/v1/conversations/{id}/messages`
 * delivers every message as `currentUser` (the body's `from.id` is only checked for membership).
 * So `send` uses that route for currentUser, and for any other configured user posts an activity of
 * the same shape (from the Playground's template) to `POST /_internal/v1/customActivities`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import WebSocket from 'ws';
import { freePort, isPortTaken } from '../free-port';

export interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}
export interface PlaygroundChannel {
  id: string;
  name: string;
  channelType?: string;
}
/** The answer of `GET /_internal/v1/config` (normalized: groupChats[] and teams[], General channel first). */
export interface PlaygroundConfig {
  config: {
    tenantId: string;
    bot: { id: string; name: string };
    currentUser: PlaygroundUser;
    users: PlaygroundUser[];
    personalChat: { id: string; name?: string };
    groupChats: Array<{ id: string; name: string; members: string[] }>;
    teams: Array<{ id: string; name: string; aadGroupId: string; channels: PlaygroundChannel[]; members: string[] }>;
  };
  internalConfig: Record<string, unknown>;
}
export interface SendResult {
  messageId: string;
  postConversationId?: string;
  delivered: boolean;
  via: 'messages' | 'customActivities';
}
/** The Playground's answer to an adaptiveCard/action invoke: the bot's invoke response body (the updated card). */
export interface InvokeAnswer {
  type?: string;
  value?: unknown;
  statusCode?: number;
}

export interface Playground {
  port: number;
  url: string;
  /** currentUser first, then the five `users`. */
  users: PlaygroundUser[];
  currentUser: PlaygroundUser;
  bot: { id: string; name: string };
  conversations: { personal: string; group: string; general: string; channel?: string };
  messages: MessageCollector;
  config(): Promise<PlaygroundConfig>;
  send(conversationId: string, fromUserId: string, text: string, opts?: { mentionBot?: boolean }): Promise<SendResult>;
  invoke(conversationId: string, fromUserId: string, verb: string, data: unknown, replyToId?: string): Promise<InvokeAnswer>;
  submit(conversationId: string, fromUserId: string, value: Record<string, unknown>, replyToId: string): Promise<void>;
  /** Everything the CLI wrote so far (stdout + stderr). */
  output(): string;
  close(): Promise<void>;
}

export interface PlaygroundOptions {
  botEndpoint: string;
  /** Default: a free port. A port the Playground cannot get is an error (it would silently take another). */
  port?: number;
  /** Default: the repository's `.m365agentsplayground.yml`. */
  configPath?: string;
  /** Where it runs (it writes ./devTools/ there). Default: a fresh temp dir, removed on close. */
  cwd?: string;
  startTimeoutMs?: number;
  /** Collect the bot's messages from the WebSocket (default true; `npm run dev` turns it off). */
  collectMessages?: boolean;
}

const CONFIG_FILE = '.m365agentsplayground.yml';
/** The repository's committed config, found upwards from here (works from tests/ and from dist/tests/). */
export function defaultConfigPath(from = __dirname): string {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, CONFIG_FILE))) return join(dir, CONFIG_FILE);
    if (dirname(dir) === dir) return fail(`no ${CONFIG_FILE} above ${from}`);
  }
}
const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const configPath = options.configPath ?? defaultConfigPath();
  // A missing file is not an error to the Playground: it silently falls back to its sample users.
  if (!existsSync(configPath)) fail(`config file ${configPath} does not exist`);
  const port = options.port ?? (await freePort());
  if (await isPortTaken(port)) throw new Error(`Agents Playground: port ${port} is already taken (it would silently listen on another port)`);
  const ownCwd = options.cwd === undefined;
  const cwd = options.cwd ?? mkdtempSync(join(tmpdir(), 'referent-playground-'));
  const env: NodeJS.ProcessEnv = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath };
  const args = [CLI, '-e', options.botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'];
  const child = spawn(process.execPath, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  let exited: number | string | null | undefined;
  child.once('exit', (code, signal) => (exited = code ?? signal));
  const base = `http://127.0.0.1:${port}`;
  let ws: WebSocket | undefined;
  const stop = async () => {
    ws?.terminate();
    await killTree(child, () => exited !== undefined);
    if (ownCwd) rmSync(cwd, { recursive: true, force: true });
  };
  try {
    const started = Date.now();
    const timeout = options.startTimeoutMs ?? 30_000;
    for (;;) {
      const listening = /Listening on (\d+)/.exec(output);
      if (listening && Number(listening[1]) !== port)
        throw new Error(`Agents Playground listens on ${listening[1]} instead of the requested port ${port} (taken?)`);
      if (listening && (await ping(base))) break;
      if (exited !== undefined) throw new Error(`Agents Playground exited (${String(exited)}) before it answered`);
      if (Date.now() - started > timeout) throw new Error(`Agents Playground did not answer GET ${base}/_debug/ping within ${timeout} ms`);
      await sleep(100);
    }
    const messages = new MessageCollector();
    if (options.collectMessages ?? true) {
      ws = new WebSocket(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
      const socket = ws;
      socket.on('message', (data) => messages.push(String(data)));
      await new Promise<void>((ok, fail) => {
        socket.once('open', () => ok());
        socket.once('error', fail);
      });
    }
    const config = async () => (await http<PlaygroundConfig>('GET', `${base}/_internal/v1/config`, undefined, 30_000)).body;
    const { config: c } = await config();
    const users = [c.currentUser, ...c.users];
    const general = c.teams[0]?.channels[0]?.id ?? c.teams[0]?.id ?? '';
    messages.botId = c.bot.id;
    const user = (id: string) => users.find((u) => u.id === id) ?? fail(`no configured user has id ${id}`);
    const kindOf = (conversationId: string): 'personal' | 'groupChat' | 'channel' => {
      if (conversationId === c.personalChat.id) return 'personal';
      if (c.groupChats.some((g) => g.id === conversationId)) return 'groupChat';
      const root = conversationId.split(';')[0];
      if (c.teams.some((t) => t.channels.some((ch) => ch.id === root))) return 'channel';
      return fail(`conversation ${conversationId} is not in the Playground config`);
    };

    const send: Playground['send'] = async (conversationId, fromUserId, text, opts = {}) => {
      const from = user(fromUserId);
      const kind = kindOf(conversationId);
      const mention = opts.mentionBot ?? kind !== 'personal';
      const atBot = `<at>${c.bot.name}</at>`;
      const body = mention ? `${atBot} ${text}` : text;
      const mentions = mention ? [{ mentioned: { id: c.bot.id, name: c.bot.name }, text: atBot }] : undefined;
      if (from.id === c.currentUser.id) {
        const path = `${base}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`;
        const res = await http<{ messageId: string; postConversationId?: string }>('POST', path, {
          text: body,
          textFormat: 'plain',
          from: { id: from.id },
          mentions,
        });
        return { ...res.body, delivered: kind === 'personal' || mention, via: 'messages' };
      }
      if (kind === 'personal') fail(`the Playground has one personal chat, ${c.currentUser.name}'s; ${from.name} cannot write in it`);
      if (kind === 'channel' && !conversationId.includes(';messageid=')) {
        fail(`the Playground can only start a channel thread as ${c.currentUser.name}; send ${from.name}'s message to the thread's postConversationId`);
      }
      const messageId = randomUUID();
      if (!mention) return { messageId, delivered: false, via: 'customActivities' }; // Teams does not deliver it either
      const template = (
        await http<Record<string, unknown>>(
          'GET',
          `${base}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId.split(';')[0])}`,
        )
      ).body;
      const team = c.teams[0];
      const root = conversationId.split(';')[0];
      const activity = {
        ...template,
        id: messageId,
        type: 'message',
        text: body,
        textFormat: 'plain',
        locale: 'en-US',
        localTimestamp: template.timestamp,
        from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
        conversation: { ...(template.conversation as object), id: conversationId },
        entities: [...(mentions ?? []).map((m) => ({ type: 'mention', ...m })), { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' }],
        channelData:
          kind === 'channel'
            ? { teamsChannelId: root, teamsTeamId: team?.id, tenant: { id: c.tenantId }, team: { id: team?.id }, channel: { id: root } }
            : { tenant: { id: c.tenantId } },
      };
      await http('POST', `${base}/_internal/v1/customActivities`, activity);
      return { messageId, delivered: true, via: 'customActivities' };
    };

    const invoke: Playground['invoke'] = async (conversationId, fromUserId, verb, data, replyToId) => {
      const cardMessageId = replyToId ?? messages.lastCard(conversationId)?.message?.messageId ?? fail(`no card from the bot in ${conversationId} to act on`);
      const value = { action: { type: 'Action.Execute', verb, data } };
      const payload = { name: 'adaptiveCard/action', value, from: { id: user(fromUserId).id }, conversation: { id: conversationId }, replyToId: cardMessageId };
      return (await http<InvokeAnswer>('POST', `${base}/_conversation/v1/invoke`, payload)).body;
    };
    const submit: Playground['submit'] = async (conversationId, fromUserId, value, replyToId) => {
      await http('POST', `${base}/_conversation/v1/submit`, { conversation: { id: conversationId }, from: { id: user(fromUserId).id }, replyToId, value });
    };

    return {
      port,
      url: `http://localhost:${port}`,
      users,
      currentUser: c.currentUser,
      bot: c.bot,
      conversations: { personal: c.personalChat.id, group: c.groupChats[0]?.id ?? '', general, channel: c.teams[0]?.channels[1]?.id },
      messages,
      config,
      send,
      invoke,
      submit,
      output: () => output,
      close: stop,
    };
  } catch (error) {
    // It logs its reasons (a bad config, for one) only to ./devTools/m365agentsplayground.log.
    const log = join(cwd, 'devTools', 'm365agentsplayground.log');
    const reasons = existsSync(log)
      ? readFileSync(log, 'utf8')
          .split('\n')
          .filter((l) => l.startsWith('error '))
          .slice(-5)
          .join('\n')
      : '';
    await stop();
    throw new Error(`${(error as Error).message}\n--- Playground output ---\n${output.trim()}\n${reasons}`.trim());
  }
}

function fail(message: string): never {
  throw new Error(`Playground harness: ${message}`);
}

async function ping(base: string): Promise<boolean> {
  try {
    const res = await fetch(`${base}/_debug/ping`, { signal: AbortSignal.timeout(1000) });
    return res.ok && (await res.text()).trim() === 'pong';
  } catch {
    return false;
  }
}

async function http<T = unknown>(method: string, url: string, body?: unknown, timeoutMs = 15_000): Promise<{ status: number; body: T }> {
  const res = await fetch(url, {
    method,
    headers: body === undefined ? undefined : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(timeoutMs),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`Playground ${method} ${new URL(url).pathname} answered ${res.status}: ${text}`);
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

/** SIGTERM to the whole process group (it was spawned detached), SIGKILL after 3 s. */
async function killTree(child: ChildProcess, hasExited: () => boolean): Promise<void> {
  if (child.pid === undefined || hasExited()) return;
  const signal = (s: NodeJS.Signals) => {
    try {
      process.kill(-child.pid!, s);
    } catch {
      /* already gone */
    }
  };
  signal('SIGTERM');
  for (let waited = 0; !hasExited() && waited < 3000; waited += 50) await sleep(50);
  if (!hasExited()) signal('SIGKILL');
  for (let waited = 0; !hasExited() && waited < 2000; waited += 50) await sleep(50);
}

/** A message as the Playground's WebSocket carries it (`message` of createMessage/updateMessage). */
export interface StreamMessage {
  messageId: string;
  timestamp: number;
  from: { id: string };
  text?: string;
  textFormat?: string;
  attachments?: Array<{ contentType: string; content: unknown }>;
  attachmentLayout?: string;
  postConversationId?: string;
}
/** One WebSocket event: {action, actionConversationId → conversationId, message}. */
export interface StreamEvent {
  action: string;
  conversationId: string;
  /** conversationId without a channel thread's ";messageid=…" */
  rootConversationId: string;
  message?: StreamMessage;
  fromBot: boolean;
  /** The message text and every text/title/value string in its cards, joined by newlines. */
  text: string;
}

/** Records every WebSocket event in arrival order; `waitFor` looks at earlier ones too. */
export class MessageCollector {
  readonly events: StreamEvent[] = [];
  botId = '';
  private readonly listeners = new Set<() => void>();

  push(raw: string): void {
    const data = JSON.parse(raw) as { action: string; actionConversationId: string; message?: StreamMessage };
    const message = data.message;
    this.events.push({
      action: data.action,
      conversationId: data.actionConversationId,
      rootConversationId: data.actionConversationId.split(';')[0],
      message,
      fromBot: message !== undefined && message.from.id === this.botId,
      text: message ? [message.text ?? '', ...(message.attachments ?? []).flatMap((a) => strings(a.content))].filter(Boolean).join('\n') : '',
    });
    this.listeners.forEach((notify) => notify());
  }

  /** The bot's createMessage/updateMessage events. */
  get botMessages(): StreamEvent[] {
    return this.events.filter((e) => e.fromBot);
  }

  /** A cursor for `waitFor(…, …, since)`: only events after this point count. */
  mark(): number {
    return this.events.length;
  }

  lastCard(conversationId: string): StreamEvent | undefined {
    return this.botMessages.filter((e) => e.conversationId === conversationId && (e.message?.attachments?.length ?? 0) > 0).pop();
  }

  /** The first bot message (from index `since` on) matching `predicate`, waiting up to `timeoutMs`. */
  waitFor(predicate: (event: StreamEvent) => boolean, timeoutMs = 10_000, since = 0): Promise<StreamEvent> {
    return new Promise((resolvePromise, reject) => {
      const check = () => {
        const found = this.events.slice(since).find((e) => e.fromBot && predicate(e));
        if (!found) return false;
        done();
        resolvePromise(found);
        return true;
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error(`no matching bot message within ${timeoutMs} ms; the WebSocket carried:\n${this.describe(since)}`));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.listeners.delete(listener);
      };
      const listener = () => void check();
      this.listeners.add(listener);
      check();
    });
  }

  describe(since = 0): string {
    const lines = this.events
      .slice(since)
      .map((e) => `  ${e.action} [${e.conversationId}] ${e.message?.from.id ?? ''}: ${e.text.replace(/\s+/g, ' ').slice(0, 300)}`);
    return lines.length ? lines.join('\n') : '  (nothing)';
  }
}

function strings(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(strings);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    typeof value === 'string' ? (['text', 'title', 'value'].includes(key) ? [value] : []) : strings(value),
  );
}
