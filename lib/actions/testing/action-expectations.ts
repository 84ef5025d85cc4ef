/**
 * Who may call each server action, as data, for lib/actions/actions-authorization.test.ts. Every
 * function a file in lib/actions exports must be here: in PUBLIC_ACTIONS, with why anyone may call
 * it, or in ACTION_EXPECTATIONS with its least role — the test fails for an action in neither, so a
 * new action cannot ship without saying who may call it.
 *
 * `outOfScope` calls the action on side b's things (testing/authz/world.ts): an editor (or viewer,
 * for viewer actions) limited to side a's group must change nothing with it, while one who is not
 * limited does — so the call is known to be one that works. null: the action names no group's things.
 */
import type { Role } from '@/lib/auth/roles';
import { syncBuiltinProfiles } from '@/lib/compliance/sync-builtin-profiles';
import { addDays } from '@/lib/history/day-of';
import type { World } from '@/testing/authz/world';
import { createException } from '@/testing/compliance/create-exception';
import { customProfileDefinition } from '@/testing/compliance/custom-profile-definition';

export interface ActionExpectation {
  role: Role;
  outOfScope: ((world: World) => unknown[] | Promise<unknown[]>) | null;
}

/** Actions open to anyone, and why. */
export const PUBLIC_ACTIONS: Record<string, string> = {
  signInAction: 'signing in is what a signed-out visitor does',
  createFirstAdminAction:
    'the first-run screen, open only while no account exists (checked in a transaction)',
  signOutAction: 'ends whatever session the cookie names, if any',
  switchLocaleAction: 'sets the language cookie; the sign-in page has the switch too',
  redeemUserLinkAction:
    'the invitation and reset pages: an unspent, unexpired one-time link is the credential (checked in a transaction)',
  submitSecondFactorAction:
    'the second sign-in step: a pending sign-in (a right password, Redis, an HttpOnly cookie) is the credential, and no session exists yet',
};

