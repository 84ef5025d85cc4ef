import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The shared corpora folder: ../shared/corpora next to the repository root. */
export const CORPORA = new URL('../../../../shared/corpora/', import.meta.url);

/** A corpus file's text; null when the shared folder (or the file) is absent. */
export function readCorpus(file: string): string | null {
  const path = fileURLToPath(new URL(file, CORPORA));
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
}
