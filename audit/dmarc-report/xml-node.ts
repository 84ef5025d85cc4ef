/** One element of a report section as `readXmlSections` keeps it: local name, text, children. */
export interface XmlNode {
  name: string;
  text: string;
  children: XmlNode[];
}

/** The first child of that local name. */
export function childOf(node: XmlNode, name: string): XmlNode | undefined {
  return node.children.find((child) => child.name === name);
}

export function childrenOf(node: XmlNode, name: string): XmlNode[] {
  return node.children.filter((child) => child.name === name);
}

/** The trimmed text of a child; null when it is absent or empty (`<sp/>`, `<domain></domain>`). */
export function textOf(node: XmlNode | undefined, name: string): string | null {
  const text = node && childOf(node, name)?.text.trim();
  return text ? text : null;
}
