// deploy/terraform as data for the tests: every .tf file parsed to JSON by the HCL parser of CDK Terrain
// (@cdktn/hcl2json, HashiCorp's hcl2json compiled to WebAssembly), plus a small evaluator for the simple
// expressions the tests need to see through (`var.x`, `local.x`, `tostring`, `floor`, `max`, `min`, arithmetic).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { convertFiles } from '@cdktn/hcl2json';

export const terraformDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../terraform');

// biome-ignore lint/suspicious/noExplicitAny: parsed HCL is untyped JSON, walked by the tests.
export type Hcl = any;

export interface TerraformModel {
  json: Hcl;
  /** Every .tf file's text without comments, for reference checks. */
  source: string;
  variables: Record<string, Hcl>;
  locals: Record<string, Hcl>;
}

export async function readTerraform(dir = terraformDir): Promise<TerraformModel> {
  const json = await convertFiles(dir);
  const source = readdirSync(dir)
    .filter((f) => f.endsWith('.tf'))
    .map((f) => stripComments(readFileSync(path.join(dir, f), 'utf8')))
    .join('\n');
  const variables: Record<string, Hcl> = {};
  for (const [name, blocks] of Object.entries(json.variable ?? {})) variables[name] = (blocks as Hcl[])[0];
  const locals: Record<string, Hcl> = Object.assign({}, ...((json.locals ?? []) as Hcl[]));
  return { json, source, variables, locals };
}

/** The one resource of a type and name, e.g. resource(tf, 'google_cloud_run_v2_service', 'api'). */
export function resource(tf: TerraformModel, type: string, name: string): Hcl {
  const found = tf.json.resource?.[type]?.[name]?.[0];
  if (!found) throw new Error(`deploy/terraform declares no ${type}.${name}`);
  return found;
}

/** Every resource of a type, by name. */
export function resources(tf: TerraformModel, type: string): Record<string, Hcl> {
  const byName: Record<string, Hcl> = {};
  for (const [name, blocks] of Object.entries(tf.json.resource?.[type] ?? {})) byName[name] = (blocks as Hcl[])[0];
  return byName;
}

/**
 * Evaluates a value with the variables' defaults. Returns undefined where an expression needs more than
 * variables, locals, tostring, floor, max, min (of two) and arithmetic (a resource attribute, another function
 * call, a condition).
 */
export function evaluate(tf: TerraformModel, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const whole = /^\$\{([^}]*)\}$/.exec(value);
  if (whole) return evaluateExpression(tf, whole[1]!);
  let unknown = false;
  const text = value.replace(/\$\{([^}]*)\}/g, (_, expr: string) => {
    const result = evaluateExpression(tf, expr);
    if (result === undefined) unknown = true;
    return String(result);
  });
  return unknown ? undefined : text;
}

function evaluateExpression(tf: TerraformModel, expr: string): unknown {
  const e = expr.trim();
  let match = /^var\.([a-z0-9_]+)$/.exec(e);
  if (match) return tf.variables[match[1]!]?.default;
  match = /^local\.([a-z0-9_]+)$/.exec(e);
  if (match) return evaluate(tf, tf.locals[match[1]!]);
  match = /^(max|min)\(([^,()]+(?:\([^()]*\))?[^,()]*),(.*)\)$/.exec(e);
  if (match) {
    const a = evaluateExpression(tf, match[2]!);
    const b = evaluateExpression(tf, match[3]!);
    if (typeof a !== 'number' || typeof b !== 'number') return undefined;
    return match[1] === 'max' ? Math.max(a, b) : Math.min(a, b);
  }
  match = /^(tostring|floor)\((.*)\)$/.exec(e);
  if (match) {
    const inner = evaluateExpression(tf, match[2]!);
    if (inner === undefined) return undefined;
    return match[1] === 'floor' ? Math.floor(Number(inner)) : String(inner);
  }
  // Arithmetic on variables: substitute them, then compute.
  let unknown = false;
  const numeric = e.replace(/\b(var|local)\.[a-z0-9_]+/g, (ref) => {
    const v = evaluateExpression(tf, ref);
    if (typeof v !== 'number') unknown = true;
    return String(v);
  });
  if (unknown || !/^[\d\s.+\-*/()]+$/.test(numeric)) return undefined;
  return arithmetic(numeric);
}

/** + - * / and parentheses over numbers: enough for `(var.x - 60) * 1000`. */
function arithmetic(text: string): number {
  const tokens = text.match(/\d+(\.\d+)?|[-+*/()]/g) ?? [];
  let i = 0;
  const primary = (): number => {
    const t = tokens[i++];
    if (t === '(') {
      const v = sum();
      i++;
      return v;
    }
    if (t === '-') return -primary();
    return Number(t);
  };
  const product = (): number => {
    let v = primary();
    while (tokens[i] === '*' || tokens[i] === '/') v = tokens[i++] === '*' ? v * primary() : v / primary();
    return v;
  };
  const sum = (): number => {
    let v = product();
    while (tokens[i] === '+' || tokens[i] === '-') v = tokens[i++] === '+' ? v + product() : v - product();
    return v;
  };
  return sum();
}

function stripComments(text: string): string {
  return text
    .split('\n')
    .map((line) => line.replace(/^\s*(#|\/\/).*$/, ''))
    .join('\n');
}
