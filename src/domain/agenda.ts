/** One agenda item ("sak") of a meeting, as parsed from pasted text or added by the product. */
export type ItemKind =
  | 'approve-notice' // Godkjenning av innkalling og dagsorden
  | 'approve-minutes' // Godkjenning av referat fra forrige møte
  | 'round-table' // Runde rundt bordet / Runden
  | 'other-business' // Eventuelt (always last)
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
}
