// The exit codes scripts rely on; docs/cli.md and `quizstream --help` list the same table.
export const EXIT = {
  ok: 0,
  /** Generation failed (generator error, LLM refused, the server's job ended with an error), or writing it did. */
  generationFailed: 1,
  /** Bad flags or arguments. */
  usage: 2,
  /** An input file is missing, unreadable, not a PDF, encrypted or corrupt. */
  badInput: 3,
  /** The server answered with an error or could not be reached. */
  server: 4,
  /** Ctrl-C (SIGINT); with --server, after the job was cancelled on the server. */
  interrupted: 130,
  /** SIGTERM (a CI job or a process manager stopping us); handled like Ctrl-C. */
  terminated: 143,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
