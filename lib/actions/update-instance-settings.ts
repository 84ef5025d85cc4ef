'use server';

import { revalidatePath } from 'next/cache';
import { instanceSettingsInput, updateInstanceSettings } from '@/lib/settings/update-instance-settings';
import { defineAction } from './define-action';

export type InstanceSettingsState = { status: 'idle' | 'saved' | 'invalid' | 'out_of_scope' };

/** Saves the instance's settings (require MFA for admins). Admins not limited to groups only. */
export const updateInstanceSettingsAction = defineAction(
  {
    role: 'admin',
    input: instanceSettingsInput,
    read: (_previous: InstanceSettingsState, form: FormData) => ({
      requireAdminMfa: form.get('requireAdminMfa') === 'on',
    }),
    invalid: { status: 'invalid' } as InstanceSettingsState,
  },
  async (changes, user, actor): Promise<InstanceSettingsState> => {
    // Settings reach every group's admins: not for an admin limited to some.
    if (user.groupIds !== null) return { status: 'out_of_scope' };
    await updateInstanceSettings(changes, actor);
    revalidatePath('/settings/users');
    return { status: 'saved' };
  },
);
