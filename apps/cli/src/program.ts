// The command line's shape: commands, flags and help texts (commander). Actions load their command module on
// demand, so `--help` and usage errors answer without loading the PDF and NLP libraries.
import { Command, Option } from 'commander';
import type { CliContext } from './cli-context.js';
import { EXIT } from './exit-codes.js';
import { FORMAT_CHOICES } from './export/formats.js';
import type { GenerateFlags } from './generate/generate-settings.js';
import { GENERATOR_CHOICES } from './generate/generator-choice.js';
import type { ServeFlags } from './serve/serve-command.js';

export const VERSION = '0.1.0';

/** core's DifficultyOption values, listed here so that --help loads no zod (generate-settings.test.ts checks). */
export const DIFFICULTY_CHOICES = ['easy', 'medium', 'hard', 'mixed'];
export const OCR_CHOICES = ['off', 'auto', 'force'];

const EXIT_CODES_HELP = `
Exit codes:
  ${EXIT.ok}    every quiz was written
  ${EXIT.generationFailed}    generation failed (or the quiz could not be written)
  ${EXIT.usage}    bad flags or arguments
  ${EXIT.badInput}    bad input file: missing, unreadable, not a PDF, encrypted or corrupt
  ${EXIT.server}    the server answered with an error or could not be reached
  ${EXIT.interrupted}  interrupted by Ctrl-C (with --server, the job was cancelled first)
  ${EXIT.terminated}  stopped by SIGTERM (handled like Ctrl-C)`;

const GENERATE_HELP = `
Output:
  The quiz goes to stdout and nothing else does: progress, warnings and errors go to stderr.
  --out FILE        one input; the format follows the extension (.gift .xml .md .json .csv) unless --format says
  --out FOLDER/     one quiz per input, named after it: FOLDER/<name>.<ext>; used for several inputs
  --out 'q/{name}.gift'  one quiz per input, {name} being the PDF's name without .pdf
  Several inputs (files, folders, or a quoted glob such as 'pdfs/**/*.pdf') need --out.

Progress on stderr:
  a progress bar when stderr is a terminal; otherwise a line every 10 s and a summary per file;
  --quiet: errors only; --json: one JSON stream event per line, each with a "file" field.
  Colours only on a terminal, never with NO_COLOR set or --no-color.

Environment:
  QUIZSTREAM_API_KEY  bearer token for --server (instead of --api-key)
  QUIZ_GENERATOR      default for --generator
  QUIZ_LLM_PROVIDER, QUIZ_LLM_MODEL, OPENAI_API_KEY, ...  the LLM for --generator llm|auto (docs/cli.md)

Examples:
  quizstream generate chapter1.pdf > chapter1.json
  quizstream generate chapter1.pdf --format gift --out chapter1.gift
  quizstream generate 'course/*.pdf' --types multiple_choice,true_false --out quizzes/
  quizstream generate big.pdf --server http://localhost:3000 --json 2> progress.ndjson > quiz.json
${EXIT_CODES_HELP}`;

export interface CommandRunners {
  generate(files: string[], flags: GenerateFlags): Promise<number>;
  serve(flags: ServeFlags): Promise<number>;
}

/** `onExitCode` receives the action's exit code; commander's own errors are thrown (exitOverride). */
export function buildProgram(ctx: CliContext, runners: CommandRunners, onExitCode: (code: number) => void): Command {
  const program = new Command('quizstream')
    .description('Turn PDFs into quizzes, offline or on a quizstream server.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .helpCommand('help [command]', 'show help for a command')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => ctx.stdout.write(text),
      writeErr: (text) => ctx.stderr.write(text),
      outputError: (text, write) => write(`quizstream: ${text.replace(/^error: /, '')}`),
      getOutHelpWidth: () => (ctx.stdout.isTTY ? ctx.stdout.columns : undefined) ?? 100,
      getErrHelpWidth: () => (ctx.stderr.isTTY ? ctx.stderr.columns : undefined) ?? 100,
      getOutHasColors: () => false,
      getErrHasColors: () => false,
    })
    .showHelpAfterError("(run 'quizstream help' or 'quizstream <command> --help' for usage)")
    .addHelpText('after', EXIT_CODES_HELP);

  program
    .command('generate')
    .description('make a quiz from each PDF, locally (offline or with an LLM) or on a server')
    .argument('<files...>', 'PDF files, folders (their *.pdf) or quoted globs')
    .option('-n, --questions-per-page <n>', 'questions per page, 1-10 (default: 2; with --count, the most per page)')
    .option('-c, --count <n>', 'questions for the whole document, 1-1000, spread over it by how much each page holds')
    .option(
      '-t, --types <types>',
      'question types, comma-separated: multiple_choice, true_false, short_answer, multi_select (default: the first three)',
      (value: string, previous: string[] | undefined) => [...(previous ?? []), ...value.split(',').filter(Boolean)],
    )
    .addOption(
      new Option('-d, --difficulty <level>', 'question difficulty (default: mixed)').choices(DIFFICULTY_CHOICES),
    )
    .option('-p, --pages <range>', 'pages to use: 5, 3-10, 12- or -4 (default: all)')
    .option('--language <tag>', "language of the questions, e.g. en or pt-BR (default: the document's)")
    .option('--batch', 'group questions into `questions` events (fewer --json lines)')
    .addOption(
      new Option(
        '--ocr <mode>',
        'OCR for scanned pages: off, auto (pages without text) or force (default: auto)',
      ).choices(OCR_CHOICES),
    )
    .option('--ocr-langs <langs>', 'OCR languages, e.g. eng+jpn, each an installed npm package (default: eng)')
    .addOption(
      new Option('-f, --format <format>', 'quiz format; csv means csv-kahoot (default: json, or from --out)').choices(
        FORMAT_CHOICES,
      ),
    )
    .option('-o, --out <path>', 'file, folder, or path with {name} (default: stdout)')
    .addOption(
      new Option(
        '-g, --generator <name>',
        'local generator; auto = llm when one is configured (default: offline)',
      ).choices(GENERATOR_CHOICES),
    )
    .option('-s, --server <url>', 'generate on a quizstream server, e.g. http://localhost:3000')
    .option('--api-key <key>', 'bearer token for --server (default: $QUIZSTREAM_API_KEY)')
    .option('--json', 'progress as newline-delimited JSON stream events on stderr')
    .option('-q, --quiet', 'no progress on stderr, only errors')
    .option('--no-color', 'no colours on stderr (also when NO_COLOR is set)')
    .addHelpText('after', GENERATE_HELP)
    .action(async (files: string[], flags: GenerateFlags) => {
      onExitCode(await runners.generate(files, flags));
    });

  program
    .command('serve')
    .description('start the quizstream server and web app (the same as `npm start`)')
    .option('--port <port>', 'port to listen on (default: $PORT or 3000; 0 picks a free one)')
    .option(
      '--host <host>',
      'address to listen on (default: $HOST or 127.0.0.1; other interfaces need authentication, see docs/security.md)',
    )
    .option('--no-web-build', 'do not build the web app first when it is missing')
    .addHelpText(
      'after',
      '\nEvery other setting comes from the environment, as for `npm start`: see the configuration table in README.md.\nCtrl-C stops the server gracefully.',
    )
    .action(async (flags: ServeFlags) => {
      onExitCode(await runners.serve(flags));
    });

  return program;
}
