/** One agenda item ("sak") of a meeting, as parsed from pasted text or added by the product. */
export type ItemKind =
  | 'approve-notice' // Godkjenning av innkalling og dagsorden
  | 'approve-minutes' // Godkjenning av referat fra forrige møte
  | 'round-table' // Runde rundt bordet / Runden
  | 'other-business' // Eventuelt (always last)
  | 'follow-ups' // Oppfølging fra forrige møte (the open follow-ups, added before Eventuelt)
  | 'orientation' // Orientering(er)
  | 'discussion' // Diskusjon
  | 'other';

export interface AgendaItem {
  number: number;
  title: string;
  subPoints: string[];
  kind: ItemKind;
  /** For 'approve-minutes': the date of the minutes it names, as written ("12. september 2024", "04.11.2022"). */
  minutesDate?: string;
  /** For 'follow-ups': the follow-ups it lists (ids in the group), read back on its card with one request. */
  followUpIds?: string[];
  /** What members should prepare for this item (`forbered <n> <tekst>`), listed in the innkalling (#17 §1.9). */
  prepare?: string;
  /**
   * A meeting in parts (#17 §1.8): the index of the item's part in `MeetingData.parts`. Only items of
   * an earlier part (the common part) carry it; absent, the item is in the last part, the group's own,
   * so the items Referent adds (approvals, Eventuelt, follow-ups) land there without knowing of parts.
   */
  part?: number;
}

/** One part of a meeting in parts: its heading as the notice writes it and its own time (HH:mm, Europe/Oslo). */
export interface AgendaPart {
  title: string;
  start: string;
  end: string;
}
