#!/bin/sh
# Installs the fonts the server prints quizzes to PDF with (deploy/Dockerfile, build argument PDF_FONTS): Debian
# packages, fonts-noto-core (every script but Chinese, Japanese and Korean) and fonts-noto-cjk by default. A
# package already installed is left as it is, so that running it again, or on a machine that has them, does
# nothing.
#
#   pdf-fonts.sh "fonts-noto-core fonts-noto-cjk"   install those of them that are missing
#   pdf-fonts.sh --print "fonts-noto-core"          print the packages it would install, one per line
#   pdf-fonts.sh ""                                 install none (PDFs then print most scripts as empty boxes)
#
# Packages are separated by spaces or ","; a name that is not a font package's (fonts-...) stops the build with
# exit code 2, before anything is installed.
set -eu
set -f

print=false
if [ "${1:-}" = "--print" ]; then
  print=true
  shift
fi
if [ "$#" -ne 1 ]; then
  echo "usage: pdf-fonts.sh [--print] PACKAGES   (e.g. \"fonts-noto-core fonts-noto-cjk\")" >&2
  exit 2
fi

packages=""
for package in $(printf '%s' "$1" | tr ',' ' '); do
  if ! printf '%s' "$package" | grep -Eq '^fonts-[a-z0-9][a-z0-9.+-]*$'; then
    echo "pdf-fonts: \"$package\" is not the name of a Debian font package (such as fonts-noto-core)" >&2
    exit 2
  fi
  if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed'; then
    continue
  fi
  case " $packages " in
    *" $package "*) ;;
    *) packages="$packages $package" ;;
  esac
done

if [ "$print" = true ]; then
  for package in $packages; do echo "$package"; done
  exit 0
fi
[ -z "$packages" ] && exit 0
apt-get update -q
# shellcheck disable=SC2086 # one word per package
apt-get install -y -q --no-install-recommends $packages
rm -rf /var/lib/apt/lists/*
