# The Cloud Run service: the API and the same-origin web app from one image (deploy/Dockerfile).
# Streaming needs: the gen2 sandbox, a 60-minute request timeout, CPU that stays allocated between
# events (no throttling outside requests: jobs keep generating while a stream waits), and session
# affinity so a reconnecting client returns to the instance that runs its job when it still can.

locals {
  container_port = 8080

  web_origins  = var.web_bucket_public && var.web_origin != "" ? [var.web_origin] : []
  cors_origins = join(",", distinct(concat(local.web_origins, var.cors_origins)))

  # One variable sizes the instance (docs/operations.md, "Memory"): the server process keeps a quarter of it, at
  # least 512 MiB, and its JavaScript heap three quarters of that; the PDF workers share the rest, each reserving
  # what its heap, buffer and resident-memory limits let it take before it reads, so that however many PDFs
  # arrive at once the instance stays within its memory.
  server_memory_mib = max(512, floor(var.memory_mib / 4))
  server_heap_mib   = floor(local.server_memory_mib * 3 / 4)

  # Settings that are set only when asked for.
  optional_env = merge(
    var.quiz_llm_provider == "" ? {} : { QUIZ_LLM_PROVIDER = var.quiz_llm_provider },
    var.quiz_llm_model == "" ? {} : { QUIZ_LLM_MODEL = var.quiz_llm_model },
    var.vertex_location == "" ? {} : { GOOGLE_VERTEX_PROJECT = var.project_id, GOOGLE_VERTEX_LOCATION = var.vertex_location },
    var.llm_settings,
    local.auth_env,
  )
}

