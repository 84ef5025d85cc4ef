/**
 * Where a command reads and writes: the process's streams in `kensa` (cli/main.ts), strings in the
 * tests that run many commands in one process (cli/testing/run-cli-in-process.ts).
 */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdin: AsyncIterable<Buffer | string>;
}
