# The project's APIs, the image repository, and the identity the service runs as.

locals {
  apis = toset(concat(
    [
      "artifactregistry.googleapis.com",
      "iam.googleapis.com",
      "logging.googleapis.com",
      "monitoring.googleapis.com",
      "run.googleapis.com",
      "secretmanager.googleapis.com",
      "sqladmin.googleapis.com",
      "storage.googleapis.com",
    ],
    var.vertex_location == "" ? [] : ["aiplatform.googleapis.com"],
    var.auth_mode == "iap" ? ["iap.googleapis.com"] : [],
  ))
}

resource "google_project_service" "apis" {
  for_each = local.apis

  service = each.value
  # Other things in the project may use these APIs too.
  disable_on_destroy = false
}

resource "google_artifact_registry_repository" "images" {
  repository_id = var.service_name
  location      = var.region
  format        = "DOCKER"
  description   = "quizstream container images (deploy/Dockerfile)"
  labels        = var.labels

  depends_on = [google_project_service.apis]
}

resource "google_service_account" "run" {
  account_id   = "${var.service_name}-run"
  display_name = "quizstream Cloud Run service"

  depends_on = [google_project_service.apis]
}

# The Cloud SQL connection of Cloud Run (the /cloudsql socket) connects as the service's identity.
resource "google_project_iam_member" "run_cloudsql_client" {
  project = var.project_id
  role    = "roles/cloudsql.client"
  member  = google_service_account.run.member
}

resource "google_project_iam_member" "run_vertex_user" {
  count = var.vertex_location == "" ? 0 : 1

  project = var.project_id
  role    = "roles/aiplatform.user"
  member  = google_service_account.run.member
}
