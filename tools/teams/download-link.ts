/**
 * The personal download link in one of the bot's answers: the URL of the download card's button
 * (#16 §3), wherever it sits in the activity. One place for every test and script that downloads.
 */
export function downloadLink(activity: unknown): string | undefined {
  return /(https?:\/\/[^\s"]+\/files\/[^\s"]+)/.exec(JSON.stringify(activity ?? null))?.[1];
}
