/** Characters of one DNS text printed in full; longer values are cut and their length is shown. */
export const PRINTED_TEXT_LIMIT = 2_000;

/** `text` cut to PRINTED_TEXT_LIMIT, with `suffix(total)` appended when it was cut. */
export function boundedText(text: string, suffix: (total: number) => string): string {
  return text.length > PRINTED_TEXT_LIMIT
    ? `${text.slice(0, PRINTED_TEXT_LIMIT)}${suffix(text.length)}`
    : text;
}
