// deploy/Dockerfile as data for the tests: its stages and their steps, parsed by dockerfile-ast (the parser
// of the VS Code Docker extension), with build arguments substituted the way `docker build` does.
import { readFileSync } from 'node:fs';
import { type Copy, DockerfileParser, type Instruction, type JSONInstruction } from 'dockerfile-ast';

export interface Step {
  keyword: string;
  /** Arguments without the flags, as written. */
  args: string[];
  /** `--name=value` flags (`--from`, `--chown`, `--mount`, ...). */
  flags: Record<string, string>;
  /** The exec-form (JSON) arguments, if the step is written in that form. */
  json: string[] | null;
  /** 1-based line, for messages. */
  line: number;
}

export interface Stage {
  name: string;
  image: string;
  steps: Step[];
}

export interface DockerfileModel {
  text: string;
  /** ARGs declared before the first FROM, with their defaults. */
  globalArgs: Record<string, string>;
  stages: Stage[];
}

export function readDockerfile(file: string): DockerfileModel {
  const text = readFileSync(file, 'utf8');
  const dockerfile = DockerfileParser.parse(text);
  const globalArgs: Record<string, string> = {};
  for (const arg of dockerfile.getInitialARGs()) {
    const property = arg.getProperty();
    if (property) globalArgs[property.getName()] = unquote(property.getValue() ?? '');
  }
  const stages: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    const keyword = instruction.getKeyword();
    if (keyword === 'FROM') {
      const [image = '', , name] = instruction.getArguments().map((a) => a.getValue());
      stages.push({ name: name ?? String(stages.length), image: substitute(image, globalArgs), steps: [] });
      continue;
    }
    const stage = stages.at(-1);
    if (stage) stage.steps.push(toStep(instruction));
  }
  return { text, globalArgs, stages };
}

export function stageNamed(model: DockerfileModel, name: string): Stage {
  const stage = model.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`deploy/Dockerfile has no stage "${name}"`);
  return stage;
}

export function stepsOf(stage: Stage, keyword: string): Step[] {
  return stage.steps.filter((s) => s.keyword === keyword);
}

/** The environment a stage's ENV steps set (both `ENV A=1 B=2` and the legacy `ENV A 1`). */
export function stageEnv(stage: Stage): Record<string, string> {
  const env: Record<string, string> = {};
  for (const step of stepsOf(stage, 'ENV')) {
    if (step.args.length === 2 && !step.args[0]!.includes('=')) {
      env[step.args[0]!] = unquote(step.args[1]!);
      continue;
    }
    for (const arg of step.args) {
      const eq = arg.indexOf('=');
      env[arg.slice(0, eq)] = unquote(arg.slice(eq + 1));
    }
  }
  return env;
}

/** A RUN step's shell command (shell form), or its exec-form arguments joined. */
export function runCommand(step: Step): string {
  return (step.json ?? step.args).join(' ');
}

export interface CopySpec {
  from: string | null;
  sources: string[];
  dest: string;
}

export function copySpec(step: Step): CopySpec {
  const paths = step.json ?? step.args;
  return { from: step.flags.from ?? null, sources: paths.slice(0, -1), dest: paths.at(-1) ?? '' };
}

/** HEALTHCHECK's command in exec form (`HEALTHCHECK [flags] CMD ["..."]`), or null for `NONE`/shell form. */
export function healthcheckCommand(step: Step): string[] | null {
  if (step.args[0] !== 'CMD') return null;
  try {
    const parsed: unknown = JSON.parse(step.args.slice(1).join(' '));
    return Array.isArray(parsed) ? parsed.map(String) : null;
  } catch {
    return null;
  }
}

function toStep(instruction: Instruction): Step {
  const flags: Record<string, string> = {};
  const withFlags = instruction as Instruction & {
    getFlags?: () => { getName(): string; getValue(): string | null }[];
  };
  for (const flag of withFlags.getFlags?.() ?? []) flags[flag.getName()] = flag.getValue() ?? '';
  const jsonStrings = (instruction as JSONInstruction | Copy).getJSONStrings?.() ?? [];
  return {
    keyword: instruction.getKeyword(),
    args: instruction.getArguments().map((a) => a.getValue()),
    flags,
    json: jsonStrings.length > 0 ? jsonStrings.map((s) => s.getJSONValue()) : null,
    line: instruction.getRange().start.line + 1,
  };
}

function substitute(value: string, args: Record<string, string>): string {
  return value.replace(/\$\{?([A-Za-z_][A-Za-z0-9_]*)\}?/g, (_, name: string) => args[name] ?? '');
}

function unquote(value: string): string {
  return /^(["']).*\1$/.test(value) ? value.slice(1, -1) : value;
}
