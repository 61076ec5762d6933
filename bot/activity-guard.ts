/**
 * A first look at what arrives on /api/messages, before botbuilder sees it: an activity without the
 * fields every turn needs (or of the wrong types) gets 400 with a plain reason instead of a 500 from
 * deep inside the adapter. Authentication still happens in the adapter (401).
 */
const MAX_TEXT = 100_000; // Teams messages are at most ~100 KB; anything longer is not from Teams.
/**
 * Ids and names Teams sends are short (a meeting chat id is ~150 characters, an AAD object id 36); these
 * caps are far above them and keep what we store from an activity bounded (#14).
 */
export const MAX_ID = 1_024;
export const MAX_NAME = 256;
const tooLong = (v: unknown, max: number) => typeof v === 'string' && v.length > max;

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
  if (tooLong(a.conversation.id, MAX_ID) || tooLong(a.from.id, MAX_ID) || tooLong(a.from.aadObjectId, MAX_ID) || tooLong(a.id, MAX_ID))
    return `ids must be at most ${MAX_ID} characters`;
  if (tooLong(a.from.name, MAX_NAME)) return `from.name must be at most ${MAX_NAME} characters`;
  if (tooLong(a.serviceUrl, MAX_ID)) return `serviceUrl must be at most ${MAX_ID} characters`;
  if (a.text !== undefined && a.text !== null && typeof a.text !== 'string') return 'text must be a string';
  if (typeof a.text === 'string' && a.text.length > MAX_TEXT) return `text is longer than ${MAX_TEXT} characters`;
  if (a.id !== undefined && typeof a.id !== 'string') return 'id must be a string';
  if (a.locale !== undefined && a.locale !== null && typeof a.locale !== 'string') return 'locale must be a string';
  if (a.value !== undefined && a.value !== null && typeof a.value !== 'object') {
    if (a.type === 'invoke') return 'value must be an object';
  }
  return undefined;
}
