#!/bin/sh
# Installs the OCR language data the image's OCR_LANGS lists (deploy/Dockerfile, build argument OCR_LANGS):
# Debian's tesseract-ocr-<lang> packages, which hold every language Tesseract knows. English comes with the
# app from npm (@tesseract.js-data/eng), so it needs no package.
#
#   ocr-langs.sh "eng+fra+chi_sim"        install tesseract-ocr-fra and tesseract-ocr-chi-sim
#   ocr-langs.sh --print "eng,fra jpn"    print the packages it would install, one per line, and install none
#
# Languages are separated by "+", "," or spaces, as the server's OCR_LANGS takes them. A code that is not one
# (three small letters, maybe a "_" part as in chi_sim: the server's rule) or an empty list stops the build with
# exit code 2, before anything is installed.
set -eu
# No globbing: a "*" in the list is a bad code, not the names of files.
set -f

print=false
if [ "${1:-}" = "--print" ]; then
  print=true
  shift
fi
if [ "$#" -ne 1 ]; then
  echo "usage: ocr-langs.sh [--print] LANGS   (e.g. \"eng+fra+chi_sim\")" >&2
  exit 2
fi

packages=""
count=0
for lang in $(printf '%s' "$1" | tr '+,' '  '); do
  if ! printf '%s' "$lang" | grep -Eq '^[a-z]{3}(_[a-z]+)?$'; then
    echo "ocr-langs: \"$lang\" is not a Tesseract language code (such as eng, fra or chi_sim)" >&2
    exit 2
  fi
  count=$((count + 1))
  [ "$lang" = "eng" ] && continue
  package="tesseract-ocr-$(printf '%s' "$lang" | tr '_' '-')"
  case " $packages " in
    *" $package "*) ;;
    *) packages="$packages $package" ;;
  esac
done

if [ "$count" -eq 0 ]; then
  echo "ocr-langs: name at least one language, such as eng" >&2
  exit 2
fi
if [ "$print" = true ]; then
  for package in $packages; do echo "$package"; done
  exit 0
fi
[ -z "$packages" ] && exit 0
apt-get update -q
# shellcheck disable=SC2086 # one word per package
apt-get install -y -q --no-install-recommends $packages
rm -rf /var/lib/apt/lists/*
