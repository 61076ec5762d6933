"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.MessageCollector = void 0;
exports.defaultConfigPath = defaultConfigPath;
exports.startPlayground = startPlayground;
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
const node_child_process_1 = require("node:child_process");
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const ws_1 = __importDefault(require("ws"));
const free_port_1 = require("./free-port");
const CONFIG_FILE = '.m365agentsplayground.yml';
/** The repository's committed config, found upwards from here (works from tests/ and from dist/tests/). */
function defaultConfigPath(from = __dirname) {
    for (let dir = from;; dir = (0, node_path_1.dirname)(dir)) {
        if ((0, node_fs_1.existsSync)((0, node_path_1.join)(dir, CONFIG_FILE)))
            return (0, node_path_1.join)(dir, CONFIG_FILE);
        if ((0, node_path_1.dirname)(dir) === dir)
            return fail(`no ${CONFIG_FILE} above ${from}`);
    }
}
const CLI = require.resolve('@microsoft/m365agentsplayground/cli.js');
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function startPlayground(options) {
    const configPath = options.configPath ?? defaultConfigPath();
    // A missing file is not an error to the Playground: it silently falls back to its sample users.
    if (!(0, node_fs_1.existsSync)(configPath))
        fail(`config file ${configPath} does not exist`);
    const port = options.port ?? (await (0, free_port_1.freePort)());
    if (await (0, free_port_1.isPortTaken)(port))
        throw new Error(`Agents Playground: port ${port} is already taken (it would silently listen on another port)`);
    const ownCwd = options.cwd === undefined;
    const cwd = options.cwd ?? (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'referent-playground-'));
    const env = { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath };
    const args = [CLI, '-e', options.botEndpoint, '-c', 'msteams', '-p', String(port), '--disable-telemetry'];
    const child = (0, node_child_process_1.spawn)(process.execPath, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (d) => (output += d.toString()));
    child.stderr?.on('data', (d) => (output += d.toString()));
    let exited;
    child.once('exit', (code, signal) => (exited = code ?? signal));
    const base = `http://127.0.0.1:${port}`;
    let ws;
    const stop = async () => {
        ws?.terminate();
        await killTree(child, () => exited !== undefined);
        if (ownCwd)
            (0, node_fs_1.rmSync)(cwd, { recursive: true, force: true });
    };
    try {
        const started = Date.now();
        const timeout = options.startTimeoutMs ?? 30_000;
        for (;;) {
            const listening = /Listening on (\d+)/.exec(output);
            if (listening && Number(listening[1]) !== port)
                throw new Error(`Agents Playground listens on ${listening[1]} instead of the requested port ${port} (taken?)`);
            if (listening && (await ping(base)))
                break;
            if (exited !== undefined)
                throw new Error(`Agents Playground exited (${String(exited)}) before it answered`);
            if (Date.now() - started > timeout)
                throw new Error(`Agents Playground did not answer GET ${base}/_debug/ping within ${timeout} ms`);
            await sleep(100);
        }
        const messages = new MessageCollector();
        if (options.collectMessages ?? true) {
            ws = new ws_1.default(`ws://127.0.0.1:${port}/_ws_conversation/v1/conversations/stream`);
            const socket = ws;
            socket.on('message', (data) => messages.push(String(data)));
            await new Promise((ok, fail) => { socket.once('open', () => ok()); socket.once('error', fail); });
        }
        const config = async () => (await http('GET', `${base}/_internal/v1/config`, undefined, 30_000)).body;
        const { config: c } = await config();
        const users = [c.currentUser, ...c.users];
        const general = c.teams[0]?.channels[0]?.id ?? c.teams[0]?.id ?? '';
        messages.botId = c.bot.id;
        const user = (id) => users.find((u) => u.id === id) ?? fail(`no configured user has id ${id}`);
        const kindOf = (conversationId) => {
            if (conversationId === c.personalChat.id)
                return 'personal';
            if (c.groupChats.some((g) => g.id === conversationId))
                return 'groupChat';
            const root = conversationId.split(';')[0];
            if (c.teams.some((t) => t.channels.some((ch) => ch.id === root)))
                return 'channel';
            return fail(`conversation ${conversationId} is not in the Playground config`);
        };
        const send = async (conversationId, fromUserId, text, opts = {}) => {
            const from = user(fromUserId);
            const kind = kindOf(conversationId);
            const mention = opts.mentionBot ?? kind !== 'personal';
            const atBot = `<at>${c.bot.name}</at>`;
            const body = mention ? `${atBot} ${text}` : text;
            const mentions = mention ? [{ mentioned: { id: c.bot.id, name: c.bot.name }, text: atBot }] : undefined;
            if (from.id === c.currentUser.id) {
                const path = `${base}/_conversation/v1/conversations/${encodeURIComponent(conversationId)}/messages`;
                const res = await http('POST', path, { text: body, textFormat: 'plain', from: { id: from.id }, mentions });
                return { ...res.body, delivered: kind === 'personal' || mention, via: 'messages' };
            }
            if (kind === 'personal')
                fail(`the Playground has one personal chat, ${c.currentUser.name}'s; ${from.name} cannot write in it`);
            if (kind === 'channel' && !conversationId.includes(';messageid=')) {
                fail(`the Playground can only start a channel thread as ${c.currentUser.name}; send ${from.name}'s message to the thread's postConversationId`);
            }
            const messageId = (0, node_crypto_1.randomUUID)();
            if (!mention)
                return { messageId, delivered: false, via: 'customActivities' }; // Teams does not deliver it either
            const template = (await http('GET', `${base}/_internal/v1/customActivities/template?conversationId=${encodeURIComponent(conversationId.split(';')[0])}`)).body;
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
                conversation: { ...template.conversation, id: conversationId },
                entities: [...(mentions ?? []).map((m) => ({ type: 'mention', ...m })), { type: 'clientInfo', locale: 'en-US', country: 'US', platform: 'Web' }],
                channelData: kind === 'channel'
                    ? { teamsChannelId: root, teamsTeamId: team?.id, tenant: { id: c.tenantId }, team: { id: team?.id }, channel: { id: root } }
                    : { tenant: { id: c.tenantId } },
            };
            await http('POST', `${base}/_internal/v1/customActivities`, activity);
            return { messageId, delivered: true, via: 'customActivities' };
        };
        const invoke = async (conversationId, fromUserId, verb, data, replyToId) => {
            const cardMessageId = replyToId ?? messages.lastCard(conversationId)?.message?.messageId ?? fail(`no card from the bot in ${conversationId} to act on`);
            const value = { action: { type: 'Action.Execute', verb, data } };
            const payload = { name: 'adaptiveCard/action', value, from: { id: user(fromUserId).id }, conversation: { id: conversationId }, replyToId: cardMessageId };
            return (await http('POST', `${base}/_conversation/v1/invoke`, payload)).body;
        };
        const submit = async (conversationId, fromUserId, value, replyToId) => {
            await http('POST', `${base}/_conversation/v1/submit`, { conversation: { id: conversationId }, from: { id: user(fromUserId).id }, replyToId, value });
        };
        return {
            port, url: `http://localhost:${port}`, users, currentUser: c.currentUser, bot: c.bot,
            conversations: { personal: c.personalChat.id, group: c.groupChats[0]?.id ?? '', general, channel: c.teams[0]?.channels[1]?.id },
            messages, config, send, invoke, submit, output: () => output, close: stop,
        };
    }
    catch (error) {
        // It logs its reasons (a bad config, for one) only to ./devTools/m365agentsplayground.log.
        const log = (0, node_path_1.join)(cwd, 'devTools', 'm365agentsplayground.log');
        const reasons = (0, node_fs_1.existsSync)(log) ? (0, node_fs_1.readFileSync)(log, 'utf8').split('\n').filter((l) => l.startsWith('error ')).slice(-5).join('\n') : '';
        await stop();
        throw new Error(`${error.message}\n--- Playground output ---\n${output.trim()}\n${reasons}`.trim());
    }
}
function fail(message) {
    throw new Error(`Playground harness: ${message}`);
}
async function ping(base) {
    try {
        const res = await fetch(`${base}/_debug/ping`, { signal: AbortSignal.timeout(1000) });
        return res.ok && (await res.text()).trim() === 'pong';
    }
    catch {
        return false;
    }
}
async function http(method, url, body, timeoutMs = 15_000) {
    const res = await fetch(url, {
        method,
        headers: body === undefined ? undefined : { 'content-type': 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    if (!res.ok)
        throw new Error(`Playground ${method} ${new URL(url).pathname} answered ${res.status}: ${text}`);
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) };
}
/** SIGTERM to the whole process group (it was spawned detached), SIGKILL after 3 s. */
async function killTree(child, hasExited) {
    if (child.pid === undefined || hasExited())
        return;
    const signal = (s) => { try {
        process.kill(-child.pid, s);
    }
    catch { /* already gone */ } };
    signal('SIGTERM');
    for (let waited = 0; !hasExited() && waited < 3000; waited += 50)
        await sleep(50);
    if (!hasExited())
        signal('SIGKILL');
    for (let waited = 0; !hasExited() && waited < 2000; waited += 50)
        await sleep(50);
}
/** Records every WebSocket event in arrival order; `waitFor` looks at earlier ones too. */
class MessageCollector {
    events = [];
    botId = '';
    listeners = new Set();
    push(raw) {
        const data = JSON.parse(raw);
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
    get botMessages() {
        return this.events.filter((e) => e.fromBot);
    }
    /** A cursor for `waitFor(…, …, since)`: only events after this point count. */
    mark() {
        return this.events.length;
    }
    lastCard(conversationId) {
        return this.botMessages.filter((e) => e.conversationId === conversationId && (e.message?.attachments?.length ?? 0) > 0).pop();
    }
    /** The first bot message (from index `since` on) matching `predicate`, waiting up to `timeoutMs`. */
    waitFor(predicate, timeoutMs = 10_000, since = 0) {
        return new Promise((resolvePromise, reject) => {
            const check = () => {
                const found = this.events.slice(since).find((e) => e.fromBot && predicate(e));
                if (!found)
                    return false;
                done();
                resolvePromise(found);
                return true;
            };
            const timer = setTimeout(() => {
                done();
                reject(new Error(`no matching bot message within ${timeoutMs} ms; the WebSocket carried:\n${this.describe(since)}`));
            }, timeoutMs);
            const done = () => { clearTimeout(timer); this.listeners.delete(listener); };
            const listener = () => void check();
            this.listeners.add(listener);
            check();
        });
    }
    describe(since = 0) {
        const lines = this.events.slice(since).map((e) => `  ${e.action} [${e.conversationId}] ${e.message?.from.id ?? ''}: ${e.text.replace(/\s+/g, ' ').slice(0, 300)}`);
        return lines.length ? lines.join('\n') : '  (nothing)';
    }
}
exports.MessageCollector = MessageCollector;
function strings(node) {
    if (Array.isArray(node))
        return node.flatMap(strings);
    if (!node || typeof node !== 'object')
        return [];
    return Object.entries(node).flatMap(([key, value]) => typeof value === 'string' ? (['text', 'title', 'value'].includes(key) ? [value] : []) : strings(value));
}
//# sourceMappingURL=playground.js.map