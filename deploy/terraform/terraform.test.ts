// deploy/terraform checked without Terraform or a cloud: the HCL is parsed to JSON and every setting the
// streaming service depends on is asserted, as are its references and that the app accepts what it is given.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseConnectionString } from 'pg-connection-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../apps/api/src/config.js';
import { instanceMemory, planPdfMemory } from '../../apps/api/src/documents/pdf-memory.js';
import { repoRoot } from '../testing/build-context.js';
import {
  evaluate,
  type Hcl,
  readTerraform,
  resource,
  resources,
  type TerraformModel,
} from '../testing/terraform-model.js';

let tf: TerraformModel;
let service: Hcl;
let template: Hcl;
let container: Hcl;

/** An HCL expression as hcl2json writes it: `hcl('var.x')` is "${var.x}". */
const hcl = (expression: string): string => `\${${expression}}`;
const SECRET_NAME = /_KEY$|SECRET|_TOKEN$|PASSWORD|DATABASE_URL/;
const LLM_KEYS = ['GOOGLE_GENERATIVE_AI_API_KEY', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY'];
/** Environment the service may set beyond the app's ConfigSchema: Node.js's own, and core's LLM settings. */
const EXTRA_ENV = [
  'NODE_OPTIONS',
  'QUIZ_LLM_PROVIDER',
  'QUIZ_LLM_MODEL',
  'GOOGLE_VERTEX_PROJECT',
  'GOOGLE_VERTEX_LOCATION',
  'LLM_CONCURRENCY',
  'LLM_MAX_CONCURRENCY',
  'LLM_RPM',
  'LLM_TPM',
  'LLM_PRICE_INPUT_PER_MTOK',
  'LLM_PRICE_OUTPUT_PER_MTOK',
  'LLM_PRICE_CACHED_INPUT_PER_MTOK',
  'LLM_VERIFY',
  'LLM_VERIFY_MODEL',
  'LLM_MAX_TOKENS_PER_JOB',
  'LLM_CALL_TIMEOUT_MS',
  'LLM_MAX_RETRIES',
  'LLM_MAX_PAGE_CHARS',
  'OPENAI_BASE_URL',
];

const envNamed = (name: string): Hcl => container.env.find((e: Hcl) => e.name === name);
const plainEnv = (): Record<string, unknown> =>
  Object.fromEntries(container.env.filter((e: Hcl) => e.value !== undefined).map((e: Hcl) => [e.name, e.value]));
const conditionFilters = (policy: Hcl): string[] =>
  policy.conditions.flatMap((c: Hcl) => [
    c.condition_threshold?.[0]?.filter,
    c.condition_threshold?.[0]?.denominator_filter,
  ]);
const apiSource = (): string => {
  const dir = path.join(repoRoot, 'apps/api/src');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
};

beforeAll(async () => {
  tf = await readTerraform();
  service = resource(tf, 'google_cloud_run_v2_service', 'api');
  template = service.template[0];
  container = template.containers[0];
}, 60_000);

describe('deploy/terraform: the code itself', () => {
  it('pins Terraform and the google provider', () => {
    const terraform = tf.json.terraform[0];
    expect(terraform.required_version).toMatch(/>=\s*1\.\d+/);
    const providers = terraform.required_providers[0];
    expect(providers.google).toMatchObject({ source: 'hashicorp/google' });
    expect(providers.google.version).toMatch(/~>\s*\d+\.\d+/);
  });

  it('gives every variable a description and a type, and a default unless it cannot have one', () => {
    const noDefault = Object.entries(tf.variables)
      .filter(([, v]) => v.default === undefined)
      .map(([name]) => name);
    expect(noDefault.sort()).toEqual(['image', 'project_id']);
    for (const [name, v] of Object.entries(tf.variables)) {
      expect(v.description, name).toMatch(/\w{3,}/);
      expect(v.type, name).toBeDefined();
    }
    for (const [name, [output]] of Object.entries(tf.json.output as Record<string, Hcl[]>)) {
      expect(output.description, name).toMatch(/\w{3,}/);
    }
  });

  it('declares every variable, local and resource it references', () => {
    const declaredResources = new Set(
      [tf.json.resource, tf.json.data ?? {}].flatMap((declared) =>
        Object.entries(declared as Record<string, Record<string, unknown>>).flatMap(([type, byName]) =>
          Object.keys(byName).map((name) => `${type}.${name}`),
        ),
      ),
    );
    const used = (re: RegExp) => [...new Set([...tf.source.matchAll(re)].map((m) => m[1]!))];
    expect(used(/\bvar\.([a-z0-9_]+)/g).filter((v) => !(v in tf.variables))).toEqual([]);
    expect(used(/\blocal\.([a-z0-9_]+)/g).filter((l) => !(l in tf.locals))).toEqual([]);
    const refs = used(/\b((?:google|random)_[a-z0-9_]+\.[a-z0-9_]+)\b/g);
    expect(refs.filter((r) => !declaredResources.has(r))).toEqual([]);
  });

  it('has outputs for the service URL and the buckets', () => {
    expect(Object.keys(tf.json.output)).toEqual(
      expect.arrayContaining(['service_url', 'web_bucket', 'web_url', 'data_bucket', 'image_repository']),
    );
    expect(tf.json.output.service_url[0].value).toBe(hcl('google_cloud_run_v2_service.api.uri'));
  });

  it('sets only declared variables in terraform.tfvars.example', () => {
    const example = readFileSync(path.join(repoRoot, 'deploy/terraform/terraform.tfvars.example'), 'utf8');
    const names = [...example.matchAll(/^#?\s*([a-z_]+)\s*=/gm)].map((m) => m[1]!);
    expect(names.length).toBeGreaterThan(3);
    expect(names.filter((n) => !(n in tf.variables))).toEqual([]);
  });

  const terraform = spawnSync('terraform', ['version'], { encoding: 'utf8' });
  it.skipIf(terraform.status !== 0)('is formatted (terraform fmt -check), where terraform is installed', () => {
    const fmt = spawnSync(
      'terraform',
      ['fmt', '-check', '-diff', '-recursive', path.join(repoRoot, 'deploy/terraform')],
      {
        encoding: 'utf8',
      },
    );
    expect(fmt.status, fmt.stdout).toBe(0);
  });
});

describe('deploy/terraform: the Cloud Run service', () => {
  it('is a Cloud Run v2 service on the gen2 execution environment', () => {
    expect(template.execution_environment).toBe('EXECUTION_ENVIRONMENT_GEN2');
    expect(container.image).toBe(hcl('var.image'));
  });

  it('lets a request (a stream) last 3600 s by default, and the app ends streams a minute earlier', () => {
    expect(evaluate(tf, template.timeout)).toBe('3600s');
    expect(tf.variables.request_timeout_seconds.default).toBe(3600);
    const timeoutMs = Number.parseInt(String(evaluate(tf, template.timeout)), 10) * 1000;
    const streamMax = Number(evaluate(tf, envNamed('STREAM_MAX_DURATION_MS').value));
    expect(streamMax).toBe(timeoutMs - 60_000);
  });

  it('keeps CPU allocated outside requests (no CPU throttling) and boosts it at startup', () => {
    const resources = container.resources[0];
    expect(resources.cpu_idle).toBe(false);
    expect(resources.startup_cpu_boost).toBe(true);
    expect(evaluate(tf, resources.limits.memory)).toBe('2048Mi');
  });

  it('sizes the server process, its heap and the PDF workers from the one memory variable, within it', () => {
    const memoryMib = tf.variables.memory_mib.default as number;
    const limit = String(evaluate(tf, container.resources[0].limits.memory));
    expect(limit).toBe(`${memoryMib}Mi`);
    // The app is told the same memory (a sandbox may not show its cgroup), and what it keeps for itself.
    const env = (name: string) => Number(evaluate(tf, envNamed(name).value));
    expect(env('MEMORY_LIMIT_MB')).toBe(memoryMib);
    const serverMb = env('SERVER_MEMORY_MB');
    expect(serverMb).toBeGreaterThanOrEqual(512);
    const heap = /^--max-old-space-size=(\d+)$/.exec(String(evaluate(tf, envNamed('NODE_OPTIONS').value)));
    expect(Number(heap?.[1])).toBeLessThan(serverMb);
    // What the app makes of it with its defaults: the workers' pool and the server fill the instance, no more.
    const config = ConfigSchema.parse({ MEMORY_LIMIT_MB: String(memoryMib), SERVER_MEMORY_MB: String(serverMb) });
    const plan = planPdfMemory(config, instanceMemory(config, { constrained: undefined, total: 64 * 2 ** 30 }));
    expect(plan.poolMb + serverMb).toBe(memoryMib);
    expect(plan.readers).toBeGreaterThanOrEqual(2);
    expect(plan.ocrReaders).toBeGreaterThanOrEqual(1);
    expect(plan.readers * plan.workerMb).toBeLessThanOrEqual(plan.poolMb);
    expect(plan.ocrWorkerMb).toBeLessThanOrEqual(plan.poolMb);
    // The smallest memory the variable accepts still holds the server and one worker.
    const smallest = Number(/var\.memory_mib >= (\d+)/.exec(tf.source)?.[1]);
    expect(smallest - 512).toBeGreaterThanOrEqual(plan.workerMb);
  });

  it('takes concurrency and min/max instances from variables, scaling to zero by default', () => {
    expect(template.max_instance_request_concurrency).toBe(hcl('var.concurrency'));
    expect(template.scaling[0]).toEqual({
      min_instance_count: hcl('var.min_instances'),
      max_instance_count: hcl('var.max_instances'),
    });
    expect(tf.variables.min_instances.default).toBe(0);
    expect(tf.variables.max_instances.default).toBeGreaterThanOrEqual(1);
    expect(tf.variables.concurrency.default).toBeGreaterThanOrEqual(10);
  });

  it('has session affinity', () => {
    expect(template.session_affinity).toBe(true);
  });

  it('probes startup on /readyz and liveness on /healthz, on the port the container listens on', () => {
    const port = evaluate(tf, container.ports[0].container_port);
    expect(port).toBe(8080);
    expect(container.ports[0].name).toBe('http1');
    const startup = container.startup_probe[0].http_get[0];
    const liveness = container.liveness_probe[0].http_get[0];
    expect(startup.path).toBe('/readyz');
    expect(liveness.path).toBe('/healthz');
    expect(evaluate(tf, startup.port)).toBe(port);
    expect(evaluate(tf, liveness.port)).toBe(port);
    expect(envNamed('PORT')).toBeUndefined(); // Cloud Run sets PORT itself
  });

  it('passes settings the app accepts (its own ConfigSchema) and nothing it does not know', () => {
    const known = [...Object.keys(ConfigSchema.shape), ...EXTRA_ENV, ...LLM_KEYS];
    const optional = [
      ...String(tf.locals.optional_env).matchAll(/\b([A-Z][A-Z0-9_]+)\s*=/g),
      ...String(tf.variables.llm_settings.validation[0].condition).matchAll(/"([A-Z][A-Z0-9_]+)"/g),
    ].map((m) => m[1]!);
    expect(optional).toEqual(
      expect.arrayContaining(['QUIZ_LLM_PROVIDER', 'GOOGLE_VERTEX_LOCATION', 'LLM_CONCURRENCY']),
    );
    expect(optional.filter((n) => SECRET_NAME.test(n))).toEqual([]);
    const names = [...container.env.map((e: Hcl) => e.name), ...optional];
    expect(names.filter((n: string) => !known.includes(n))).toEqual([]);

    const env: Record<string, string> = {};
    for (const [name, value] of Object.entries(plainEnv())) {
      const resolved = evaluate(tf, value);
      if (resolved !== undefined) env[name] = String(resolved);
    }
    expect(Object.keys(env)).toEqual(
      expect.arrayContaining([
        'DATA_DIR',
        'LOG_LEVEL',
        'STREAM_MAX_DURATION_MS',
        'SHUTDOWN_GRACE_MS',
        'QUIZ_GENERATOR',
      ]),
    );
    const parsed = ConfigSchema.safeParse(env);
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true);
    expect(Number(env.SHUTDOWN_GRACE_MS)).toBeLessThan(10_000);
    expect(Number(env.MAX_UPLOAD_MB)).toBeLessThanOrEqual(31); // Cloud Run's 32 MiB HTTP/1 request limit
  });
});

describe('deploy/terraform: database, secrets and data', () => {
  it('runs Cloud SQL for PostgreSQL reachable only through the Cloud SQL connection', () => {
    const db = resource(tf, 'google_sql_database_instance', 'main');
    expect(tf.variables.db_version.default).toMatch(/^POSTGRES_\d+$/);
    const ip = db.settings[0].ip_configuration[0];
    expect(ip.authorized_networks).toBeUndefined();
    expect(ip.ssl_mode).toBe('ENCRYPTED_ONLY');
    expect(db.settings[0].backup_configuration[0].enabled).toBe(true);
    expect(resource(tf, 'google_project_iam_member', 'run_cloudsql_client').role).toBe('roles/cloudsql.client');
  });

  it('mounts the Cloud SQL instance at /cloudsql', () => {
    const volume = template.volumes.find((v: Hcl) => v.cloud_sql_instance);
    expect(volume.cloud_sql_instance[0].instances).toEqual([hcl('google_sql_database_instance.main.connection_name')]);
    const mount = container.volume_mounts.find((m: Hcl) => m.name === volume.name);
    expect(mount.mount_path).toBe('/cloudsql');
  });

  it('gives the app a DATABASE_URL from Secret Manager that it accepts and that pg opens on the socket', () => {
    const ref = envNamed('DATABASE_URL').value_source[0].secret_key_ref[0];
    expect(ref.secret).toBe(hcl('google_secret_manager_secret.database_url.secret_id'));
    const version = resource(tf, 'google_secret_manager_secret_version', 'database_url');
    expect(version.secret_data).toBe(hcl('local.database_url'));

    const samples: Record<string, string> = {
      'google_sql_user.app.name': 'quizstream',
      'random_password.db.result': 'S3cret/+pass',
      'google_sql_database.app.name': 'quizstream',
      'google_sql_database_instance.main.connection_name': 'my-project:us-central1:quizstream-db',
    };
    const url = String(tf.locals.database_url).replace(/\$\{(?:urlencode\()?([^})]+)\)?\}/g, (_, ref: string) =>
      encodeURIComponent(samples[ref] ?? `unknown:${ref}`),
    );
    const parsed = ConfigSchema.safeParse({ DATABASE_URL: url });
    expect(parsed.success, `${url}: ${JSON.stringify(parsed.error?.issues)}`).toBe(true);
    const pg = parseConnectionString(url);
    expect(pg).toMatchObject({
      host: '/cloudsql/my-project:us-central1:quizstream-db',
      user: 'quizstream',
      password: 'S3cret/+pass',
      database: 'quizstream',
    });
  });

  it('passes provider keys from Secret Manager only, never as plain values', () => {
    for (const env of container.env) {
      if (SECRET_NAME.test(env.name)) expect(env.value_source, env.name).toBeDefined();
    }
    const dynamicSecrets = container.dynamic.env.find((d: Hcl) => d.for_each === hcl('var.llm_api_key_secrets'));
    expect(dynamicSecrets.content[0].value_source[0].secret_key_ref[0].secret).toContain(
      'google_secret_manager_secret.llm',
    );
    for (const key of LLM_KEYS) expect(tf.locals.llm_key_names).toContain(`"${key}"`);
    expect(resource(tf, 'google_secret_manager_secret', 'llm').for_each).toBe(hcl('local.llm_key_names'));
    const accessors = resources(tf, 'google_secret_manager_secret_iam_member');
    expect(Object.keys(accessors).sort()).toEqual(['run_auth', 'run_database_url', 'run_llm']);
    for (const accessor of Object.values(accessors)) expect(accessor.role).toBe('roles/secretmanager.secretAccessor');
    // No variable carries a key's value.
    for (const [name, v] of Object.entries(tf.variables)) {
      if (/key|secret|password|token/i.test(name)) expect(v.type, name).not.toBe(hcl('string'));
    }
  });

  it('mounts a Cloud Storage bucket, writable by the image user, where DATA_DIR points', () => {
    const volume = template.volumes.find((v: Hcl) => v.gcs);
    const gcs = volume.gcs[0];
    expect(gcs.bucket).toBe(hcl('google_storage_bucket.data.name'));
    expect(gcs.read_only).toBe(false);
    expect(gcs.mount_options).toEqual([`uid=${hcl('var.container_uid')}`, `gid=${hcl('var.container_uid')}`]);
    expect(tf.variables.container_uid.default).toBe(1000); // the `node` user of deploy/Dockerfile's base image
    const mount = container.volume_mounts.find((m: Hcl) => m.name === volume.name);
    expect(evaluate(tf, mount.mount_path)).toBe(evaluate(tf, envNamed('DATA_DIR').value));
    const data = resource(tf, 'google_storage_bucket', 'data');
    expect(data.public_access_prevention).toBe('enforced');
    const roles = Object.values(resources(tf, 'google_storage_bucket_iam_member'))
      .filter((m) => m.bucket === hcl('google_storage_bucket.data.name'))
      .map((m) => m.role);
    expect(roles).toContain('roles/storage.objectUser');
  });

  it('hosts the static web app in a public website bucket', () => {
    const web = resource(tf, 'google_storage_bucket', 'web');
    expect(web.website[0]).toEqual({ main_page_suffix: 'index.html', not_found_page: 'index.html' });
    const publicRead = resource(tf, 'google_storage_bucket_iam_member', 'web_public');
    expect(publicRead).toMatchObject({ role: 'roles/storage.objectViewer', member: 'allUsers' });
    expect(tf.locals.web_origins).toContain('var.web_origin');
  });
});

