# Terraform and provider versions. The google provider 7.x has every Cloud Run v2 field used here
# (session affinity, CPU always allocated, Cloud Storage volumes with mount options).
terraform {
  required_version = ">= 1.9"

  required_providers {
    google = {
      source  = "hashicorp/google"
      version = "~> 7.10"
    }
    random = {
      source  = "hashicorp/random"
      version = "~> 3.6"
    }
  }

  # State holds the database password: keep it in a private bucket, e.g.
  #   terraform init -backend-config="bucket=MY_STATE_BUCKET" -backend-config="prefix=quizstream"
  # after replacing this comment with:  backend "gcs" {}
}

provider "google" {
  project = var.project_id
  region  = var.region
}
