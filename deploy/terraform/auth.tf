# Who may use the service. A public service (allow_unauthenticated) must have an authentication mode:
# teachers sign in with OpenID Connect (auth_mode = "oidc", e.g. Google Workspace for Education), or
# Identity-Aware Proxy identifies them (auth_mode = "iap"), or scripts use API keys (api_keys = true); the
# variable validation in variables.tf and the precondition on the allUsers binding refuse anything else. The app refuses
# to start in production without authentication too (apps/api/src/auth/auth-mode.ts): two locks, not one.

data "google_project" "this" {
  project_id = var.project_id
}

locals {
  # Cloud Run's deterministic URL, known before the service exists: the OIDC redirect URI is under it.
  default_public_url = "https://${var.service_name}-${data.google_project.this.number}.${var.region}.run.app"
  public_url         = var.public_url != "" ? trimsuffix(var.public_url, "/") : local.default_public_url
  # What IAP puts in the `aud` of its assertions for a Cloud Run service it protects directly.
  iap_audience = "/projects/${data.google_project.this.number}/locations/${var.region}/services/${var.service_name}"

  auth_env = merge(
    var.auth_mode == "oidc" ? {
      OIDC_ISSUER    = var.oidc_issuer
      OIDC_CLIENT_ID = var.oidc_client_id
      PUBLIC_URL     = local.public_url
    } : {},
    var.auth_mode == "iap" ? { IAP_AUDIENCE = local.iap_audience } : {},
    length(var.allowed_email_domains) > 0 ? { ALLOWED_EMAIL_DOMAINS = join(",", var.allowed_email_domains) } : {},
    var.llm_daily_token_budget > 0 ? { LLM_DAILY_TOKEN_BUDGET = tostring(var.llm_daily_token_budget) } : {},
    var.local_data_owner != "" ? { LOCAL_DATA_OWNER = var.local_data_owner } : {},
  )

  # Secrets the service reads, by environment variable: the OIDC client secret, the API keys.
  auth_secrets = merge(
    var.auth_mode == "oidc" ? { OIDC_CLIENT_SECRET = "${var.service_name}-oidc-client-secret" } : {},
    var.api_keys ? { API_KEYS = "${var.service_name}-api-keys" } : {},
  )
}

resource "google_secret_manager_secret" "auth" {
  for_each = local.auth_secrets

  secret_id = each.value
  labels    = var.labels

  replication {
    auto {}
  }

  depends_on = [google_project_service.apis]
}

resource "google_secret_manager_secret_iam_member" "run_auth" {
  for_each = local.auth_secrets

  secret_id = google_secret_manager_secret.auth[each.key].id
  role      = "roles/secretmanager.secretAccessor"
  member    = google_service_account.run.member
}

# ---- Identity-Aware Proxy in front of the service (auth_mode = "iap")

# IAP calls the service as its own service agent; nobody else may invoke it.
resource "google_cloud_run_v2_service_iam_member" "iap_invoker" {
  count = var.auth_mode == "iap" ? 1 : 0

  name     = google_cloud_run_v2_service.api.name
  location = google_cloud_run_v2_service.api.location
  role     = "roles/run.invoker"
  member   = "serviceAccount:service-${data.google_project.this.number}@gcp-sa-iap.iam.gserviceaccount.com"
}

# Who IAP lets through, e.g. ["domain:school.example"]; students then need an account there too.
resource "google_iap_web_cloud_run_service_iam_member" "access" {
  for_each = var.auth_mode == "iap" ? toset(var.iap_members) : toset([])

  project                = var.project_id
  location               = google_cloud_run_v2_service.api.location
  cloud_run_service_name = google_cloud_run_v2_service.api.name
  role                   = "roles/iap.httpsResourceAccessor"
  member                 = each.value
}
