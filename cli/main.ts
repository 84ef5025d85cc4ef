import { runKensa } from './run-kensa';

/** The `kensa` command (bin/kensa.js): runKensa on this process's arguments and streams. */
process.exitCode = await runKensa(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdin: process.stdin,
});
