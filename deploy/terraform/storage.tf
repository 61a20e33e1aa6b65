# Two buckets: the data folder of the service (uploaded PDFs, mounted as DATA_DIR) and the static web app.

locals {
  data_bucket_name = var.data_bucket_name != "" ? var.data_bucket_name : "${var.project_id}-${var.service_name}-data"
  web_bucket_name  = var.web_bucket_name != "" ? var.web_bucket_name : "${var.project_id}-${var.service_name}-web"
}

resource "google_storage_bucket" "data" {
  name                        = local.data_bucket_name
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"
  labels                      = var.labels

  # Uploads are written to DATA_DIR/tmp first and renamed once checked; a crash can leave a part behind.
  lifecycle_rule {
    condition {
      age            = 1
      matches_prefix = ["tmp/"]
    }
    action {
      type = "Delete"
    }
  }

  depends_on = [google_project_service.apis]
}

# Cloud Storage FUSE (the volume mount) reads, lists and writes objects, and reads the bucket's metadata.
resource "google_storage_bucket_iam_member" "run_data_objects" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.objectUser"
  member = google_service_account.run.member
}

resource "google_storage_bucket_iam_member" "run_data_bucket" {
  bucket = google_storage_bucket.data.name
  role   = "roles/storage.legacyBucketReader"
  member = google_service_account.run.member
}

# The web app generated with the API's URL baked in (NUXT_PUBLIC_API_BASE) and synced here; it is served at
# https://storage.googleapis.com/BUCKET/index.html, or by a load balancer or CDN in front of the bucket.
resource "google_storage_bucket" "web" {
  name                        = local.web_bucket_name
  location                    = var.region
  uniform_bucket_level_access = true
  public_access_prevention    = var.web_bucket_public ? "inherited" : "enforced"
  # Only build output lives here; `npm run build` makes it again.
  force_destroy = true
  labels        = var.labels

  website {
    main_page_suffix = "index.html"
    not_found_page   = "index.html"
  }

  depends_on = [google_project_service.apis]
}

resource "google_storage_bucket_iam_member" "web_public" {
  count = var.web_bucket_public ? 1 : 0

  bucket = google_storage_bucket.web.name
  role   = "roles/storage.objectViewer"
  member = "allUsers"
}
