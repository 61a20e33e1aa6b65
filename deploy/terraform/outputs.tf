# What the deploy steps (deploy/README.md) need after `terraform apply`.

output "service_url" {
  description = "URL of the Cloud Run service: the API, and the web app on the same origin."
  value       = google_cloud_run_v2_service.api.uri
}

output "service_name" {
  description = "Name of the Cloud Run service."
  value       = google_cloud_run_v2_service.api.name
}

output "image_repository" {
  description = "Artifact Registry path to tag and push images to: IMAGE_REPOSITORY/quizstream:TAG."
  value       = "${google_artifact_registry_repository.images.location}-docker.pkg.dev/${var.project_id}/${google_artifact_registry_repository.images.repository_id}"
}

output "web_bucket" {
  description = "Bucket the static web app is synced to."
  value       = google_storage_bucket.web.name
}

output "web_url" {
  description = "Where the bucket-hosted web app is served (built with NUXT_APP_BASE_URL=/BUCKET/)."
  value       = "https://storage.googleapis.com/${google_storage_bucket.web.name}/index.html"
}

output "data_bucket" {
  description = "Bucket mounted as DATA_DIR (uploaded PDFs)."
  value       = google_storage_bucket.data.name
}

output "database_instance" {
  description = "Cloud SQL connection name (PROJECT:REGION:INSTANCE), for the Cloud SQL Auth Proxy."
  value       = google_sql_database_instance.main.connection_name
}

output "database_url_secret" {
  description = "Secret Manager secret holding DATABASE_URL."
  value       = google_secret_manager_secret.database_url.secret_id
}

output "llm_key_secrets" {
  description = "Secret Manager secrets for the LLM provider keys, by environment variable."
  value       = { for name, secret in google_secret_manager_secret.llm : name => secret.secret_id }
}

output "service_account" {
  description = "Identity the service runs as."
  value       = google_service_account.run.email
}

output "dashboard" {
  description = "Cloud Monitoring dashboard of the service."
  value       = "https://console.cloud.google.com/monitoring/dashboards/custom/${element(split("/", google_monitoring_dashboard.service.id), 3)}?project=${var.project_id}"
}

output "oidc_redirect_uri" {
  description = "Authorized redirect URI to register with the OpenID Connect client (auth_mode = \"oidc\")."
  value       = "${local.public_url}/auth/callback"
}

output "auth_secrets" {
  description = "Secret Manager secrets to give a value (gcloud secrets versions add): the OIDC client secret, the API keys."
  value       = { for name, secret in google_secret_manager_secret.auth : name => secret.secret_id }
}
