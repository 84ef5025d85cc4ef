import { redirect } from 'next/navigation';

/** Settings opens on the page every user has: their own account. */
export default function SettingsPage() {
  redirect('/settings/account');
}
