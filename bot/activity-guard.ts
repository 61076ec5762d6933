/**
 * A first look at what arrives on /api/messages, before botbuilder sees it: an activity without the
 * fields every turn needs (or of the wrong types) gets 400 with a plain reason instead of a 500 from
 * deep inside the adapter. Authentication still happens in the adapter (401).
 */
const MAX_TEXT = 100_000; // Teams messages are at most ~100 KB; anything longer is not from Teams.

export function activityProblem(body: unknown): string | undefined {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return 'the body must be a JSON activity object';
  const a = body as Record<string, unknown>;
  const isObj = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);
  if (typeof a.type !== 'string' || a.type === '') return 'type must be a non-empty string';
  if (typeof a.serviceUrl !== 'string' || !/^https?:\/\/[^\s]+$/i.test(a.serviceUrl)) return 'serviceUrl must be an http(s) URL';
  if (typeof a.channelId !== 'string' || a.channelId === '') return 'channelId must be a non-empty string';
  if (!isObj(a.conversation) || typeof a.conversation.id !== 'string' || a.conversation.id === '') return 'conversation.id must be a non-empty string';
  if (!isObj(a.from) || typeof a.from.id !== 'string' || a.from.id === '') return 'from.id must be a non-empty string';
  if (a.from.name !== undefined && typeof a.from.name !== 'string') return 'from.name must be a string';
  if (a.from.aadObjectId !== undefined && typeof a.from.aadObjectId !== 'string') return 'from.aadObjectId must be a string';
  if (a.text !== undefined && a.text !== null && typeof a.text !== 'string') return 'text must be a string';
  if (typeof a.text === 'string' && a.text.length > MAX_TEXT) return `text is longer than ${MAX_TEXT} characters`;
  if (a.id !== undefined && typeof a.id !== 'string') return 'id must be a string';
  if (a.locale !== undefined && a.locale !== null && typeof a.locale !== 'string') return 'locale must be a string';
  if (a.value !== undefined && a.value !== null && typeof a.value !== 'object') {
    if (a.type === 'invoke') return 'value must be an object';
  }
  return undefined;
}
