/**
 * Bounds for DNS text copied into findings. A TXT RRset can carry tens of kilobytes chosen by
 * whoever controls the zone; a finding stores and displays only this much of it.
 */
export const EVIDENCE_TEXT_CHARS = 512;
/** How much of a record a one-line finding message quotes. */
export const MESSAGE_TEXT_CHARS = 80;

/** The text itself when it fits in `max` characters, else its start and "…" (`max` characters in all). */
export function clipText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
