import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { DMARC_INPUT_LIMITS } from './limits';
import { DmarcRefusal, quoted, refuseDoctype, refuseNotDmarc, refuseTooLarge } from './refusal';
import type { XmlNode } from './xml-node';

/** What the root element said about itself. */
export interface XmlRoot {
  /** Local name (prefix dropped). */
  name: string;
  /** Its namespace URI (`xmlns` or the `xmlns:prefix` of its prefix), null when none. */
  namespace: string | null;
}

/** Looked for before parsing too, so a declaration in a malformed document still says DOCTYPE. */
const DECLARATION = /<!(DOCTYPE|ENTITY)/i;

/**
 * Reads a report's XML with saxes and hands each child of the root element (`report_metadata`,
 * `policy_published`, each `record`) to `onSection` as a small tree when it closes, so a
 * 100,000-record report never exists as one tree. No DTD is read: a DOCTYPE or ENTITY refuses the
 * input, and saxes knows only the five predefined entities and character references. Names are
 * matched by local name whatever the namespace or prefix (reporters vary them; RFC 9990 §3 gives
 * `urn:ietf:params:xml:ns:dmarc-2.0`). `<extension>` sections (RFC 7489 Appendix C) are skipped.
 * Throws DmarcRefusal.
 */
export function readXmlSections(text: string, onSection: (section: XmlNode) => void): XmlRoot {
  if (DECLARATION.test(text)) throw refuseDoctype();
  const parser = new SaxesParser();
  let root: XmlRoot | null = null;
  const open: XmlNode[] = [];
  let depth = 0;
  let skipping = 0;
  parser.on('doctype', () => {
    throw refuseDoctype();
  });
  parser.on('opentag', (tag) => {
    depth++;
    if (depth > DMARC_INPUT_LIMITS.xmlDepth)
      throw refuseTooLarge(`XML elements nested deeper than ${DMARC_INPUT_LIMITS.xmlDepth}`);
    checkAttributes(tag);
    const name = localName(tag.name);
    if (depth === 1) {
      if (name !== 'feedback') throw refuseNotDmarc(`the root element is ${quoted(name)}, not "feedback"`);
      root = { name, namespace: namespaceOf(tag) };
    } else if (skipping > 0 || (depth === 2 && name === 'extension')) skipping++;
    else open.push({ name, text: '', children: [] });
  });
  const onText = (text: string) => {
    const node = open.at(-1);
    if (!node || skipping > 0) return;
    if (node.text.length + text.length > DMARC_INPUT_LIMITS.textChars)
      throw refuseTooLarge(
        `the text of ${quoted(node.name)} is over ${DMARC_INPUT_LIMITS.textChars} characters`,
      );
    node.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    depth--;
    if (skipping > 0) {
      skipping--;
      return;
    }
    const node = open.pop();
    if (!node) return;
    const parent = open.at(-1);
    if (parent) parent.children.push(node);
    else onSection(node);
  });
  try {
    parser.write(text).close();
  } catch (error) {
    if (error instanceof DmarcRefusal) throw error;
    throw refuseNotDmarc(`the XML is not well-formed (${String((error as Error).message).split('\n')[0]})`);
  }
  if (!root) throw refuseNotDmarc('no root element');
  return root;
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

function namespaceOf(tag: SaxesTagPlain): string | null {
  const colon = tag.name.indexOf(':');
  const declaration = colon === -1 ? 'xmlns' : `xmlns:${tag.name.slice(0, colon)}`;
  return tag.attributes[declaration]?.trim() || null;
}

/** A `for…in`: this runs for every element, where `Object.values` would allocate an array each. */
function checkAttributes(tag: SaxesTagPlain): void {
  for (const name in tag.attributes)
    if ((tag.attributes[name]?.length ?? 0) > DMARC_INPUT_LIMITS.textChars)
      throw refuseTooLarge(
        `an attribute of ${quoted(localName(tag.name))} is over ${DMARC_INPUT_LIMITS.textChars} characters`,
      );
}
