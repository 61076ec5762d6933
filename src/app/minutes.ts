import { justEnded, lastEnded, nextMeeting, parseNorwegianDate, previousMeeting } from '../domain/meeting';
import { type GroupData } from '../domain/group';
import type { MeetingData } from '../domain/meeting-types';
import type { RosterMember } from '../domain/roster';
import { formatDate } from '../domain/norwegian-time';
import { assembleInnkalling, assembleReferat } from '../domain/referat-assembly';
import { exportFileName, isExportFormat, renderInnkalling, renderReferat, type ExportFormat } from '../exports';
import { ICS_CONTENT_TYPE, innkallingToIcs } from '../exports/ics';
import { DEFAULT_LINK_TTL_SECONDS, signLink, verifyLink } from '../exports/signed-links';
import { actorKey, say, type Actor, type Reply } from './actor';
import { firstReferatMadeAt } from './referat-made';
import { archiveFileName, archivePackage } from './archive';
import { loadGroupContext, type GroupContext } from './group-context';
import type { ExportVersion, Repositories } from './ports';
import { exportVersion, icsFileName, signerOf, type DocumentKind } from './export-versions';
import { replaceMeeting } from './meeting-writes';
import { retryOnConflict } from './retry';
import { downloadTexts, minutesTexts as t } from './texts-minutes';
import { reviewOutcomeBefore } from './review-outcome';
import type { CardOf } from './cards/card';
import { downloadCard } from './cards/download';
import type { Text } from '../domain/language';

export type { DocumentKind };

/** What the download route answers. */
export type Download = { status: 200; version: ExportVersion } | { status: 403 | 404 | 410; message: Text };

/**
 * Exports of the referat and the innkalling (kept as versions, delivered as signed links) and the
 * locking of approved minutes.
 */
export class MinutesUseCases {
  constructor(
    private readonly repos: Repositories,
    private readonly publicUrl: () => string,
    private readonly now: () => Date = () => new Date(),
    private readonly linkTtlSeconds = DEFAULT_LINK_TTL_SECONDS,
  ) {}

  /** `referat [docx|md|html|pdf|arkiv] [dd.mm.yyyy]` and `innkalling docx|md|html|pdf|ics [dd.mm.yyyy]` (the router lets only the secretariat here). */
  async exportDocument(actor: Actor, ctx: GroupContext, kind: DocumentKind, args: string): Promise<Reply> {
    const l = actor.locale;
    const words = args.toLowerCase().split(/\s+/).filter(Boolean);
    const formatWord = words.find((w) => !/^\d/.test(w)) ?? 'docx';
    const format = formatWord === 'markdown' ? 'md' : formatWord === 'word' ? 'docx' : formatWord;
    const archive = kind === 'referat' && (format === 'arkiv' || format === 'archive');
    if (format === 'ics' && kind === 'referat') return say(t.icsIsForInnkalling(l));
    const calendar = format === 'ics';
    if (!archive && !calendar && !isExportFormat(format)) return say(t.badFormat(l, formatWord));
    const dateWord = words.find((w) => /^\d/.test(w));
    const date = dateWord ? parseNorwegianDate(dateWord) : undefined;
    if (dateWord && !date) return say(t.badDate(l, dateWord));
    const meeting = await this.pickMeeting(ctx.group.value.groupId, kind, date);
    if (!meeting) return say(date ? t.noMeetingOn(l, formatDate(date)) : kind === 'referat' ? t.noHeldMeeting(l) : t.noNextMeeting(l));
    if (archive) return this.exportArchive(actor, ctx, meeting);
    if (calendar) return this.exportCalendar(actor, ctx, meeting);
    if (!isExportFormat(format)) return say(t.badFormat(l, formatWord));
    const version = await this.render(actor, ctx, meeting, kind, format);
    await this.repos.exports.create(version);
    // The innkalling comes with its calendar invitation (#18 §4): a second button on the same card.
    const invitation = kind === 'innkalling' ? await this.calendarVersion(actor, ctx, meeting) : undefined;
    if (invitation) await this.repos.exports.create(invitation);
    return {
      ...say(t.linkReady(l, kind, formatDate(meeting.date), format)),
      card: await this.downloadCard(actor, ctx, meeting, version, invitation),
      personal: true,
    };
  }

