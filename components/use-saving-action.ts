'use client';

import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';

/**
 * useActionState for a form's server action whose state says whether it saved: once it has, the
 * page's server components are read again (router.refresh), so what the page lists beside the form
 * shows the change.
 */
export function useSavingAction<S extends { saved: boolean }>(
  action: (previous: Awaited<S>, form: FormData) => Promise<S>,
  initial: Awaited<S>,
) {
  const router = useRouter();
  const result = useActionState<S, FormData>(action, initial);
  const [state] = result;
  useEffect(() => {
    if (state.saved) router.refresh();
  }, [state, router]);
  return result;
}
