# Monitoring: an uptime check on /healthz, log-based metrics from the server's JSON logs, alert policies
# (uptime, 5xx rate, stream error rate, instance saturation). The dashboard is in dashboard.tf.
#
# The log-based metrics match messages the server logs (apps/api/src): "stream opened", "stream failed",
# "job failed", and "job finished" with its `status`. deploy/terraform/terraform.test.ts checks that the
# server still logs them.

locals {
  service_host = trimsuffix(trimprefix(google_cloud_run_v2_service.api.uri, "https://"), "/")

  run_filter  = "resource.type = \"cloud_run_revision\" AND resource.labels.service_name = \"${var.service_name}\""
  logs_filter = "resource.type=\"cloud_run_revision\"\nresource.labels.service_name=\"${var.service_name}\""

  notification_channels = google_monitoring_notification_channel.email[*].name
}

resource "google_monitoring_notification_channel" "email" {
  count = var.alert_email == "" ? 0 : 1

  display_name = "${var.service_name} alerts"
  type         = "email"
  labels = {
    email_address = var.alert_email
  }

  depends_on = [google_project_service.apis]
}

# ---- log-based metrics

resource "google_logging_metric" "stream_failures" {
  name        = "${var.service_name}_stream_failures"
  description = "Streams that broke (\"stream failed\") and jobs that failed (\"job failed\", or \"job finished\" with status failed), by log message."
  filter      = <<-EOT
    ${local.logs_filter}
    (jsonPayload.message="stream failed" OR jsonPayload.message="job failed" OR (jsonPayload.message="job finished" AND jsonPayload.status="failed"))
  EOT

  metric_descriptor {
    metric_kind  = "DELTA"
    value_type   = "INT64"
    unit         = "1"
    display_name = "quizstream stream failures"
    labels {
      key         = "message"
      value_type  = "STRING"
      description = "The log message: stream failed, job failed or job finished."
    }
  }

  label_extractors = {
    message = "EXTRACT(jsonPayload.message)"
  }

  depends_on = [google_project_service.apis]
}

resource "google_logging_metric" "streams_opened" {
  name        = "${var.service_name}_streams_opened"
  description = "Streams opened (first connections and resumes): the denominator of the stream error rate."
  filter      = <<-EOT
    ${local.logs_filter}
    jsonPayload.message="stream opened"
  EOT

  metric_descriptor {
    metric_kind  = "DELTA"
    value_type   = "INT64"
    unit         = "1"
    display_name = "quizstream streams opened"
  }

  depends_on = [google_project_service.apis]
}

resource "google_logging_metric" "jobs_finished" {
  name        = "${var.service_name}_jobs_finished"
  description = "Jobs that ended, by status (completed, failed, cancelled)."
  filter      = <<-EOT
    ${local.logs_filter}
    jsonPayload.message="job finished"
  EOT

  metric_descriptor {
    metric_kind  = "DELTA"
    value_type   = "INT64"
    unit         = "1"
    display_name = "quizstream jobs finished"
    labels {
      key         = "status"
      value_type  = "STRING"
      description = "completed, failed or cancelled"
    }
  }

  label_extractors = {
    status = "EXTRACT(jsonPayload.status)"
  }

  depends_on = [google_project_service.apis]
}

resource "google_logging_metric" "data_dir_full" {
  name        = "${var.service_name}_data_dir_full"
  description = "DATA_DIR running out of room (\"data dir almost full\", below DATA_DIR_MIN_FREE_MB) or out of it (\"no space left in DATA_DIR\", an upload refused with 507)."
  filter      = <<-EOT
    ${local.logs_filter}
    (jsonPayload.message="data dir almost full" OR jsonPayload.message="no space left in DATA_DIR")
  EOT

  metric_descriptor {
    metric_kind  = "DELTA"
    value_type   = "INT64"
    unit         = "1"
    display_name = "quizstream data dir full"
  }

  depends_on = [google_project_service.apis]
}

# ---- uptime check

resource "google_monitoring_uptime_check_config" "healthz" {
  display_name = "${var.service_name} /healthz"
  timeout      = "10s"
  period       = var.uptime_check_period

  http_check {
    path           = "/healthz"
    port           = 443
    use_ssl        = true
    validate_ssl   = true
    request_method = "GET"
    accepted_response_status_codes {
      status_class = "STATUS_CLASS_2XX"
    }
  }

  monitored_resource {
    type = "uptime_url"
    labels = {
      project_id = var.project_id
      host       = local.service_host
    }
  }

  depends_on = [google_project_service.apis]
}

# ---- alert policies

