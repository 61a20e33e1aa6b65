# Secret Manager: DATABASE_URL (it holds the generated password) and the LLM provider keys.
# Provider keys are never Terraform inputs (they would land in the state): Terraform creates the empty
# secrets, you add their values with gcloud (deploy/README.md), then list them in llm_api_key_secrets.

locals {
  llm_key_names = toset(["GOOGLE_GENERATIVE_AI_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"])
}

resource "google_secret_manager_secret" "database_url" {
  secret_id = "${var.service_name}-database-url"
  labels    = var.labels

  replication {
    auto {}
  }

  depends_on = [google_project_service.apis]
}

resource "google_secret_manager_secret_version" "database_url" {
  secret      = google_secret_manager_secret.database_url.id
  secret_data = local.database_url
}

resource "google_secret_manager_secret" "llm" {
  for_each = local.llm_key_names

  secret_id = "${var.service_name}-${lower(replace(each.key, "_", "-"))}"
  labels    = var.labels

  replication {
    auto {}
  }

  depends_on = [google_project_service.apis]
}

resource "google_secret_manager_secret_iam_member" "run_database_url" {
  secret_id = google_secret_manager_secret.database_url.id
  role      = "roles/secretmanager.secretAccessor"
  member    = google_service_account.run.member
}

resource "google_secret_manager_secret_iam_member" "run_llm" {
  for_each = local.llm_key_names

  secret_id = google_secret_manager_secret.llm[each.key].id
  role      = "roles/secretmanager.secretAccessor"
  member    = google_service_account.run.member
}