resource "google_cloud_run_v2_service" "api" {
  name                = var.service_name
  location            = var.region
  ingress             = "INGRESS_TRAFFIC_ALL"
  deletion_protection = var.deletion_protection
  labels              = var.labels
  # Identity-Aware Proxy directly in front of the service (auth.tf).
  iap_enabled = var.auth_mode == "iap"

  template {
    service_account                  = google_service_account.run.email
    execution_environment            = "EXECUTION_ENVIRONMENT_GEN2"
    timeout                          = "${var.request_timeout_seconds}s"
    max_instance_request_concurrency = var.concurrency
    session_affinity                 = true
    labels                           = var.labels

    scaling {
      min_instance_count = var.min_instances
      max_instance_count = var.max_instances
    }

    volumes {
      name = "cloudsql"
      cloud_sql_instance {
        instances = [google_sql_database_instance.main.connection_name]
      }
    }

    volumes {
      name = "data"
      gcs {
        bucket    = google_storage_bucket.data.name
        read_only = false
        # The image runs as a non-root user: mount the bucket as that user so it can write.
        mount_options = ["uid=${var.container_uid}", "gid=${var.container_uid}"]
      }
    }

    containers {
      image = var.image

      # HTTP/1.1 to the container (Fastify speaks no h2c); PORT is set by Cloud Run from this.
      ports {
        name           = "http1"
        container_port = local.container_port
      }

      resources {
        limits = {
          cpu    = var.cpu
          memory = "${var.memory_mib}Mi"
        }
        # false = CPU always allocated, not only while a request is being answered.
        cpu_idle          = false
        startup_cpu_boost = true
      }

      env {
        name  = "DATA_DIR"
        value = var.data_mount_path
      }
      env {
        name  = "LOG_LEVEL"
        value = var.log_level
      }
      env {
        name  = "CORS_ORIGINS"
        value = local.cors_origins
      }
      env {
        name  = "HEARTBEAT_MS"
        value = tostring(var.heartbeat_ms)
      }
      # A stream is ended with a reconnect hint a minute before Cloud Run would cut it.
      env {
        name  = "STREAM_MAX_DURATION_MS"
        value = tostring((var.request_timeout_seconds - 60) * 1000)
      }
      env {
        name  = "SHUTDOWN_GRACE_MS"
        value = tostring(var.shutdown_grace_ms)
      }
      env {
        name  = "MAX_UPLOAD_MB"
        value = tostring(var.max_upload_mb)
      }
      env {
        name  = "MAX_PAGES"
        value = tostring(var.max_pages)
      }
      # Google's front end is the one proxy before the service: the client's address is the last hop it appends to
      # X-Forwarded-For (rate limits are per client; without this every request would come from the front end).
      env {
        name  = "TRUST_PROXY"
        value = "1"
      }
      env {
        name  = "QUIZ_GENERATOR"
        value = var.quiz_generator
      }
      env {
        name  = "MEMORY_LIMIT_MB"
        value = tostring(var.memory_mib)
      }
      env {
        name  = "SERVER_MEMORY_MB"
        value = tostring(local.server_memory_mib)
      }
      env {
        name  = "NODE_OPTIONS"
        value = "--max-old-space-size=${local.server_heap_mib}"
      }
      env {
        name = "DATABASE_URL"
        value_source {
          secret_key_ref {
            secret  = google_secret_manager_secret.database_url.secret_id
            version = google_secret_manager_secret_version.database_url.version
          }
        }
      }

      dynamic "env" {
        for_each = local.optional_env
        content {
          name  = env.key
          value = env.value
        }
      }

      # Sign-in and API keys (auth.tf): secrets from Secret Manager only.
      dynamic "env" {
        for_each = local.auth_secrets
        content {
          name = env.key
          value_source {
            secret_key_ref {
              secret  = google_secret_manager_secret.auth[env.key].secret_id
              version = "latest"
            }
          }
        }
      }

      dynamic "env" {
        for_each = var.llm_api_key_secrets
        content {
          name = env.value
          value_source {
            secret_key_ref {
              secret  = google_secret_manager_secret.llm[env.value].secret_id
              version = "latest"
            }
          }
        }
      }

      volume_mounts {
        name       = "cloudsql"
        mount_path = "/cloudsql"
      }

      volume_mounts {
        name       = "data"
        mount_path = var.data_mount_path
      }

      # Traffic only once the store answers (/readyz); up to 2 minutes for a cold start.
      startup_probe {
        initial_delay_seconds = 0
        period_seconds        = 3
        timeout_seconds       = 2
        failure_threshold     = 40
        http_get {
          path = "/readyz"
          port = local.container_port
        }
      }

      # Restart only a process that stopped answering (/healthz); a database outage is not fixed by a restart.
      liveness_probe {
        initial_delay_seconds = 0
        period_seconds        = 30
        timeout_seconds       = 5
        failure_threshold     = 3
        http_get {
          path = "/healthz"
          port = local.container_port
        }
      }
    }
  }

  traffic {
    type    = "TRAFFIC_TARGET_ALLOCATION_TYPE_LATEST"
    percent = 100
  }

  depends_on = [
    google_project_service.apis,
    google_project_iam_member.run_cloudsql_client,
    google_project_iam_member.run_vertex_user,
    google_secret_manager_secret_iam_member.run_database_url,
    google_secret_manager_secret_iam_member.run_llm,
    google_secret_manager_secret_iam_member.run_auth,
    google_storage_bucket_iam_member.run_data_objects,
    google_storage_bucket_iam_member.run_data_bucket,
  ]
}

# Anyone may reach the service (the app then asks for sign-in or a key); behind IAP only IAP may (auth.tf).
resource "google_cloud_run_v2_service_iam_member" "public" {
  count = var.allow_unauthenticated && var.auth_mode != "iap" ? 1 : 0

  name     = google_cloud_run_v2_service.api.name
  location = google_cloud_run_v2_service.api.location
  role     = "roles/run.invoker"
  member   = "allUsers"

  lifecycle {
    precondition {
      condition     = !var.allow_unauthenticated || var.auth_mode != "none" || var.api_keys
      error_message = "A public service needs an authentication mode: auth_mode = \"oidc\" or \"iap\", or api_keys = true."
    }
  }
}
