#!/usr/bin/env bash
# Gathers the manuals the offline generator is measured on beyond the corpus (docs/languages.md, "Measured on
# other languages", and the held-out manuals of docs/quality.md): the PDFs of Debian's documentation packages,
# in the languages the corpus lacks, and English manuals. Needs apt-get (the Debian archive) and dpkg-deb.
#
#   eval/other-manuals.sh /tmp/manuals            # every package below
#   npm run eval -- /tmp/manuals --sample 2000 --out /tmp/manuals.md
#
# A package whose PDF is a one-page stub (the Japanese and Korean FAQs, the Italian and Russian developer's
# references of this release) is left out, and said so.
set -euo pipefail

out="${1:?usage: eval/other-manuals.sh <folder for the PDFs>}"
mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# package -> the PDF it holds (a path inside the package; .gz is unpacked)
declare -A PDF=(
  [debian-reference-it]=usr/share/debian-reference/debian-reference.it.pdf
  [debian-reference-pt]=usr/share/debian-reference/debian-reference.pt.pdf
  [debian-reference-ja]=usr/share/debian-reference/debian-reference.ja.pdf
  [debian-reference-de]=usr/share/debian-reference/debian-reference.de.pdf
  [debian-reference-fr]=usr/share/debian-reference/debian-reference.fr.pdf
  [debian-reference-es]=usr/share/debian-reference/debian-reference.es.pdf
  [debian-reference-en]=usr/share/debian-reference/debian-reference.en.pdf
  [debian-faq-it]=usr/share/doc/debian/FAQ/debian-faq.it.pdf.gz
  [debian-faq-pt]=usr/share/doc/debian/FAQ/debian-faq.pt.pdf.gz
  [debian-faq-ru]=usr/share/doc/debian/FAQ/debian-faq.ru.pdf.gz
  [debian-faq]=usr/share/doc/debian/FAQ/debian-faq.en.pdf.gz
  [developers-reference-de]=usr/share/developers-reference/de/developers-reference.pdf
  [developers-reference-fr]=usr/share/developers-reference/fr/developers-reference.pdf
  [gnuplot-doc]=usr/share/doc/gnuplot/gnuplot.pdf
  [r-doc-pdf]="usr/share/R/doc/manual/R-intro.pdf usr/share/R/doc/manual/R-lang.pdf"
)
# Smaller than this, a PDF is a stub that points to the web.
STUB_BYTES=50000

cd "$work"
if ! apt-get download "${!PDF[@]}" >/dev/null 2>apt.log; then
  cat apt.log >&2
  exit 1
fi
for deb in ./*.deb; do
  package="$(dpkg-deb -f "$deb" Package)"
  dpkg-deb -x "$deb" "extract-$package"
  for inside in ${PDF[$package]}; do
    file="extract-$package/$inside"
    if [[ ! -f "$file" ]]; then
      echo "$package: no $inside in this release" >&2
      continue
    fi
    name="$(basename "${inside%.gz}")"
    # "debian-reference.it.pdf", "R-intro.pdf"; the developer's references and the FAQ get their language.
    case "$package" in
      developers-reference-*) name="$package.pdf" ;;
      debian-faq*) name="${name/debian-faq./debian-faq-}" ;;
    esac
    if [[ "$file" == *.gz ]]; then gunzip -c "$file" >"$out/$name"; else cp "$file" "$out/$name"; fi
    if (($(stat -c %s "$out/$name") < STUB_BYTES)); then
      echo "$package: $name is a stub, left out" >&2
      rm "$out/$name"
    fi
  done
done
ls -1 "$out"
