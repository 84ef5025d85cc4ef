/**
 * What every /api/v1 operation lets each kind of caller do, as data, for
 * app/api/v1/authorization-matrix.test.ts. One row per operationId: the test fails for an operation
 * in ALL_OPERATIONS without a row here, so a new endpoint cannot ship without its expectation.
 *
 * A row says the least access (`read`, `write`, `admin`: an unscoped admin or an admin's token, which
 * must be read-write only for an operation that is not a GET), how to call the operation on one side's
 * things, and what a caller limited to side a gets for side b's: a status (404: answered as if it did
 * not exist; 400: refused as an unknown reference, as for one that does not exist), or 'hidden' (a
 * list that answers without any of side b's data). `inScope` is a scoped caller's answer on its own
 * side when it is not success (403: callers limited to groups may not create what would fall outside
 * them). `crossings` are calls on side a's things that name side b's (pulling b's domain into a's
 * group): a scoped caller must be refused them.
 */
import { Buffer } from 'node:buffer';
import { addDays } from '@/lib/history/day-of';
import type { Side, World } from '@/testing/authz/world';
import { createException } from '@/testing/compliance/create-exception';
import { customProfileDefinition } from '@/testing/compliance/custom-profile-definition';

export interface Call {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
}

export interface OperationExpectation {
  access: 'read' | 'write' | 'admin';
  call: (world: World, side: Side) => Call | Promise<Call>;
  /** 'same': the call names nothing of a side (a scoped caller gets what it gets on its own side). */
  outOfScope: number | 'hidden' | 'same';
  inScope?: number;
  /** For 'hidden': whether an answer shows side b's data (default: names any id of side b). */
  reveals?: (body: string, world: World) => boolean;
  crossings?: Array<{
    name: string;
    call: (world: World) => Call | Promise<Call>;
    status: number;
    /** The answer's error code, so the refusal is known to be the scope's, not a malformed call's. */
    code: string;
  }>;
}

const LIST = { limit: '1000' };
const COMPARED_DAYS = { from: '2026-01-01', to: '2026-02-01' };

/** A minimal DMARC aggregate report (RFC 7489 Appendix C) of one domain. */
const dmarcXml = (domain: string, reportId: string) =>
  `<?xml version="1.0"?><feedback><report_metadata><org_name>matrix.example</org_name>` +
  `<email>d@matrix.example</email><report_id>${reportId}</report_id><date_range><begin>1764460800</begin>` +
  `<end>1764547199</end></date_range></report_metadata><policy_published><domain>${domain}</domain>` +
  `<p>none</p></policy_published><record><row><source_ip>192.0.2.1</source_ip><count>1</count>` +
  `<policy_evaluated><disposition>none</disposition><dkim>pass</dkim><spf>pass</spf></policy_evaluated>` +
  `</row><identifiers><header_from>${domain}</header_from></identifiers><auth_results>` +
  `<spf><domain>${domain}</domain><result>pass</result></spf></auth_results></record></feedback>`;

/** A new data source for a call to use (sources belong to no side). */
async function mailSource(w: World): Promise<string> {
  const source = await w.db.mailSource.create({
    data: { name: w.unique('source'), trustedAuthservIds: ['mx.authz.test'] },
  });
  return source.id;
}
const id = (value: string) => ({ params: { id: value } });

/** A fresh contact of the side's group (updated or deleted by the call). */
const groupContact = async (w: World, side: Side) =>
  (
    await w.db.groupContact.create({
      data: {
        groupId: w.sides[side].group,
        name: 'C',
        email: `${w.unique('c')}@${side}.authz.test`.toLowerCase(),
        language: 'ja',
      },
    })
  ).id;
async function customProfile(w: World): Promise<string> {
  const definition = customProfileDefinition(w.unique('profile'));
  const profile = await w.db.complianceProfile.create({
    data: { versions: { create: { version: 1, definition } } },
  });
  return profile.id;
}
/** A new target of the side's group (DMARC enforcing ≥ 95% by the end of 2099). */
async function target(w: World, side: Side): Promise<string> {
  const created = await w.db.groupTarget.create({
    data: {
      groupId: w.sides[side].group,
      metric: 'dmarcEnforcing',
      percent: 95,
      deadline: new Date('2099-12-31T00:00:00Z'),
    },
  });
  return created.id;
}
const plan = { percent: 90, deadline: '2099-12-31', milestones: [{ day: '2099-01-01', percent: 50 }] };
const rule = (groupId: string | null, name: string) => ({
  name,
  kind: 'record_lost',
  params: { metric: 'dmarcPublished' },
  groupId,
  emails: ['alerts@authz.test'],
});