  /** `referat arkiv`: the archive package of locked minutes only (what the archive gets must not change after). */
  private async exportArchive(actor: Actor, ctx: GroupContext, meeting: MeetingData): Promise<Reply> {
    const l = actor.locale;
    if (meeting.state !== 'locked') return say(t.archiveNotLocked(l, formatDate(meeting.date)));
    const made = this.now();
    const pkg = await archivePackage(this.repos, ctx.group.value, ctx.roster, meeting, made);
    const version = exportVersion(actor, meeting, 'referat', 'arkiv', archiveFileName(meeting.date), pkg.contentType, pkg.body, made);
    await this.repos.exports.create(version);
    return {
      ...say(t.archiveReady(l, formatDate(meeting.date), pkg.metadata.møtenummer)),
      card: await this.downloadCard(actor, ctx, meeting, version),
      personal: true,
    };
  }

  /**
   * «Legg i kalender» on the notice card (#18 §4): anyone on the group's roster (or holding a role in it) gets
   * the .ics as their own personal download card. The meeting comes from the card; the group and whether the
   * clicker belongs to it from the store.
   */
  async calendarFromCard(actor: Actor, data: Record<string, unknown>): Promise<Reply> {
    const l = actor.locale;
    const meetingId = typeof data.meetingId === 'string' && data.meetingId.length <= 200 ? data.meetingId : '';
    const found = meetingId ? await this.repos.meetings.get(meetingId) : undefined;
    if (!found) return say(t.calendarNoMeeting(l));
    const ctx = await loadGroupContext(this.repos, found.value.groupId, actor);
    if (!ctx) return say(t.calendarNoMeeting(l));
    if (!ctx.member && ctx.roles.length === 0) return say(t.calendarNotOnRoster(l));
    return this.exportCalendar(actor, ctx, found.value);
  }

  /**
   * `innkalling ics` (#18 §4): the meeting as a calendar event, same UID for every version; a moved meeting
   * has a higher SEQUENCE and its new time, a cancelled one is METHOD:CANCEL. Made from stored data each time.
   */
  private async exportCalendar(actor: Actor, ctx: GroupContext, meeting: MeetingData): Promise<Reply> {
    const l = actor.locale;
    const version = await this.calendarVersion(actor, ctx, meeting);
    await this.repos.exports.create(version);
    const text = meeting.state === 'cancelled' ? t.icsCancelledReady(l, formatDate(meeting.date)) : t.icsReady(l, formatDate(meeting.date));
    return { ...say(text), card: await this.downloadCard(actor, ctx, meeting, version), personal: true };
  }

  /** The meeting's .ics as an export version (not stored yet). */
  private async calendarVersion(actor: Actor, ctx: GroupContext, meeting: MeetingData): Promise<ExportVersion> {
    const made = this.now();
    const model = assembleInnkalling({ group: ctx.group.value, meeting, roster: ctx.roster, now: made, secretariat: signerOf(ctx.group.value, actor.name) });
    const body = Buffer.from(
      innkallingToIcs(model, {
        meetingId: meeting.meetingId,
        sequence: meeting.calendarSequence ?? 0,
        cancelled: meeting.state === 'cancelled',
        stamp: made,
      }),
      'utf8',
    );
    return exportVersion(actor, meeting, 'innkalling', 'ics', icsFileName(meeting.date), ICS_CONTENT_TYPE, body, made);
  }

  /** `lås referat [dd.mm.yyyy]`: the secretariat locks minutes by hand (the router checks the role). */
  async lockByCommand(actor: Actor, ctx: GroupContext, args: string): Promise<Reply> {
    const l = actor.locale;
    const date = args.trim() ? parseNorwegianDate(args.trim()) : undefined;
    if (args.trim() && !date) return say(t.badDate(l, args.trim()));
    const meetings = await this.repos.meetings.listByGroup(ctx.group.value.groupId);
    const meeting = date ? meetings.find((m) => m.date === date) : lastEnded(meetings);
    if (!meeting) return say(date ? t.noMeetingOn(l, formatDate(date)) : t.noHeldMeeting(l));
    if (meeting.state === 'locked') return say(t.alreadyLocked(l, formatDate(meeting.date)));
    if (meeting.state !== 'ended') return say(t.notEnded(l, formatDate(meeting.date)));
    await this.lock(meeting.meetingId);
    return say(t.locked(l, formatDate(meeting.date)));
  }

