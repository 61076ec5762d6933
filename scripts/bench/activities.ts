/** Teams-shaped Bot Framework activities for the benchmark and the fault suite. */
export interface Person {
  id: string;
  aadObjectId: string;
  name: string;
}

let seq = 0;
export const nextId = (prefix = 'act') => `${prefix}-${process.pid}-${Date.now()}-${++seq}`;

export type Conversation = { id: string; type: 'personal' | 'groupChat' | 'channel' };

/** A Teams-shaped message activity (the one builder the benchmark, demo and tests share). */
export function message(
  serviceUrl: string,
  conversation: Conversation,
  from: Person,
  text: string,
  id = nextId(),
  opts: { tenant?: string; locale?: string } = {},
) {
  const tenant = opts.tenant ?? 'bench-tenant';
  return {
    type: 'message',
    id,
    timestamp: new Date().toISOString(),
    channelId: 'msteams',
    serviceUrl,
    from: { id: from.id, name: from.name, aadObjectId: from.aadObjectId },
    recipient: { id: '28:referent', name: 'Referent' },
    conversation: { id: conversation.id, conversationType: conversation.type, tenantId: tenant, isGroup: conversation.type !== 'personal' },
    channelData: { tenant: { id: tenant } } as Record<string, unknown>,
    locale: opts.locale ?? 'nb-NO',
    text,
  };
}

export function cardAction(serviceUrl: string, conversation: Conversation, from: Person, verb: string, data: Record<string, unknown>, replyToId?: string) {
  return {
    ...message(serviceUrl, conversation, from, ''),
    type: 'invoke',
    name: 'adaptiveCard/action',
    replyToId,
    value: { action: { type: 'Action.Execute', verb, data } },
  };
}

/** 40 (or n) plausible members: names and organizations in the seeds' style. */
export function members(n: number): (Person & { first: string; last: string; organization: string })[] {
  const orgs = [
    'Drammen kommune',
    'Kongsberg kommune',
    'Lørenskog kommune',
    'Lillestrøm kommune',
    'Bærum kommune',
    'Nordre Follo kommune',
    'Horten kommune',
    'Frogn kommune',
    'Grue kommune',
    'Asker kommune',
  ];
  return Array.from({ length: n }, (_, i) => {
    const first = `Medlem${i + 1}`;
    const last = `Ås${String.fromCharCode(97 + (i % 26))}${i}`;
    return {
      id: `29:bench-${i}`,
      aadObjectId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      name: `${first} ${last}`,
      first,
      last,
      organization: `${orgs[i % orgs.length]} ${Math.floor(i / orgs.length) + 1}`,
    };
  });
}
