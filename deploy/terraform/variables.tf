# Inputs. Only project_id and image have no default; see terraform.tfvars.example.

# ---- project and image

variable "project_id" {
  description = "Google Cloud project to deploy into."
  type        = string
}

variable "region" {
  description = "Region of the Cloud Run service, the Cloud SQL instance, the buckets and the image repository."
  type        = string
  default     = "us-central1"
}

variable "service_name" {
  description = "Name of the Cloud Run service; also the prefix of the other resources' names."
  type        = string
  default     = "quizstream"

  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{0,40}[a-z0-9]$", var.service_name))
    error_message = "service_name: lowercase letters, digits and dashes, starting with a letter, at most 42 characters."
  }
}

variable "image" {
  description = "Container image built from deploy/Dockerfile, e.g. us-central1-docker.pkg.dev/PROJECT/quizstream/quizstream:TAG (output image_repository)."
  type        = string
}

variable "labels" {
  description = "Labels put on every resource that takes them."
  type        = map(string)
  default     = { app = "quizstream" }
}

variable "deletion_protection" {
  description = "Refuse to destroy the Cloud Run service and the database (set false before `terraform destroy`)."
  type        = bool
  default     = true
}

# ---- Cloud Run

variable "cpu" {
  description = "vCPUs per instance. CPU stays allocated outside requests, so jobs keep generating between events."
  type        = string
  default     = "1"

  validation {
    condition     = contains(["1", "2", "4", "6", "8"], var.cpu)
    error_message = "cpu must be 1, 2, 4, 6 or 8."
  }
}

variable "memory_mib" {
  description = "Memory per instance in MiB: a quarter (at least 512) for the server process, the rest for the PDF workers, which read as many documents at once as fit in it (2048: two, or one with OCR; each more waits its turn). docs/operations.md."
  type        = number
  default     = 2048

  validation {
    condition     = var.memory_mib >= 1536 && var.memory_mib <= 32768
    error_message = "memory_mib must be between 1536 (the server and one PDF worker) and 32768."
  }
}

variable "concurrency" {
  description = "Most requests one instance serves at once. Every open stream holds one slot for as long as it lasts (up to the request timeout)."
  type        = number
  default     = 100

  validation {
    condition     = var.concurrency >= 1 && var.concurrency <= 1000
    error_message = "concurrency must be between 1 and 1000."
  }
}

variable "min_instances" {
  description = "Instances kept running when idle. 0 scales to zero (a cold start of a few seconds on the first request)."
  type        = number
  default     = 0

  validation {
    condition     = var.min_instances >= 0
    error_message = "min_instances must be 0 or more."
  }
}

variable "max_instances" {
  description = "Most instances. Each one opens up to 10 database connections: keep max_instances x 10 below the database tier's connection limit."
  type        = number
  default     = 4

  validation {
    condition     = var.max_instances >= 1 && var.max_instances >= var.min_instances
    error_message = "max_instances must be at least 1 and at least min_instances."
  }
}

variable "request_timeout_seconds" {
  description = "Cloud Run request timeout: the longest a stream can stay open. The server ends each stream 60 s before it (STREAM_MAX_DURATION_MS) with a reconnect hint."
  type        = number
  default     = 3600

  validation {
    condition     = var.request_timeout_seconds >= 120 && var.request_timeout_seconds <= 3600
    error_message = "request_timeout_seconds must be between 120 and 3600."
  }
}

variable "allow_unauthenticated" {
  description = "Let anyone reach the service (the web app, students' share links and the uptime check need it); the app then asks for sign-in or an API key (auth_mode, api_keys)."
  type        = bool
  default     = true
}

variable "auth_mode" {
  description = "How teachers sign in: \"oidc\" (OpenID Connect, e.g. Google Workspace; set oidc_client_id), \"iap\" (Identity-Aware Proxy in front of the service), or \"none\" (only with api_keys, or a service that is not public)."
  type        = string
  default     = "oidc"

  validation {
    condition     = contains(["oidc", "iap", "none"], var.auth_mode)
    error_message = "auth_mode must be \"oidc\", \"iap\" or \"none\"."
  }

  # A public service without any authentication would publish every teacher's quizzes and let anyone delete them.
  validation {
    condition     = !var.allow_unauthenticated || var.auth_mode != "none" || var.api_keys
    error_message = "A public service needs an authentication mode: auth_mode = \"oidc\" or \"iap\", or api_keys = true."
  }

  validation {
    condition     = var.auth_mode != "oidc" || var.oidc_client_id != ""
    error_message = "auth_mode = \"oidc\" needs oidc_client_id (deploy/README.md, Sign-in)."
  }
}

variable "oidc_issuer" {
  description = "OpenID Connect issuer teachers sign in with (Google: https://accounts.google.com; Microsoft Entra ID: https://login.microsoftonline.com/TENANT_ID/v2.0)."
  type        = string
  default     = "https://accounts.google.com"
}