  /**
   * Locks the minutes of a meeting: later input or decision changes are refused. Called by the
   * secretariat's command and when the next meeting approves these minutes (its item 2).
   */
  async lock(meetingId: string): Promise<boolean> {
    return retryOnConflict(async () => {
      const current = await this.repos.meetings.get(meetingId);
      if (!current || current.value.state === 'locked') return false;
      // The group's input-window list learns it with the write, so later input is refused without a meeting read.
      await replaceMeeting(this.repos, current.value, { ...current.value, state: 'locked', lockedAt: this.now().toISOString() }, current.etag, this.now());
      return true;
    });
  }

  /** The next meeting approved the previous minutes (its item 2): lock them, if that meeting has ended. */
  async lockPrevious(meeting: MeetingData): Promise<void> {
    const previous = previousMeeting(await this.repos.meetings.listByGroup(meeting.groupId), meeting.date);
    if (previous?.state === 'ended') await this.lock(previous.meetingId);
  }

  /** The download route: a valid, unexpired link to an existing version, or 403/404/410. */
  async download(token: string): Promise<Download> {
    const secret = await this.repos.secrets.getOrCreate('download-links');
    const check = verifyLink(token, secret, this.now());
    if (!check.ok) return check.reason === 'expired' ? { status: 410, message: downloadTexts.expired } : { status: 403, message: downloadTexts.invalid };
    const version = await this.repos.exports.get(check.claims.m, check.claims.v);
    if (!version) return { status: 404, message: downloadTexts.missing };
    // A referat made before one of its authors erased their data still holds that input: its links stop
    // working (#14); a new export leaves the restricted input out.
    if (version.kind === 'referat') {
      const inputs = await this.repos.inputs.listByMeeting(version.meetingId);
      if (inputs.some((c) => c.restricted && c.restricted > version.createdAt)) {
        return { status: 410, message: downloadTexts.withdrawn };
      }
    }
    return { status: 200, version };
  }

  /**
   * Which meeting a document without a date is about (#15 §2, "held" means started): the one running,
   * else for the referat the one that ended last, for the innkalling the one that just ended (after
   * `avslutt`), else the next one.
   */
  private async pickMeeting(groupId: string, kind: DocumentKind, date?: string): Promise<MeetingData | undefined> {
    const meetings = await this.repos.meetings.listByGroup(groupId);
    if (date) return meetings.find((m) => m.date === date);
    const running = meetings.find((m) => m.state === 'in-progress');
    if (running) return running;
    if (kind === 'referat') return lastEnded(meetings);
    return justEnded(meetings, this.now()) ?? nextMeeting(meetings) ?? meetings.at(-1);
  }

  private async render(actor: Actor, ctx: GroupContext, meeting: MeetingData, kind: DocumentKind, format: ExportFormat): Promise<ExportVersion> {
    const signer = signerOf(ctx.group.value, actor.name);
    const doc = await this.renderDocument(ctx.group.value, ctx.roster, meeting, kind, format, signer);
    return exportVersion(actor, meeting, kind, format, exportFileName(kind, meeting.date, format), doc.contentType, doc.body, this.now());
  }