resource "google_monitoring_alert_policy" "uptime" {
  display_name          = "${var.service_name}: /healthz failing"
  combiner              = "OR"
  notification_channels = local.notification_channels
  user_labels           = var.labels

  conditions {
    display_name = "Uptime check on /healthz fails"
    condition_threshold {
      filter          = "metric.type = \"monitoring.googleapis.com/uptime_check/check_passed\" AND metric.labels.check_id = \"${google_monitoring_uptime_check_config.healthz.uptime_check_id}\" AND resource.type = \"uptime_url\""
      comparison      = "COMPARISON_GT"
      threshold_value = 1
      duration        = "600s"
      aggregations {
        alignment_period     = "1200s"
        per_series_aligner   = "ALIGN_NEXT_OLDER"
        cross_series_reducer = "REDUCE_COUNT_FALSE"
        group_by_fields      = ["resource.label.project_id", "resource.label.host"]
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "The uptime check cannot reach `${local.service_host}/healthz` from several regions. Check the service's revisions and logs in Cloud Run."
  }
}

resource "google_monitoring_alert_policy" "error_rate" {
  display_name          = "${var.service_name}: 5xx rate"
  combiner              = "OR"
  notification_channels = local.notification_channels
  user_labels           = var.labels

  conditions {
    display_name = "More than ${var.error_rate_threshold * 100}% of requests answer 5xx"
    condition_threshold {
      filter             = "${local.run_filter} AND metric.type = \"run.googleapis.com/request_count\" AND metric.labels.response_code_class = \"5xx\""
      denominator_filter = "${local.run_filter} AND metric.type = \"run.googleapis.com/request_count\""
      comparison         = "COMPARISON_GT"
      threshold_value    = var.error_rate_threshold
      duration           = "300s"
      aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_RATE"
        cross_series_reducer = "REDUCE_SUM"
      }
      denominator_aggregations {
        alignment_period     = "300s"
        per_series_aligner   = "ALIGN_RATE"
        cross_series_reducer = "REDUCE_SUM"
      }
      trigger {
        count = 1
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "Requests to ${var.service_name} answer 5xx. Look at severity>=ERROR in the service's logs; a 503 from /readyz means the database is unreachable."
  }
}

resource "google_monitoring_alert_policy" "stream_error_rate" {
  display_name          = "${var.service_name}: stream error rate"
  combiner              = "AND"
  notification_channels = local.notification_channels
  user_labels           = var.labels

  conditions {
    display_name = "Stream and job failures above ${var.stream_error_rate_threshold * 100}% of streams opened"
    condition_threshold {
      filter             = "${local.run_filter} AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.stream_failures.name}\""
      denominator_filter = "${local.run_filter} AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.streams_opened.name}\""
      comparison         = "COMPARISON_GT"
      threshold_value    = var.stream_error_rate_threshold
      duration           = "0s"
      aggregations {
        alignment_period     = "600s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
      denominator_aggregations {
        alignment_period     = "600s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
      trigger {
        count = 1
      }
    }
  }

  # A single failure among a handful of streams is not an incident.
  conditions {
    display_name = "At least 3 stream or job failures in 10 minutes"
    condition_threshold {
      filter          = "${local.run_filter} AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.stream_failures.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 2
      duration        = "0s"
      aggregations {
        alignment_period     = "600s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
      trigger {
        count = 1
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "Streams or jobs of ${var.service_name} fail. In Logs Explorer: `jsonPayload.message=(\"stream failed\" OR \"job failed\")` shows the errors; clients resume broken streams by themselves, failed jobs end with an `error` event."
  }
}

resource "google_monitoring_alert_policy" "saturation" {
  display_name          = "${var.service_name}: instance saturation"
  combiner              = "OR"
  notification_channels = local.notification_channels
  user_labels           = var.labels

  conditions {
    display_name = "Instances near max_instances (${var.max_instances})"
    condition_threshold {
      filter          = "${local.run_filter} AND metric.type = \"run.googleapis.com/container/instance_count\""
      comparison      = "COMPARISON_GT"
      threshold_value = var.max_instances * var.saturation_threshold
      duration        = "600s"
      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_MAX"
        cross_series_reducer = "REDUCE_SUM"
      }
      trigger {
        count = 1
      }
    }
  }

  conditions {
    display_name = "CPU utilization (p95) above ${var.saturation_threshold * 100}%"
    condition_threshold {
      filter          = "${local.run_filter} AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""
      comparison      = "COMPARISON_GT"
      threshold_value = var.saturation_threshold
      duration        = "600s"
      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_PERCENTILE_95"
        cross_series_reducer = "REDUCE_MAX"
      }
      trigger {
        count = 1
      }
    }
  }

  conditions {
    display_name = "Concurrent requests per instance (p95) near concurrency (${var.concurrency})"
    condition_threshold {
      filter          = "${local.run_filter} AND metric.type = \"run.googleapis.com/container/max_request_concurrencies\""
      comparison      = "COMPARISON_GT"
      threshold_value = var.concurrency * var.saturation_threshold
      duration        = "600s"
      aggregations {
        alignment_period     = "60s"
        per_series_aligner   = "ALIGN_PERCENTILE_95"
        cross_series_reducer = "REDUCE_MAX"
      }
      trigger {
        count = 1
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "${var.service_name} is running out of room: raise max_instances, cpu or concurrency (deploy/terraform), or look for runaway jobs. Each open stream holds one request slot."
  }
}

resource "google_monitoring_alert_policy" "data_dir_full" {
  display_name          = "${var.service_name}: data folder full"
  combiner              = "OR"
  notification_channels = local.notification_channels
  user_labels           = var.labels

  conditions {
    display_name = "DATA_DIR below DATA_DIR_MIN_FREE_MB, or an upload refused for lack of room"
    condition_threshold {
      filter          = "${local.run_filter} AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.data_dir_full.name}\""
      comparison      = "COMPARISON_GT"
      threshold_value = 0
      duration        = "0s"
      aggregations {
        alignment_period     = "600s"
        per_series_aligner   = "ALIGN_SUM"
        cross_series_reducer = "REDUCE_SUM"
      }
      trigger {
        count = 1
      }
    }
  }

  documentation {
    mime_type = "text/markdown"
    content   = "The data folder of ${var.service_name} is (almost) full: uploads are refused with 507 insufficient_storage. On Cloud Run the folder lives in the instance's memory: raise the memory, or delete documents nobody needs. `jsonPayload.message=(\"data dir almost full\" OR \"no space left in DATA_DIR\")` shows when."
  }
}
