import type { BuiltinProfile } from './profile-schema';
import { CISA_BOD_18_01 } from './profiles/cisa-bod-18-01';
import { JP_DMARC_GUIDELINE_2024 } from './profiles/jp-dmarc-guideline-2024';
import { JP_GOVERNMENT_BASELINE } from './profiles/jp-government-baseline';

/**
 * THE built-in profiles, as data. Keys are a public contract (the API and exports use them): never
 * rename one. Change a definition only with a higher version; docs/compliance.md is generated from
 * these (`npx tsx scripts/generate-compliance-doc.ts`) and a test keeps it current.
 */
export const BUILTIN_PROFILES: readonly BuiltinProfile[] = [
  JP_DMARC_GUIDELINE_2024,
  JP_GOVERNMENT_BASELINE,
  CISA_BOD_18_01,
];
