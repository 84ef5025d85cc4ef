import { z } from 'zod';
import { profileDefinitionSchema } from '@/lib/compliance/profile-schema';
import { defineOperation } from './api-operation';
import { idParams } from './api-schemas';

const profileItem = z.object({
  id: z.uuid(),
  builtinKey: z.string().nullable().describe("The built-in profile key; null for an administrator's own"),
  version: z.number().int().describe('The latest version, which groups are judged against'),
  definition: profileDefinitionSchema,
});

const counts = z.object({
  domains: z.number().int(),
  compliant: z.number().int(),
  notCompliant: z.number().int(),
  unknown: z.number().int().describe('Not judged: a lookup failed, the scan failed, or not computed yet'),
  notApplicable: z.number().int(),
  exempted: z
    .number()
    .int()
    .describe('Not met, but covered by an approved exception in force (not compliant)'),
});

export const listComplianceProfilesOperation = defineOperation({
  method: 'GET',
  path: '/compliance/profiles',
  operationId: 'listComplianceProfiles',
  tag: 'Compliance',
  summary: 'Every compliance profile (built-in and custom) with its latest version',
  description:
    'The built-in profiles and the requirement check vocabulary are documented in docs/compliance.md.',
  access: 'read',
  response: z.object({ items: z.array(profileItem) }),
});

export const createComplianceProfileOperation = defineOperation({
  method: 'POST',
  path: '/compliance/profiles',
  operationId: 'createComplianceProfile',
  tag: 'Compliance',
  summary: 'Create a custom profile (version 1); admins not limited to groups',
  access: 'admin',
  status: 201,
  body: z.object({ definition: profileDefinitionSchema }),
  response: z.object({ id: z.uuid(), version: z.number().int() }),
});

export const updateComplianceProfileOperation = defineOperation({
  method: 'PUT',
  path: '/compliance/profiles/{id}',
  operationId: 'updateComplianceProfile',
  tag: 'Compliance',
  summary:
    'Edit a custom profile: stores a new version; groups following it are recomputed (409 builtin for a built-in)',
  access: 'admin',
  params: idParams,
  body: z.object({ definition: profileDefinitionSchema }),
  response: z.object({ id: z.uuid(), version: z.number().int() }),
});

export const getGroupComplianceOperation = defineOperation({
  method: 'GET',
  path: '/groups/{id}/compliance',
  operationId: 'getGroupCompliance',
  tag: 'Compliance',
  summary: "A group's standing against each profile it follows",
  description:
    "Per requirement ('' for the profile as a whole) the counts on the last day with figures, and the " +
    'current members not compliant (at most 200) with the requirements they fail.',
  access: 'read',
  params: idParams,
  response: z.object({
    group: z.object({ id: z.uuid(), name: z.string() }),
    profiles: z.array(
      z.object({
        profileId: z.uuid(),
        version: z.number().int(),
        name: z.object({ en: z.string(), ja: z.string() }),
        day: z.string().nullable().describe('null until computed'),
        counts: z.record(z.string(), counts),
        notCompliant: z.array(
          z.object({ id: z.uuid(), ascii: z.string(), unicode: z.string(), failing: z.array(z.string()) }),
        ),
      }),
    ),
  }),
});

export const setGroupProfilesOperation = defineOperation({
  method: 'PUT',
  path: '/groups/{id}/compliance-profiles',
  operationId: 'setGroupComplianceProfiles',
  tag: 'Compliance',
  summary: 'Set the profiles a group follows (the whole list); its compliance is recomputed without a rescan',
  access: 'write',
  params: idParams,
  body: z.object({ profileIds: z.array(z.uuid()).max(50) }),
  response: z.object({ changed: z.boolean() }),
});

export const COMPLIANCE_OPERATIONS = [
  listComplianceProfilesOperation,
  createComplianceProfileOperation,
  updateComplianceProfileOperation,
  getGroupComplianceOperation,
  setGroupProfilesOperation,
];