async function customProfileId(w: World): Promise<string> {
  const definition = customProfileDefinition(w.unique('profile'));
  const profile = await w.db.complianceProfile.create({
    data: { versions: { create: { version: 1, definition } } },
  });
  return profile.id;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const alertRuleForm = (w: World, id: string) =>
  form({
    id,
    name: w.unique('renamed rule'),
    enabled: 'on',
    kind: 'record_lost',
    metric: 'dmarcPublished',
    groupId: w.sides.b.group,
    emails: 'alerts@authz.test',
    digest: 'none',
  });

export const ACTION_EXPECTATIONS: Record<string, ActionExpectation> = {
  // Managing users names no group's things; admins limited to groups are refused inside (out_of_scope).
  inviteUserAction: { role: 'admin', outOfScope: null },
  updateUserAction: { role: 'admin', outOfScope: null },
  deleteUserAction: { role: 'admin', outOfScope: null },
  createUserLinkAction: { role: 'admin', outOfScope: null },
  // One's own account: every signed-in user, on their own row and sessions only.
  changeOwnPasswordAction: { role: 'viewer', outOfScope: null },
  renameOwnAccountAction: { role: 'viewer', outOfScope: null },
  endOwnSessionAction: { role: 'viewer', outOfScope: null },
  // One's own MFA: on the caller's own row only; turning it off or renewing codes also needs a code or the password.
  beginMfaEnrolmentAction: { role: 'viewer', outOfScope: null },
  confirmMfaEnrolmentAction: { role: 'viewer', outOfScope: null },
  disableMfaAction: { role: 'viewer', outOfScope: null },
  regenerateRecoveryCodesAction: { role: 'viewer', outOfScope: null },
  // Lost device: managing users, so admins not limited to groups (refused inside as out_of_scope).
  resetUserMfaAction: { role: 'admin', outOfScope: null },
  // Mailboxes belong to no group: admins not limited to groups (refused inside).
  createMailboxAccountAction: { role: 'admin', outOfScope: null },
  setMailboxEnabledAction: { role: 'admin', outOfScope: null },
  deleteMailboxAccountAction: { role: 'admin', outOfScope: null },
  testMailboxConnectionAction: { role: 'admin', outOfScope: null },
  // The instance's settings reach every group: admins not limited to groups (refused inside).
  updateInstanceSettingsAction: { role: 'admin', outOfScope: null },
  // Data sources are instance-wide, no group's: admins not limited to groups (checked in the action).
  saveMailSourceAction: { role: 'admin', outOfScope: null },
  deleteMailSourceAction: { role: 'admin', outOfScope: null },
  addDomainAction: {
    role: 'editor',
    outOfScope: (w) => [{ error: null, added: null }, form({ domain: `${w.unique('added')}.b.authz.test` })],
  },
  requestComplianceExceptionAction: {
    role: 'editor',
    outOfScope: async (w) => [
      { error: null, requested: false },
      form({
        target: `${await customProfileId(w)}:spf`,
        domainId: w.sides.b.domain,
        groupId: '',
        justification: 'matrix',
        startsOn: w.today,
        expiresOn: addDays(w.today, 10),
      }),
    ],
  },
  decideComplianceExceptionAction: {
    role: 'editor',
    outOfScope: async (w) => [
      { error: null },
      form({ exceptionId: await createException(w, 'b', false), decision: 'approve' }),
    ],
  },
  archiveDomainAction: { role: 'editor', outOfScope: async (w) => [await w.fresh.domain('b')] },
  cancelScanRunAction: { role: 'editor', outOfScope: async (w) => [await w.fresh.run('b')] },
  // A token reads as its creator, within the creator's groups: no group is named here.
  createApiTokenAction: { role: 'admin', outOfScope: null },
  // Admins only; the world has no admin limited to a group, so the action's own isInScope check
  // (the same as archiveDomainAction's) is not exercised here.
  approveDmarcSourceAction: { role: 'admin', outOfScope: null },
  deleteAlertRuleAction: { role: 'editor', outOfScope: async (w) => [await w.fresh.rule('b')] },
  generateReportAction: {
    role: 'viewer',
    outOfScope: (w) => [
      { error: null },
      form({
        scopes: w.sides.b.group,
        from: w.today,
        to: w.today,
        language: 'en',
        title: w.unique('report'),
      }),
    ],
  },
  importDomainsAction: {
    role: 'editor',
    outOfScope: (w) => [form({ text: `${w.unique('imported')}.b.authz.test`, commit: '1' })],
  },
  // A report may be of any domain: editors limited to groups are refused inside (out-of-scope).
  uploadDmarcReportAction: { role: 'editor', outOfScope: null },
  revokeApiTokenAction: { role: 'admin', outOfScope: null },
  // Admins only (webhook targets and secrets are admins' business, issue 11); admins are not scoped here.
  rotateWebhookSecretAction: { role: 'admin', outOfScope: null },
  saveAlertRuleAction: {
    role: 'editor',
    outOfScope: async (w) => [{ error: null, savedId: null }, alertRuleForm(w, await w.fresh.rule('b'))],
  },
  saveGroupAction: {
    role: 'editor',
    outOfScope: (w) => [
      { error: null, savedId: null },
      form({ id: w.sides.b.group, name: w.unique('Renamed'), description: '' }),
    ],
  },
  saveGroupScheduleAction: {
    role: 'editor',
    outOfScope: (w) => [{ groupId: w.sides.b.group, kind: 'daily', timeZone: 'Asia/Tokyo' }],
  },
  scanDomainNowAction: { role: 'editor', outOfScope: (w) => [w.sides.b.domain] },
  // Pulling another group's domain into one's own group would make it readable.
  setDomainGroupsAction: {
    role: 'editor',
    outOfScope: async (w) => [await w.fresh.domain('b'), [w.sides.a.group, w.sides.b.group]],
  },
  startFullScanAction: { role: 'editor', outOfScope: () => [] },
  // Toggles side b's group between following one built-in profile and none, so every call changes it.
  setGroupProfilesAction: {
    role: 'editor',
    outOfScope: async (w) => {
      await syncBuiltinProfiles(w.db);
      const [profile] = await w.db.complianceProfile.findMany({ orderBy: { builtinKey: 'asc' }, take: 1 });
      const following = await w.db.groupComplianceProfile.count({ where: { groupId: w.sides.b.group } });
      const fields = new FormData();
      fields.set('groupId', w.sides.b.group);
      if (following === 0 && profile) fields.set('profileId', profile.id);
      return [{ error: null, saved: false }, fields];
    },
  },
  // Profiles belong to no group; admins limited to groups are refused in the action itself.
  saveComplianceProfileAction: { role: 'admin', outOfScope: null },
  startGroupScanAction: { role: 'editor', outOfScope: (w) => [w.sides.b.group] },
  createGroupTargetAction: {
    role: 'editor',
    outOfScope: (w) => [
      { error: null, saved: false },
      form({
        groupId: w.sides.b.group,
        metric: 'adoption:dmarcEnforcing',
        percent: '95',
        deadline: '2099-12-31',
      }),
    ],
  },
  updateGroupTargetAction: {
    role: 'editor',
    outOfScope: async (w) => [
      { error: null, saved: false },
      form({
        targetId: await targetOf(w),
        percent: '90',
        deadline: '2099-06-30',
        milestones: '2099-01-01 50',
      }),
    ],
  },
  deleteGroupTargetAction: {
    role: 'editor',
    outOfScope: async (w) => [{ error: null, saved: false }, form({ targetId: await targetOf(w) })],
  },
  saveGroupContactAction: {
    role: 'editor',
    outOfScope: (w) => [
      { error: null, saved: false },
      form({
        groupId: w.sides.b.group,
        name: 'Contact',
        email: `${w.unique('contact')}@b.authz.test`.toLowerCase(),
        language: 'ja',
      }),
    ],
  },
  removeGroupContactAction: {
    role: 'editor',
    outOfScope: async (w) => {
      const email = `${w.unique('gone')}@b.authz.test`.toLowerCase();
      const contact = await w.db.groupContact.create({
        data: { groupId: w.sides.b.group, name: 'Gone', email, language: 'en' },
      });
      return [w.sides.b.group, contact.id];
    },
  },
  // Toggles side b's group between weekly and monthly, so every call changes it.
  setScorecardScheduleAction: {
    role: 'editor',
    outOfScope: async (w) => {
      const group = await w.db.group.findUniqueOrThrow({ where: { id: w.sides.b.group } });
      const schedule = group.scorecardSchedule === 'weekly' ? 'monthly' : 'weekly';
      return [{ error: null, saved: false }, form({ groupId: w.sides.b.group, schedule })];
    },
  },
  rotateStatusLinkAction: { role: 'editor', outOfScope: (w) => [w.sides.b.group] },
  // Side b's group gets a link first, so revoking it is a change.
  revokeStatusLinkAction: {
    role: 'editor',
    outOfScope: async (w) => {
      await w.db.group.update({
        where: { id: w.sides.b.group },
        data: { statusTokenHash: w.unique('hash'), statusTokenSetAt: new Date() },
      });
      return [w.sides.b.group];
    },
  },
};

/** A new target of side b's group, for the calls that change or delete one. */
async function targetOf(w: World): Promise<string> {
  const target = await w.db.groupTarget.create({
    data: {
      groupId: w.sides.b.group,
      metric: 'dmarcEnforcing',
      percent: 95,
      deadline: new Date('2099-12-31'),
    },
  });
  return target.id;
}
