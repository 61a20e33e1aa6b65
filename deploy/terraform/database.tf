# Cloud SQL for PostgreSQL: the store shared by every instance (jobs, their event logs, leases, quizzes).
# No authorized networks: only the Cloud SQL connection of Cloud Run (IAM-checked, encrypted) reaches it.

resource "google_sql_database_instance" "main" {
  name                = "${var.service_name}-db"
  database_version    = var.db_version
  region              = var.region
  deletion_protection = var.deletion_protection

  settings {
    tier                        = var.db_tier
    edition                     = "ENTERPRISE"
    availability_type           = var.db_availability_type
    disk_size                   = var.db_disk_size_gb
    disk_autoresize             = true
    deletion_protection_enabled = var.deletion_protection
    user_labels                 = var.labels

    ip_configuration {
      ipv4_enabled = true
      ssl_mode     = "ENCRYPTED_ONLY"
    }

    backup_configuration {
      enabled                        = true
      point_in_time_recovery_enabled = true
      start_time                     = "03:00"
    }

    insights_config {
      query_insights_enabled = true
    }
  }

  depends_on = [google_project_service.apis]
}

resource "google_sql_database" "app" {
  name     = var.db_name
  instance = google_sql_database_instance.main.name
}

resource "random_password" "db" {
  length  = 32
  special = false
}

resource "google_sql_user" "app" {
  name     = var.db_user
  instance = google_sql_database_instance.main.name
  password = random_password.db.result
}

locals {
  # The unix socket of the Cloud SQL volume (mounted at /cloudsql). `localhost` is only there because the app
  # checks DATABASE_URL as a URL, which needs a host; pg connects to the `host` socket directory instead.
  database_url = "postgresql://${urlencode(google_sql_user.app.name)}:${urlencode(random_password.db.result)}@localhost/${google_sql_database.app.name}?host=/cloudsql/${google_sql_database_instance.main.connection_name}"
}
