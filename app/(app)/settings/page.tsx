import { redirect } from 'next/navigation';

/** Settings has one page so far: the API tokens. */
export default function SettingsPage() {
  redirect('/settings/api-tokens');
}
