import {
  castVote,
  closeApproval,
  decisionText,
  newApproval,
  refreshUserIds,
  remarksOf,
  tally,
  MAX_COMMENT_CHARS,
  type Approval,
} from '../../src/domain/approval';

const base = (): Approval =>
  newApproval({
    meetingId: 'g-1-20301107',
    groupId: 'g-1',
    item: 1,
    kind: 'approve-notice',
    title: 'Godkjenning av innkalling og dagsorden',
    meetingDate: '2030-11-07',
    locale: 'nb',
    createdAt: '2030-11-01T10:00:00.000Z',
  });
const voter = (n: number) => ({ memberId: `m-${n}`, name: `Person ${n}`, organization: `Kommune ${n}`, userId: `29:u${n}` });
const at = (min: number) => new Date(Date.UTC(2030, 10, 1, 10, min));

describe('approval votes', () => {
  it('one vote per member, changeable: the latest counts', () => {
    let a = base();
    for (const choice of ['approve', 'remark', 'approve'] as const) {
      const r = castVote(a, voter(1), choice, choice === 'remark' ? 'En merknad' : undefined, at(1));
      if (!r.ok) throw new Error(r.reason);
      a = r.approval;
    }
    expect(tally(a)).toEqual({ approved: 1, remarks: 0, total: 1 });
    expect(a.votes['m-1'].comment).toBeUndefined();
  });

  it('the same vote again changes nothing', () => {
    const first = castVote(base(), voter(1), 'approve', undefined, at(1));
    if (!first.ok) throw new Error();
    const again = castVote(first.approval, voter(1), 'approve', undefined, at(2));
    expect(again).toMatchObject({ ok: true, changed: false });
  });

  it('a remark needs text and at most 500 characters; whitespace is tidied', () => {
    expect(castVote(base(), voter(1), 'remark', '   ', at(1))).toEqual({ ok: false, reason: 'comment-missing' });
    expect(castVote(base(), voter(1), 'remark', 'x'.repeat(MAX_COMMENT_CHARS + 1), at(1))).toEqual({ ok: false, reason: 'comment-too-long' });
    const r = castVote(base(), voter(1), 'remark', ' Sak 3\n før  sak 2 ', at(1));
    expect(r.ok && r.approval.votes['m-1'].comment).toBe('Sak 3 før sak 2');
  });

  it('a closed approval takes no votes', () => {
    const closed = closeApproval(base(), 'Didrik Aasland', at(5)).approval;
    expect(castVote(closed, voter(1), 'approve', undefined, at(6))).toEqual({ ok: false, reason: 'closed' });
  });
});

describe('closing and the decision wording (the seeds’)', () => {
  it('without remarks', () => {
    expect(decisionText('approve-notice', [])).toBe('Innkallingen ble godkjent');
    expect(decisionText('approve-minutes', [])).toBe('Referatet ble godkjent');
  });

  it('with remarks, in the order they were given', () => {
    let a = base();
    const steps: [number, 'approve' | 'remark', string | undefined, number][] = [
      [2, 'remark', 'Andre merknad', 3],
      [1, 'remark', 'Første merknad', 1],
      [3, 'approve', undefined, 2],
    ];
    for (const [n, choice, comment, min] of steps) {
      const r = castVote(a, voter(n), choice, comment, at(min));
      if (r.ok) a = r.approval;
    }
    expect(remarksOf(a).map((r) => r.name)).toEqual(['Person 1', 'Person 2']);
    const { approval, changed } = closeApproval(a, 'Didrik Aasland', at(10));
    expect(changed).toBe(true);
    expect(approval).toMatchObject({ state: 'closed', closedBy: 'Didrik Aasland', closedAt: at(10).toISOString() });
    expect(approval.decision).toBe('Innkallingen ble godkjent med merknader: Person 1 (Kommune 1): Første merknad; Person 2 (Kommune 2): Andre merknad');
    expect(closeApproval(approval, 'Noen andre', at(11))).toEqual({ ok: true, approval, changed: false });
  });
});

describe('refresh users', () => {
  it('the latest voters first, at most 60, the viewer included', () => {
    let a = base();
    for (let i = 0; i < 70; i++) {
      const r = castVote(a, voter(i), 'approve', undefined, at(i));
      if (r.ok) a = r.approval;
    }
    const ids = refreshUserIds(a, ['29:viewer']);
    expect(ids).toHaveLength(60);
    expect(ids[0]).toBe('29:viewer');
    expect(ids[1]).toBe('29:u69');
    expect(refreshUserIds(base())).toEqual([]);
  });
});
