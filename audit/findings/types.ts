export type Severity = 'error' | 'warning' | 'info';

/** Text in both languages the product speaks. */
export interface Localized {
  en: string;
  ja: string;
}

/** One entry of the findings catalog: what a finding id means, independent of any domain. */
export interface FindingDefinition {
  severity: Severity;
  /** e.g. 'RFC 7208 §4.6.4' */
  rfc: string;
  title: Localized;
  explanation: Localized;
  remediation: Localized;
}

export type EvidenceValue = string | number | boolean | string[] | null;

/** One finding reported for one domain: a catalog id plus the evidence that produced it. */
export interface Finding<Id extends string = string> {
  id: Id;
  severity: Severity;
  rfc: string;
  /** English one-line message specific to this domain (the catalog title plus evidence). */
  message: string;
  evidence: Record<string, EvidenceValue>;
}