variable "oidc_client_id" {
  description = "OAuth client id of the web application registered with the issuer; its secret goes into Secret Manager (output auth_secrets)."
  type        = string
  default     = ""
}

variable "public_url" {
  description = "The address teachers open (redirect URI: PUBLIC_URL/auth/callback); empty: the service's own run.app URL."
  type        = string
  default     = ""
}

variable "allowed_email_domains" {
  description = "Email domains whose teachers may sign in, e.g. [\"school.example\"]; empty: any address the issuer vouches for."
  type        = list(string)
  default     = []
}

variable "iap_members" {
  description = "Who Identity-Aware Proxy lets through when auth_mode = \"iap\", e.g. [\"domain:school.example\"]."
  type        = list(string)
  default     = []
}

variable "api_keys" {
  description = "Take API keys (for scripts and the CLI) from the Secret Manager secret SERVICE-api-keys, beside sign-in."
  type        = bool
  default     = false
}

variable "local_data_owner" {
  description = "A teacher's address that takes over what the service made before authentication was on (LOCAL_DATA_OWNER); empty: nobody."
  type        = string
  default     = ""
}

variable "llm_daily_token_budget" {
  description = "LLM tokens each teacher (or API key) may use per day; 0: no budget."
  type        = number
  default     = 0
}

variable "container_uid" {
  description = "User id the image runs as (the `node` user of deploy/Dockerfile); the data bucket is mounted as this user so it can write."
  type        = number
  default     = 1000
}

variable "data_mount_path" {
  description = "Where the data bucket is mounted in the container; passed to the app as DATA_DIR."
  type        = string
  default     = "/data"
}

# ---- application settings (README.md, configuration table)

variable "log_level" {
  description = "LOG_LEVEL: fatal, error, warn, info, debug, trace or silent. The log-based metrics need at least info."
  type        = string
  default     = "info"

  validation {
    condition     = contains(["fatal", "error", "warn", "info", "debug", "trace", "silent"], var.log_level)
    error_message = "log_level must be one of fatal, error, warn, info, debug, trace, silent."
  }
}

variable "cors_origins" {
  description = "Extra origins allowed to call the API (exact origins such as https://quiz.example.edu). The web bucket's origin is added by itself."
  type        = list(string)
  default     = []
}

variable "heartbeat_ms" {
  description = "HEARTBEAT_MS: interval of heartbeat events on every stream."
  type        = number
  default     = 30000
}

variable "shutdown_grace_ms" {
  description = "SHUTDOWN_GRACE_MS: how long shutdown may take after SIGTERM. Cloud Run sends SIGKILL 10 s after SIGTERM."
  type        = number
  default     = 8000

  validation {
    condition     = var.shutdown_grace_ms > 0 && var.shutdown_grace_ms < 10000
    error_message = "shutdown_grace_ms must be below Cloud Run's 10 s."
  }
}

variable "max_upload_mb" {
  description = "MAX_UPLOAD_MB: largest accepted PDF. Cloud Run refuses HTTP/1 request bodies over 32 MiB before they reach the app, so more than 31 cannot work."
  type        = number
  default     = 30

  validation {
    condition     = var.max_upload_mb > 0 && var.max_upload_mb <= 31
    error_message = "max_upload_mb must be between 1 and 31 (Cloud Run's 32 MiB HTTP/1 request limit, less multipart overhead)."
  }
}

variable "max_pages" {
  description = "MAX_PAGES: most pages accepted in a PDF."
  type        = number
  default     = 2000
}

variable "quiz_generator" {
  description = "QUIZ_GENERATOR: offline (no AI key needed), llm, or auto (the LLM when a provider is configured through llm_api_key_secrets or vertex_location, offline otherwise)."
  type        = string
  default     = "auto"

  validation {
    condition     = contains(["offline", "llm", "auto"], var.quiz_generator)
    error_message = "quiz_generator must be offline, llm or auto."
  }
}

variable "quiz_llm_provider" {
  description = "QUIZ_LLM_PROVIDER for the llm generator; empty leaves it unset."
  type        = string
  default     = ""
}

variable "quiz_llm_model" {
  description = "QUIZ_LLM_MODEL for the llm generator; empty leaves it unset."
  type        = string
  default     = ""
}

variable "llm_api_key_secrets" {
  description = "Provider keys to pass to the service from Secret Manager. Terraform creates an empty secret for each supported key; add a version (deploy/README.md) before listing it here, or the revision cannot start."
  type        = set(string)
  default     = []

  validation {
    condition     = alltrue([for k in var.llm_api_key_secrets : contains(["GOOGLE_GENERATIVE_AI_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"], k)])
    error_message = "llm_api_key_secrets may hold GOOGLE_GENERATIVE_AI_API_KEY, OPENAI_API_KEY and ANTHROPIC_API_KEY."
  }
}

