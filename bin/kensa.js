#!/usr/bin/env node
// The `kensa` command: runs the TypeScript CLI through tsx's loader (a dependency), no build step.
import { register } from 'tsx/esm/api';

register();
await import('../cli/main.ts');
