import { SaxesParser, type SaxesTagPlain } from 'saxes';

/**
 * The logo size cap: 32 KiB, the limit draft-svg-tiny-ps-abrotman recommends and mailbox providers
 * apply; the fetcher reads no more than this.
 */
export const SVG_MAX_BYTES = 32 * 1024;
/** Elements deeper than this are refused: a logo is shallow, a hostile file may not be. */
const MAX_DEPTH = 64;
/** Distinct problems listed at most (a hostile file could have one per element). */
const MAX_PROBLEMS = 10;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);
// A reference stays inside the document when it is a fragment ("#id"); anything else (http(s), a
// relative path, data:) makes the renderer load or decode something the profile forbids.
const isExternal = (value: string) => !value.trim().startsWith('#');
const EXTERNAL_URL = /url\(\s*['"]?\s*(?!#)/i;

/**
 * What keeps `svg` from being an SVG Tiny PS logo (draft-svg-tiny-ps-abrotman): not well-formed
 * XML, a DOCTYPE, a root other than `svg`, no baseProfile="tiny-ps", no `<title>` child, a viewBox
 * that is missing or not square, `script` or `foreignObject` elements, event-handler attributes,
 * or references outside the document. Empty when it passes. Pure and bounded.
 */
export function checkSvgTinyPs(svg: string): string[] {
  const problems = new Set<string>();
  const parser = new SaxesParser();
  let depth = 0;
  let root: SaxesTagPlain | null = null;
  let title = false;
  parser.on('doctype', () => problems.add('a DOCTYPE (the profile forbids DTDs)'));
  parser.on('opentag', (tag) => {
    depth++;
    if (depth > MAX_DEPTH) throw new Error(`elements nested deeper than ${MAX_DEPTH}`);
    const name = localName(tag.name);
    if (root === null) root = tag;
    if (depth === 2 && name === 'title') title = true;
    if (name === 'script' || name === 'foreignObject') problems.add(`a <${name}> element`);
    for (const [attribute, value] of Object.entries(tag.attributes)) {
      const local = localName(attribute);
      if (/^on/i.test(local)) problems.add(`an event handler attribute (${attribute})`);
      if ((local === 'href' && isExternal(value)) || EXTERNAL_URL.test(value))
        problems.add(`an external reference (${attribute}="${value.slice(0, 60)}")`);
    }
  });
  parser.on('closetag', () => {
    depth--;
  });
  try {
    parser.write(svg).close();
  } catch (error) {
    return [`not well-formed SVG: ${(error as Error).message.slice(0, 120)}`];
  }
  return [...rootProblems(root), ...(title ? [] : ['no <title> child of <svg>']), ...problems].slice(
    0,
    MAX_PROBLEMS,
  );
}

function rootProblems(root: SaxesTagPlain | null): string[] {
  if (root === null || localName(root.name) !== 'svg') return ['the root element is not <svg>'];
  const problems: string[] = [];
  if (root.attributes.baseProfile !== 'tiny-ps') problems.push('baseProfile is not "tiny-ps"');
  const box = (root.attributes.viewBox ?? '')
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (box.length !== 4 || box.some((n) => !Number.isFinite(n))) problems.push('no viewBox of four numbers');
  else if (box[2] !== box[3] || !((box[2] ?? 0) > 0))
    problems.push(`the viewBox is not square (${box[2]} × ${box[3]})`);
  return problems;
}