export const OPERATION_EXPECTATIONS: Record<string, OperationExpectation> = {
  getCaller: { access: 'read', call: () => ({}), outOfScope: 'same' },

  listDomains: { access: 'read', call: () => ({ query: LIST }), outOfScope: 'hidden' },
  registerDomain: {
    access: 'write',
    call: (w, side) => ({ body: { domain: `${w.unique('new')}.${side}.authz.test` } }),
    outOfScope: 403,
    inScope: 403,
  },
  getDomain: { access: 'read', call: (w, s) => id(w.sides[s].domain), outOfScope: 404 },
  updateDomain: {
    access: 'write',
    call: (w, s) => ({ ...id(w.sides[s].domain), body: { notes: 'matrix' } }),
    outOfScope: 404,
    crossings: [
      {
        name: "into b's group",
        call: (w) => ({ ...id(w.sides.a.domain), body: { groups: [w.sides.a.group, w.sides.b.group] } }),
        status: 400,
        code: 'unknown_group',
      },
    ],
  },
  archiveDomain: { access: 'write', call: async (w, s) => id(await w.fresh.domain(s)), outOfScope: 404 },
  listDomainScans: { access: 'read', call: (w, s) => id(w.sides[s].domain), outOfScope: 404 },

  exportDomains: { access: 'read', call: () => ({ query: { format: 'csv' } }), outOfScope: 'hidden' },
  exportDomainScorecard: {
    access: 'read',
    call: (w, s) => ({ ...id(w.sides[s].domain), query: { format: 'json', lang: 'en' } }),
    outOfScope: 404,
  },

  listFindings: {
    access: 'read',
    call: (w, s) => ({ query: { group: w.sides[s].group } }),
    outOfScope: 'hidden',
    // Counts only: side b's domain shows as a count above zero.
    reveals: (body) =>
      (JSON.parse(body) as { items: Array<{ domains: number }> }).items.some((f) => f.domains > 0),
  },

  listGroups: { access: 'read', call: () => ({}), outOfScope: 'hidden' },
  listComplianceProfiles: { access: 'read', call: () => ({}), outOfScope: 'same' },
  // Profiles apply across groups: only administrators not limited to groups write them.
  createComplianceProfile: {
    access: 'admin',
    call: (w) => ({ body: { definition: customProfileDefinition(w.unique('profile')) } }),
    outOfScope: 403,
    inScope: 403,
  },
  updateComplianceProfile: {
    access: 'admin',
    call: async (w) => ({
      ...id(await customProfile(w)),
      body: { definition: customProfileDefinition(w.unique('profile')) },
    }),
    outOfScope: 403,
    inScope: 403,
  },
  getGroupCompliance: { access: 'read', call: (w, s) => id(w.sides[s].group), outOfScope: 404 },
  getGroupComparison: {
    access: 'read',
    call: (w, s) => ({ ...id(w.sides[s].group), query: COMPARED_DAYS }),
    outOfScope: 404,
  },
  downloadGroupComparison: {
    access: 'read',
    call: (w, s) => ({ ...id(w.sides[s].group), query: { ...COMPARED_DAYS, format: 'csv' } }),
    outOfScope: 404,
  },
  setGroupComplianceProfiles: {
    access: 'write',
    call: (w, s) => ({ ...id(w.sides[s].group), body: { profileIds: [] } }),
    outOfScope: 404,
  },
  // Exceptions are read and decided within the scope of their domain or group; four eyes is the
  // core's (lib/compliance/compliance-exceptions.test.ts), so the requester here is someone else.
  listExpiringComplianceExceptions: {
    access: 'read',
    call: async (w, s) => {
      await createException(w, s, true);
      return { query: { withinDays: '30' } };
    },
    outOfScope: 'hidden',
  },
  listGroupComplianceExceptions: {
    access: 'read',
    call: async (w, s) => {
      await createException(w, s, false);
      return id(w.sides[s].group);
    },
    outOfScope: 404,
  },
  requestComplianceException: {
    access: 'write',
    call: async (w, s) => ({
      body: {
        profileId: await customProfile(w),
        requirement: 'spf',
        domainId: w.sides[s].domain,
        groupId: null,
        justification: 'matrix',
        startsOn: w.today,
        expiresOn: addDays(w.today, 10),
      },
    }),
    outOfScope: 404,
  },
  approveComplianceException: {
    access: 'write',
    call: async (w, s) => id(await createException(w, s, false)),
    outOfScope: 404,
  },
  revokeComplianceException: {
    access: 'write',
    call: async (w, s) => id(await createException(w, s, false)),
    outOfScope: 404,
  },
  listGroupTargets: { access: 'read', call: (w, s) => id(w.sides[s].group), outOfScope: 404 },
  createGroupTarget: {
    access: 'write',
    call: (w, s) => ({
      ...id(w.sides[s].group),
      body: { metric: { kind: 'adoption', metric: 'dmarcEnforcing' }, ...plan },
    }),
    outOfScope: 404,
  },
  updateGroupTarget: {
    access: 'write',
    call: async (w, s) => ({ ...id(await target(w, s)), body: plan }),
    outOfScope: 404,
  },
  deleteGroupTarget: { access: 'write', call: async (w, s) => id(await target(w, s)), outOfScope: 404 },
  getGroupOwners: { access: 'read', call: (w, s) => id(w.sides[s].group), outOfScope: 404 },
  createGroupContact: {
    access: 'write',
    call: (w, s) => ({
      ...id(w.sides[s].group),
      body: {
        name: 'Contact',
        email: `${w.unique('contact')}@${s}.authz.test`.toLowerCase(),
        language: 'ja',
      },
    }),
    outOfScope: 404,
  },
  updateGroupContact: {
    access: 'write',
    call: async (w, s) => {
      const contact = await groupContact(w, s);
      return {
        params: { id: w.sides[s].group, contactId: contact },
        body: {
          name: w.unique('Renamed'),
          email: `${w.unique('c')}@${s}.authz.test`.toLowerCase(),
          language: 'en',
        },
      };
    },
    outOfScope: 404,
  },
  deleteGroupContact: {
    access: 'write',
    call: async (w, s) => ({ params: { id: w.sides[s].group, contactId: await groupContact(w, s) } }),
    outOfScope: 404,
  },
  setScorecardSchedule: {
    access: 'write',
    call: (w, s) => ({ ...id(w.sides[s].group), body: { schedule: 'weekly' } }),
    outOfScope: 404,
  },
  rotateStatusLink: { access: 'write', call: (w, s) => id(w.sides[s].group), outOfScope: 404 },
  revokeStatusLink: { access: 'write', call: (w, s) => id(w.sides[s].group), outOfScope: 404 },
  createGroup: {
    access: 'write',
    call: (w) => ({ body: { name: w.unique('Group') } }),
    outOfScope: 403,
    inScope: 403,
  },
  getGroup: { access: 'read', call: (w, s) => id(w.sides[s].group), outOfScope: 404 },
  updateGroup: {
    access: 'write',
    call: (w, s) => ({ ...id(w.sides[s].group), body: { description: 'matrix' } }),
    outOfScope: 404,
  },
  changeGroupMembers: {
    access: 'write',
    call: (w, s) => ({ ...id(w.sides[s].group), body: { add: [w.sides[s].domain] } }),
    outOfScope: 404,
    crossings: [
      {
        name: "b's domain into a's group",
        call: (w) => ({ ...id(w.sides.a.group), body: { add: [w.sides.b.domain] } }),
        status: 400,
        code: 'unknown_domain',
      },
    ],
  },

  importDomains: {
    access: 'write',
    call: (w, s) => ({
      body: {
        format: 'lines',
        content: `${w.unique('imported')}.${s}.authz.test`,
        group: w.sides[s].groupName,
      },
    }),
    outOfScope: 403,
    inScope: 403,
  },

  // Reports may be of any domain: callers limited to groups may not store them.
  uploadDmarcReports: {
    access: 'write',
    call: (w, s) => ({
      body: {
        files: [
          {
            name: 'matrix.xml',
            content: Buffer.from(dmarcXml(w.sides[s].ascii, w.unique('r'))).toString('base64'),
          },
        ],
      },
    }),
    outOfScope: 403,
    inScope: 403,
  },
  getDomainDmarc: { access: 'read', call: (w, s) => id(w.sides[s].domain), outOfScope: 404 },
  getGroupDmarc: { access: 'read', call: (w, s) => id(w.sides[s].group), outOfScope: 404 },
  listDmarcInvalid: { access: 'admin', call: () => ({}), outOfScope: 403, inScope: 403 },

  listReports: { access: 'read', call: () => ({ query: LIST }), outOfScope: 'hidden' },
  // Viewers and read tokens may generate reports: a stored snapshot of what they can read.
  createReport: {
    access: 'read',
    call: (w, s) => ({ body: { scopes: [w.sides[s].group], from: w.today, to: w.today, language: 'en' } }),
    outOfScope: 400,
    crossings: [
      {
        name: "every domain ('all')",
        call: (w) => ({ body: { scopes: ['all'], from: w.today, to: w.today, language: 'en' } }),
        status: 400,
        code: 'unknown_group',
      },
    ],
  },
  getReport: { access: 'read', call: (w, s) => id(w.sides[s].report), outOfScope: 404 },
  downloadReport: {
    access: 'read',
    call: (w, s) => ({ ...id(w.sides[s].report), query: { format: 'csv' } }),
    outOfScope: 404,
  },

  listScanRuns: { access: 'read', call: () => ({ query: LIST }), outOfScope: 'hidden' },
  startScanRun: {
    access: 'write',
    call: (w, s) => ({ body: { scope: { kind: 'domains', domainIds: [w.sides[s].domain] } } }),
    outOfScope: 400,
    crossings: [
      {
        name: "b's group",
        call: (w) => ({ body: { scope: { kind: 'group', groupId: w.sides.b.group } } }),
        status: 400,
        code: 'unknown_group',
      },
      {
        name: 'every domain',
        call: () => ({ body: { scope: { kind: 'all' } } }),
        status: 403,
        code: 'out_of_scope',
      },
    ],
  },
  getScanRun: { access: 'read', call: (w, s) => id(w.sides[s].run), outOfScope: 404 },
  cancelScanRun: { access: 'write', call: async (w, s) => id(await w.fresh.run(s)), outOfScope: 404 },
  listScanRunResults: { access: 'read', call: (w, s) => id(w.sides[s].run), outOfScope: 404 },

  listAlertRules: { access: 'read', call: () => ({}), outOfScope: 'hidden' },
  createAlertRule: {
    access: 'write',
    call: (w, s) => ({ body: rule(w.sides[s].group, w.unique('rule')) }),
    outOfScope: 404,
    crossings: [
      {
        name: 'every domain',
        call: (w) => ({ body: rule(null, w.unique('rule')) }),
        status: 403,
        code: 'out_of_scope',
      },
    ],
  },
  getAlertRule: { access: 'read', call: (w, s) => id(w.sides[s].rule), outOfScope: 404 },
  updateAlertRule: {
    access: 'write',
    call: (w, s) => ({ ...id(w.sides[s].rule), body: { name: 'matrix' } }),
    outOfScope: 404,
    crossings: [
      {
        name: "to b's group",
        call: (w) => ({ ...id(w.sides.a.rule), body: { groupId: w.sides.b.group } }),
        status: 404,
        code: 'not_found',
      },
      {
        name: 'to every domain',
        call: (w) => ({ ...id(w.sides.a.rule), body: { groupId: null } }),
        status: 403,
        code: 'out_of_scope',
      },
    ],
  },
  deleteAlertRule: { access: 'write', call: async (w, s) => id(await w.fresh.rule(s)), outOfScope: 404 },
  listAlertDeliveries: { access: 'read', call: () => ({ query: LIST }), outOfScope: 'hidden' },

  // Managing users is for admins not limited to groups (a limited one could lift their own limit):
  // 'admin' access refuses every limited caller (403), whichever user the call names.
  listUsers: { access: 'admin', call: () => ({}), outOfScope: 403, inScope: 403 },

  // Data sources are instance-wide: every caller reads them (naming no group's things); changing
  // them, and uploading into them, is for admins not limited to groups.
  listMailSources: { access: 'read', call: () => ({}), outOfScope: 'same' },
  getMailSource: { access: 'read', call: async (w) => id(await mailSource(w)), outOfScope: 'same' },
  listMailIngests: { access: 'read', call: async (w) => id(await mailSource(w)), outOfScope: 'same' },
  createMailSource: {
    access: 'admin',
    call: (w) => ({ body: { name: w.unique('source'), trustedAuthservIds: ['mx.authz.test'] } }),
    outOfScope: 403,
    inScope: 403,
  },
  updateMailSource: {
    access: 'admin',
    call: async (w) => ({ ...id(await mailSource(w)), body: { useReceivedSpf: true } }),
    outOfScope: 403,
    inScope: 403,
  },
  deleteMailSource: {
    access: 'admin',
    call: async (w) => id(await mailSource(w)),
    outOfScope: 403,
    inScope: 403,
  },
  ingestMailMessages: {
    access: 'admin',
    call: async (w) => ({ ...id(await mailSource(w)), body: 'Subject: hello' }),
    outOfScope: 403,
    inScope: 403,
  },
  inviteUser: {
    access: 'admin',
    call: (w) => ({ body: { email: `${w.unique('invitee')}@authz.test`, role: 'viewer' } }),
    outOfScope: 403,
    inScope: 403,
  },
  getUser: {
    access: 'admin',
    call: async (w, s) => id(await w.fresh.user(s)),
    outOfScope: 403,
    inScope: 403,
  },
  updateUser: {
    access: 'admin',
    call: async (w, s) => ({ ...id(await w.fresh.user(s)), body: { role: 'editor' } }),
    outOfScope: 403,
    inScope: 403,
  },
  deleteUser: {
    access: 'admin',
    call: async (w, s) => id(await w.fresh.user(s)),
    outOfScope: 403,
    inScope: 403,
  },
  createUserLink: {
    access: 'admin',
    call: async (w, s) => id(await w.fresh.user(s)),
    outOfScope: 403,
    inScope: 403,
  },

  // Mailboxes belong to no group and their mail names any domain: admins not limited to groups only.
  listMailboxes: { access: 'admin', call: () => ({}), outOfScope: 403, inScope: 403 },
  createMailbox: {
    access: 'admin',
    call: async (w) => ({
      body: {
        name: w.unique('mailbox'),
        host: 'imap.authz.test',
        port: 993,
        tlsMode: 'tls',
        username: 'reports',
        password: 'secret',
        purpose: 'received-mail',
        mailSourceId: (
          await w.db.mailSource.create({ data: { name: w.unique('source'), trustedAuthservIds: [] } })
        ).id,
      },
    }),
    outOfScope: 403,
    inScope: 403,
  },
  getMailbox: {
    access: 'admin',
    call: async (w) => id(await w.fresh.mailbox()),
    outOfScope: 403,
    inScope: 403,
  },
  updateMailbox: {
    access: 'admin',
    call: async (w) => ({ ...id(await w.fresh.mailbox()), body: { intervalMinutes: 30 } }),
    outOfScope: 403,
    inScope: 403,
  },
  deleteMailbox: {
    access: 'admin',
    call: async (w) => id(await w.fresh.mailbox()),
    outOfScope: 403,
    inScope: 403,
  },
  testMailbox: {
    access: 'admin',
    call: async (w) => id(await w.fresh.mailbox()),
    outOfScope: 403,
    inScope: 403,
  },

  getAdoptionSeries: {
    access: 'read',
    call: (w, s) => ({ query: { scopes: w.sides[s].group, from: w.today, to: w.today } }),
    outOfScope: 404,
  },
  // Names nothing of a side: a scoped caller gets its own domains' mail (none in the world: empty).
  getReceivedMailSeries: { access: 'read', call: () => ({ query: { by: 'week' } }), outOfScope: 'same' },
  getAdoptionSummary: {
    access: 'read',
    call: (w, s) => ({ query: { scope: w.sides[s].group, from: w.today, to: w.today } }),
    outOfScope: 404,
  },

  // The audit log spans every group: closed to a caller limited to groups, whatever it asks for.
  listAuditEvents: {
    access: 'admin',
    call: (w, s) => ({ query: { targetId: w.sides[s].group, ...LIST } }),
    outOfScope: 403,
    inScope: 403,
  },
  exportAuditEvents: {
    access: 'admin',
    call: (w, s) => ({ query: { targetId: w.sides[s].group } }),
    outOfScope: 403,
    inScope: 403,
  },
};
