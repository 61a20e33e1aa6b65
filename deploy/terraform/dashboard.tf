# One Cloud Monitoring dashboard for the service: traffic, errors, streams, jobs and saturation.

locals {
  dashboard_charts = [
    {
      title   = "Requests per second by response class"
      filter  = "${local.run_filter} AND metric.type = \"run.googleapis.com/request_count\""
      aligner = "ALIGN_RATE"
      reducer = "REDUCE_SUM"
      group   = ["metric.label.response_code_class"]
    },
    {
      title   = "Streams opened (per minute)"
      filter  = "${local.run_filter} AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.streams_opened.name}\""
      aligner = "ALIGN_SUM"
      reducer = "REDUCE_SUM"
      group   = []
    },
    {
      title   = "Stream and job failures by message (per minute)"
      filter  = "${local.run_filter} AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.stream_failures.name}\""
      aligner = "ALIGN_SUM"
      reducer = "REDUCE_SUM"
      group   = ["metric.label.message"]
    },
    {
      title   = "Jobs finished by status (per minute)"
      filter  = "${local.run_filter} AND metric.type = \"logging.googleapis.com/user/${google_logging_metric.jobs_finished.name}\""
      aligner = "ALIGN_SUM"
      reducer = "REDUCE_SUM"
      group   = ["metric.label.status"]
    },
    {
      title   = "Instances by state"
      filter  = "${local.run_filter} AND metric.type = \"run.googleapis.com/container/instance_count\""
      aligner = "ALIGN_MAX"
      reducer = "REDUCE_SUM"
      group   = ["metric.label.state"]
    },
    {
      title   = "Concurrent requests per instance (p95; open streams count)"
      filter  = "${local.run_filter} AND metric.type = \"run.googleapis.com/container/max_request_concurrencies\""
      aligner = "ALIGN_PERCENTILE_95"
      reducer = "REDUCE_MAX"
      group   = []
    },
    {
      title   = "CPU utilization (p95)"
      filter  = "${local.run_filter} AND metric.type = \"run.googleapis.com/container/cpu/utilizations\""
      aligner = "ALIGN_PERCENTILE_95"
      reducer = "REDUCE_MAX"
      group   = []
    },
    {
      title   = "Memory utilization (p95)"
      filter  = "${local.run_filter} AND metric.type = \"run.googleapis.com/container/memory/utilizations\""
      aligner = "ALIGN_PERCENTILE_95"
      reducer = "REDUCE_MAX"
      group   = []
    },
    {
      title   = "Request latency p95 (streams last minutes by design)"
      filter  = "${local.run_filter} AND metric.type = \"run.googleapis.com/request_latencies\""
      aligner = "ALIGN_PERCENTILE_95"
      reducer = "REDUCE_MAX"
      group   = []
    },
    {
      title   = "Uptime check /healthz passing"
      filter  = "metric.type = \"monitoring.googleapis.com/uptime_check/check_passed\" AND resource.type = \"uptime_url\" AND metric.labels.check_id = \"${google_monitoring_uptime_check_config.healthz.uptime_check_id}\""
      aligner = "ALIGN_FRACTION_TRUE"
      reducer = "REDUCE_MEAN"
      group   = []
    },
  ]
}

resource "google_monitoring_dashboard" "service" {
  dashboard_json = jsonencode({
    displayName = "${var.service_name} (Cloud Run)"
    mosaicLayout = {
      columns = 48
      tiles = [
        for i, chart in local.dashboard_charts : {
          xPos   = (i % 2) * 24
          yPos   = floor(i / 2) * 16
          width  = 24
          height = 16
          widget = {
            title = chart.title
            xyChart = {
              dataSets = [{
                plotType = "LINE"
                timeSeriesQuery = {
                  timeSeriesFilter = {
                    filter = chart.filter
                    aggregation = {
                      alignmentPeriod    = "60s"
                      perSeriesAligner   = chart.aligner
                      crossSeriesReducer = chart.reducer
                      groupByFields      = chart.group
                    }
                  }
                }
              }]
            }
          }
        }
      ]
    }
  })

  depends_on = [google_project_service.apis]
}