describe('deploy/terraform: monitoring', () => {
  it('checks /healthz with an uptime check over HTTPS on the service host', () => {
    const check = resource(tf, 'google_monitoring_uptime_check_config', 'healthz');
    expect(check.http_check[0]).toMatchObject({ path: '/healthz', use_ssl: true, port: 443 });
    expect(check.monitored_resource[0].labels.host).toBe(hcl('local.service_host'));
    expect(tf.locals.service_host).toContain('google_cloud_run_v2_service.api.uri');
  });

  it('counts stream failures with a log-based metric on messages the server still logs', () => {
    const metric = resource(tf, 'google_logging_metric', 'stream_failures');
    for (const text of [
      '"stream failed"',
      '"job failed"',
      'jsonPayload.message="job finished" AND jsonPayload.status="failed"',
    ]) {
      expect(metric.filter).toContain(text);
    }
    expect(metric.metric_descriptor[0]).toMatchObject({ metric_kind: 'DELTA', value_type: 'INT64' });
    const source = apiSource();
    const messages = Object.values(resources(tf, 'google_logging_metric')).flatMap((m) =>
      [...String(m.filter).matchAll(/jsonPayload\.message="([^"]+)"/g)].map((x) => x[1]!),
    );
    expect(messages.length).toBeGreaterThanOrEqual(4);
    for (const message of messages) expect(source, `the server logs '${message}'`).toContain(`'${message}'`);
  });

  it('alerts on the 5xx rate, the stream error rate, instance saturation, a failing uptime check and a full data folder', () => {
    const policies = resources(tf, 'google_monitoring_alert_policy');
    const errorRate = conditionFilters(policies.error_rate);
    expect(errorRate[0]).toContain('run.googleapis.com/request_count');
    expect(errorRate[0]).toContain('response_code_class = "5xx"');
    expect(errorRate[1]).toContain('run.googleapis.com/request_count'); // the ratio's denominator

    const streams = conditionFilters(policies.stream_error_rate);
    expect(streams[0]).toContain('google_logging_metric.stream_failures.name');
    expect(streams[1]).toContain('google_logging_metric.streams_opened.name');

    const saturation = conditionFilters(policies.saturation).join('\n');
    for (const metric of [
      'container/instance_count',
      'container/cpu/utilizations',
      'container/max_request_concurrencies',
    ]) {
      expect(saturation).toContain(metric);
    }
    expect(conditionFilters(policies.uptime)[0]).toContain('uptime_check/check_passed');
    // The data folder filling up: the log lines of the server's free-space watch and of a refused upload.
    expect(conditionFilters(policies.data_dir_full)[0]).toContain('google_logging_metric.data_dir_full.name');
    const full = resource(tf, 'google_logging_metric', 'data_dir_full').filter as string;
    expect(full).toContain('"data dir almost full"');
    expect(full).toContain('"no space left in DATA_DIR"');
    for (const policy of Object.values(policies)) {
      expect(policy.notification_channels).toBe(hcl('local.notification_channels'));
    }
  });

  it('has a dashboard of traffic, errors, streams, jobs and saturation', () => {
    expect(resource(tf, 'google_monitoring_dashboard', 'service').dashboard_json).toContain('local.dashboard_charts');
    const filters = (tf.locals.dashboard_charts as Hcl[]).map((c) => c.filter).join('\n');
    for (const metric of [
      'run.googleapis.com/request_count',
      'google_logging_metric.stream_failures',
      'google_logging_metric.jobs_finished',
      'container/instance_count',
      'container/cpu/utilizations',
    ]) {
      expect(filters).toContain(metric);
    }
  });
});
