/** Why an input was refused: the storage keeps it in the Invalid list with this kind and reason. */
export type DmarcRefusalKind = 'doctype' | 'too-large' | 'not-dmarc';

/**
 * Thrown inside the parsers to stop at the first reason to refuse (a SAX callback can only stop the
 * parse by throwing); `readDmarcInput` turns it into a value. Each reason carries the words of issue
 * 14's CLI contract: `DOCTYPE`, `too large` or `not a DMARC aggregate report`.
 */
export class DmarcRefusal extends Error {
  constructor(
    readonly kind: DmarcRefusalKind,
    message: string,
  ) {
    super(message);
  }
}

/** A DTD is never read: no entity is ever expanded (billion laughs, external entities). */
export const refuseDoctype = (): DmarcRefusal =>
  new DmarcRefusal('doctype', 'refused: the XML has a DOCTYPE or ENTITY declaration (never processed)');

export const refuseTooLarge = (what: string): DmarcRefusal =>
  new DmarcRefusal('too-large', `too large: ${what}`);

export const refuseNotDmarc = (why: string): DmarcRefusal =>
  new DmarcRefusal('not-dmarc', `not a DMARC aggregate report: ${why}`);

/** A value from the report inside a reason: quoted, control characters escaped, cut short (one line). */
export function quoted(value: string): string {
  return JSON.stringify(value.length > 80 ? `${value.slice(0, 80)}…` : value);
}