  /** Renders a document from stored data (also for `npm run referat`). */
  async renderDocument(
    group: GroupData,
    roster: RosterMember[],
    meeting: MeetingData,
    kind: DocumentKind,
    format: ExportFormat,
    signer: { name: string; phone?: string; organization: string },
  ) {
    // Item 2 prints how the previous minutes' review went (#18 §2), in the documents' language.
    const reviewOutcome = meeting.agenda.some((i) => i.kind === 'approve-minutes')
      ? await reviewOutcomeBefore(this.repos, await this.repos.meetings.listByGroup(group.groupId), meeting, group.settings?.language ?? 'nb')
      : undefined;
    if (kind === 'referat') {
      const [inputs, firstMadeAt, followUps] = await Promise.all([
        this.repos.inputs.listByMeeting(meeting.meetingId),
        firstReferatMadeAt(this.repos, meeting.meetingId),
        this.repos.followUps.listByGroup(group.groupId),
      ]);
      return renderReferat(assembleReferat({ group, meeting, roster, inputs, firstMadeAt, now: this.now(), followUps, reviewOutcome }), format);
    }
    return renderInnkalling(assembleInnkalling({ group, meeting, roster, now: this.now(), secretariat: signer, reviewOutcome }), format);
  }

  /** `npm run referat`: one meeting's document by id, without a chat; `archive` only for locked minutes. */
  async renderStored(meetingId: string, kind: DocumentKind, format: ExportFormat | 'archive') {
    const meeting = (await this.repos.meetings.get(meetingId))?.value;
    if (!meeting) throw new Error(`No meeting with id ${meetingId}.`);
    const group = (await this.repos.groups.get(meeting.groupId))?.value;
    if (!group) throw new Error(`The group ${meeting.groupId} of meeting ${meetingId} is missing.`);
    const roster = (await this.repos.rosters.get(meeting.groupId))?.value ?? [];
    if (format === 'archive') {
      if (kind !== 'referat') throw new Error('--format archive is for the referat only.');
      if (meeting.state !== 'locked')
        throw new Error(
          `The minutes of ${formatDate(meeting.date)} are not locked; only locked minutes can be archived. Lock them in Teams first ("lock minutes").`,
        );
      const pkg = await archivePackage(this.repos, group, roster, meeting, this.now());
      return { body: pkg.body, contentType: pkg.contentType, fileName: archiveFileName(meeting.date) };
    }
    const secretariat = Object.values(group.roles).find((r) => r.roles.includes('secretariat'))?.name ?? '';
    const doc = await this.renderDocument(group, roster, meeting, kind, format, signerOf(group, secretariat));
    return { ...doc, fileName: exportFileName(kind, meeting.date, format) };
  }

  /** The link as a small card (#16 §3): the meeting, the version and until when the personal link works, and a button. */
  private async downloadCard(
    actor: Actor,
    ctx: GroupContext,
    meeting: MeetingData,
    version: ExportVersion,
    calendar?: ExportVersion,
  ): Promise<CardOf<'download'>> {
    return downloadCard(actor.locale, {
      groupName: ctx.group.value.name,
      meeting,
      version,
      url: await this.linkFor(version, actor),
      linkTtlSeconds: this.linkTtlSeconds,
      ...(calendar ? { calendarUrl: await this.linkFor(calendar, actor) } : {}),
    });
  }

  private async linkFor(version: ExportVersion, actor: Actor): Promise<string> {
    return this.signedLink(version, actorKey(actor), Math.floor(this.now().getTime() / 1000) + this.linkTtlSeconds);
  }

  private async signedLink(version: ExportVersion, userKey: string, expires: number): Promise<string> {
    const secret = await this.repos.secrets.getOrCreate('download-links');
    const token = signLink({ m: version.meetingId, v: version.exportId, u: userKey, x: expires }, secret);
    return `${this.publicUrl()}/files/${token}/${version.fileName}`;
  }

  /**
   * The draft a review round sends (#18 §2): the referat as a Word document, kept as a version like every
   * export, and one signed link per recipient (keyed as given) that works until `until` (the round's deadline
   * has passed), not 24 hours: members read the draft over the days the round lasts.
   */
  async reviewDraft(actor: Actor, ctx: GroupContext, meeting: MeetingData, userKeys: readonly string[], until: Date): Promise<Record<string, string>> {
    const version = await this.render(actor, ctx, meeting, 'referat', 'docx');
    await this.repos.exports.create(version);
    const expires = Math.floor(until.getTime() / 1000);
    const links: Record<string, string> = {};
    for (const key of userKeys) links[key] = await this.signedLink(version, key, expires);
    return links;
  }
}
