import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKER_NODE_FLAGS } from './worker-node-flags';

describe('worker node flags', () => {
  it('are the ones `npm run worker` starts the worker with', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.worker).toBe(`node ${WORKER_NODE_FLAGS.join(' ')} --import tsx workers/main.ts`);
  });

  it('are the ones the scale bench runs its bare engine with', () => {
    const script = readFileSync('bench/scale/scale.sh', 'utf8');
    expect(script).toContain(
      `node ${WORKER_NODE_FLAGS.join(' ')} --import tsx bench/scale/run-scale-scan.ts`,
    );
  });
});