variable "llm_settings" {
  description = "Further LLM settings (docs/generators.md), e.g. { LLM_MAX_TOKENS_PER_JOB = \"500000\", LLM_CONCURRENCY = \"4\" }."
  type        = map(string)
  default     = {}

  validation {
    condition     = alltrue([for k in keys(var.llm_settings) : contains(["LLM_CONCURRENCY", "LLM_MAX_CONCURRENCY", "LLM_RPM", "LLM_TPM", "LLM_PRICE_INPUT_PER_MTOK", "LLM_PRICE_OUTPUT_PER_MTOK", "LLM_PRICE_CACHED_INPUT_PER_MTOK", "LLM_VERIFY", "LLM_VERIFY_MODEL", "LLM_MAX_TOKENS_PER_JOB", "LLM_CALL_TIMEOUT_MS", "LLM_MAX_RETRIES", "LLM_MAX_PAGE_CHARS", "OPENAI_BASE_URL"], k)])
    error_message = "llm_settings may hold LLM_CONCURRENCY, LLM_MAX_CONCURRENCY, LLM_RPM, LLM_TPM, LLM_PRICE_*_PER_MTOK, LLM_VERIFY, LLM_VERIFY_MODEL, LLM_MAX_TOKENS_PER_JOB, LLM_CALL_TIMEOUT_MS, LLM_MAX_RETRIES, LLM_MAX_PAGE_CHARS and OPENAI_BASE_URL (keys go to llm_api_key_secrets)."
  }
}

variable "vertex_location" {
  description = "Vertex AI location (e.g. us-central1). Set it to use Vertex AI: the service gets GOOGLE_VERTEX_PROJECT/GOOGLE_VERTEX_LOCATION and the Vertex AI User role. Empty: no Vertex AI."
  type        = string
  default     = ""
}

# ---- Cloud SQL

variable "db_tier" {
  description = "Cloud SQL machine tier. db-custom-1-3840 (1 vCPU, 3.75 GB) allows 100 connections; shared-core tiers (db-f1-micro: 25, db-g1-small: 50) are cheaper and have no SLA."
  type        = string
  default     = "db-custom-1-3840"
}

variable "db_version" {
  description = "Postgres version of the Cloud SQL instance."
  type        = string
  default     = "POSTGRES_17"
}

variable "db_availability_type" {
  description = "ZONAL, or REGIONAL for a standby in a second zone (twice the price)."
  type        = string
  default     = "ZONAL"

  validation {
    condition     = contains(["ZONAL", "REGIONAL"], var.db_availability_type)
    error_message = "db_availability_type must be ZONAL or REGIONAL."
  }
}

variable "db_disk_size_gb" {
  description = "Initial disk size of the database in GB (it grows by itself)."
  type        = number
  default     = 10
}

variable "db_name" {
  description = "Name of the database the app uses."
  type        = string
  default     = "quizstream"
}

variable "db_user" {
  description = "Database user of the app; its password is generated and kept in Secret Manager inside DATABASE_URL."
  type        = string
  default     = "quizstream"
}

# ---- buckets

variable "data_bucket_name" {
  description = "Bucket for uploaded PDFs, mounted as DATA_DIR. Empty: PROJECT-SERVICE-data."
  type        = string
  default     = ""
}

variable "web_bucket_name" {
  description = "Bucket the static web app is synced to (npm run build + gcloud storage rsync). Empty: PROJECT-SERVICE-web."
  type        = string
  default     = ""
}

variable "web_bucket_public" {
  description = "Let anyone read the web bucket, so the web app can be served from it."
  type        = bool
  default     = true
}

variable "web_origin" {
  description = "Origin the bucket-hosted web app is served from, allowed by CORS. The default is the bucket's own public URL; set your domain when a load balancer or CDN serves the bucket, or empty for none."
  type        = string
  default     = "https://storage.googleapis.com"
}

# ---- monitoring

variable "alert_email" {
  description = "Email address that receives the alerts. Empty: alert policies without notification (visible in the console only)."
  type        = string
  default     = ""
}

variable "uptime_check_period" {
  description = "How often the uptime check calls /healthz: 60s, 300s, 600s or 900s. With min_instances 0 it keeps an instance warm."
  type        = string
  default     = "300s"

  validation {
    condition     = contains(["60s", "300s", "600s", "900s"], var.uptime_check_period)
    error_message = "uptime_check_period must be 60s, 300s, 600s or 900s."
  }
}

variable "error_rate_threshold" {
  description = "Alert when more than this share of requests answer 5xx over 5 minutes."
  type        = number
  default     = 0.05
}

variable "stream_error_rate_threshold" {
  description = "Alert when stream and job failures exceed this share of streams opened over 10 minutes."
  type        = number
  default     = 0.1
}

variable "saturation_threshold" {
  description = "Alert when instances, CPU or request concurrency stay above this share of their limit for 10 minutes."
  type        = number
  default     = 0.8

  validation {
    condition     = var.saturation_threshold > 0 && var.saturation_threshold <= 1
    error_message = "saturation_threshold must be in (0, 1]."
  }
}
