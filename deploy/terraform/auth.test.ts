// deploy/terraform refuses a public service without an authentication mode, and wires the chosen one: OpenID
// Connect (issuer, client id, public URL, the client secret from Secret Manager), Identity-Aware Proxy (IAP in
// front of the service, its audience, nobody else may invoke), API keys from Secret Manager. Conditions are
// evaluated here with every combination of the variables they read.
import { beforeAll, describe, expect, it } from 'vitest';
import { ConfigSchema } from '../../apps/api/src/config.js';
import { type Hcl, readTerraform, resource, type TerraformModel } from '../testing/terraform-model.js';

let tf: TerraformModel;
let service: Hcl;

type Vars = Record<string, unknown>;

/** An HCL interpolation as hcl2json writes it: `hcl('var.x')` is "${var.x}". */
const hcl = (expression: string): string => `\${${expression}}`;

/** Evaluates a boolean HCL condition over `vars` (the operators these conditions use: ! && || == != contains). */
function holds(condition: string, vars: Vars): boolean {
  const expression = condition
    .replace(/^\$\{([\s\S]*)\}$/, '$1')
    .replace(/\bvar\.([a-z0-9_]+)/g, (_, name: string) => {
      if (!(name in vars)) throw new Error(`condition reads var.${name}, which the test does not set`);
      return JSON.stringify(vars[name]);
    })
    .replace(/contains\((\[[^\]]*\]),\s*([^)]+)\)/g, '$1.includes($2)');
  return Boolean(new Function(`return (${expression});`)());
}

const combinations = (): Vars[] => {
  const all: Vars[] = [];
  for (const allow_unauthenticated of [true, false])
    for (const auth_mode of ['oidc', 'iap', 'none'])
      for (const api_keys of [true, false])
        for (const oidc_client_id of ['', '1234-abc.apps.googleusercontent.com'])
          all.push({ allow_unauthenticated, auth_mode, api_keys, oidc_client_id });
  return all;
};
const hasAuthentication = (v: Vars) => v.auth_mode !== 'none' || v.api_keys === true;

beforeAll(async () => {
  tf = await readTerraform();
  service = resource(tf, 'google_cloud_run_v2_service', 'api');
}, 60_000);

describe('deploy/terraform: authentication', () => {
  it('refuses a public service without OIDC, IAP or API keys, in the variables and on its allUsers binding', () => {
    const validations = tf.variables.auth_mode.validation as Hcl[];
    const precondition = resource(tf, 'google_cloud_run_v2_service_iam_member', 'public').lifecycle[0].precondition[0];
    for (const vars of combinations()) {
      const valid = validations.every((v) => holds(v.condition, vars));
      const publicWithout = vars.allow_unauthenticated === true && !hasAuthentication(vars);
      const oidcWithoutClient = vars.auth_mode === 'oidc' && vars.oidc_client_id === '';
      expect(valid, JSON.stringify(vars)).toBe(!publicWithout && !oidcWithoutClient);
      expect(holds(precondition.condition, vars), JSON.stringify(vars)).toBe(!publicWithout);
    }
    expect(precondition.error_message).toMatch(/public service needs an authentication mode/);
  });

  it('defaults to a public service whose teachers sign in with OpenID Connect at Google', () => {
    expect(tf.variables.allow_unauthenticated.default).toBe(true);
    expect(tf.variables.auth_mode.default).toBe('oidc');
    expect(tf.variables.oidc_issuer.default).toBe('https://accounts.google.com');
    expect(tf.variables.api_keys.default).toBe(false);
  });

  it('passes the settings of the chosen mode, all known to the app, secrets only from Secret Manager', () => {
    const env = String(tf.locals.auth_env);
    const secrets = String(tf.locals.auth_secrets);
    const names = [...`${env}\n${secrets}`.matchAll(/\b([A-Z][A-Z0-9_]+)\s*=/g)].map((m) => m[1]!);
    expect(new Set(names)).toEqual(
      new Set([
        'OIDC_ISSUER',
        'OIDC_CLIENT_ID',
        'PUBLIC_URL',
        'IAP_AUDIENCE',
        'ALLOWED_EMAIL_DOMAINS',
        'LLM_DAILY_TOKEN_BUDGET',
        'LOCAL_DATA_OWNER',
        'OIDC_CLIENT_SECRET',
        'API_KEYS',
      ]),
    );
    for (const name of names) expect(Object.keys(ConfigSchema.shape), name).toContain(name);
    expect(secrets).toMatch(/OIDC_CLIENT_SECRET = "\$\{var\.service_name\}-oidc-client-secret"/);
    expect(secrets).toMatch(/var\.api_keys \? \{ API_KEYS = /);
    expect(env).not.toMatch(/SECRET|API_KEYS/);
    expect(String(tf.locals.optional_env)).toContain('local.auth_env');
    const secretEnv = service.template[0].containers[0].dynamic.env.find(
      (d: Hcl) => d.for_each === hcl('local.auth_secrets'),
    );
    expect(secretEnv.content[0].value_source[0].secret_key_ref[0].secret).toContain(
      'google_secret_manager_secret.auth',
    );
    expect(resource(tf, 'google_secret_manager_secret_iam_member', 'run_auth').role).toBe(
      'roles/secretmanager.secretAccessor',
    );
  });

  it("sends OIDC back to the service's own URL unless told otherwise", () => {
    expect(String(tf.locals.default_public_url)).toBe(
      `https://${hcl('var.service_name')}-${hcl('data.google_project.this.number')}.${hcl('var.region')}.run.app`,
    );
    expect(tf.json.output.oidc_redirect_uri[0].value).toBe(`${hcl('local.public_url')}/auth/callback`);
  });

  it('puts IAP in front of the service when auth_mode is iap, and then only IAP may invoke it', () => {
    expect(service.iap_enabled).toBe(hcl('var.auth_mode == "iap"'));
    expect(String(tf.locals.iap_audience)).toBe(
      `/projects/${hcl('data.google_project.this.number')}/locations/${hcl('var.region')}/services/${hcl('var.service_name')}`,
    );
    const publicInvoker = resource(tf, 'google_cloud_run_v2_service_iam_member', 'public');
    expect(publicInvoker.member).toBe('allUsers');
    const count = String(publicInvoker.count);
    for (const vars of combinations()) {
      const created = holds(count.replace(/\s*\?\s*1\s*:\s*0\s*\}$/, '}'), vars);
      expect(created, JSON.stringify(vars)).toBe(vars.allow_unauthenticated === true && vars.auth_mode !== 'iap');
    }
    const iapInvoker = resource(tf, 'google_cloud_run_v2_service_iam_member', 'iap_invoker');
    expect(iapInvoker.member).toMatch(/@gcp-sa-iap\.iam\.gserviceaccount\.com$/);
    expect(resource(tf, 'google_iap_web_cloud_run_service_iam_member', 'access').role).toBe(
      'roles/iap.httpsResourceAccessor',
    );
  });
});
