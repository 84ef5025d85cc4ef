import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORKER_NODE_FLAGS } from './worker-node-flags';

const node = `node ${WORKER_NODE_FLAGS.join(' ')} --import tsx`;

describe('worker node flags', () => {
  it('are the ones `npm run worker` starts the worker with', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> };
    expect(pkg.scripts.worker).toBe(`${node} workers/main.ts`);
  });

  it.each([
    ['scripts/demo.sh', 'workers/main.ts'],
    ['scripts/test.sh', 'workers/main.ts'],
    ['bench/scale/scale.sh', 'bench/scale/run-scale-scan.ts'],
  ])('are the ones %s starts %s with', (script, entry) => {
    expect(readFileSync(script, 'utf8')).toContain(`${node} ${entry}`);
  });
});
