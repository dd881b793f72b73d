#!/usr/bin/env bash
# Derived scans of the visible corpus, the way a printed, stamped, scanned report looks: each born-digital PDF of
# fixtures/corpus rendered by pdftoppm (poppler) at 100, 120, 150, 200 and 300 dpi in grayscale, turned by ±1.5°,
# with noise, saved as JPEG of quality 40–80, a red round seal stamped over a table; each variant also as an
# image-only PDF. The 100 and 120 dpi variants (`r100`, `r120-blur`) are poor scans whose faint figures vanish. Needs poppler-utils and ImageMagick (with the PDF coder allowed in /etc/ImageMagick-6/policy.xml).
# Usage: bash packages/ocr/scripts/make-scans.sh OUT_DIR [PDF…]   (default: every PDF of fixtures/corpus)
# MAKE_SCANS_VARIANTS="r200-tilt …" makes only the variants named (default: all of them).
set -euo pipefail
out=${1:?usage: make-scans.sh OUT_DIR [PDF…]}
shift
root=$(cd "$(dirname "$0")/../../.." && pwd)
if [ $# -eq 0 ]; then set -- "$root"/fixtures/corpus/*.pdf; fi
mkdir -p "$out"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# name  dpi  angle  noise  quality  seal
variants=(
  "r100 100 0.8 0.7 45 no"
  "r120-blur 120 -0.5 0.9 40 no"
  "r150 150 0 0 80 no"
  "r200-tilt 200 1.5 0.6 70 no"
  "r200-seal 200 -1.5 0.6 60 yes"
  "r300-tilt 300 -1.5 0.8 50 no"
)

seal() { # draws a red round seal, 4 cm across, centred at x%, y% of the page
  local file=$1 x=$2 y=$3 dpi=$4
  local w h r
  w=$(identify -format %w "$file"); h=$(identify -format %h "$file")
  r=$((dpi * 20 / 25 ))
  local cx=$((w * x / 100)) cy=$((h * y / 100))
  convert "$file" -fill none -stroke 'rgba(220,30,30,0.75)' -strokewidth $((dpi / 40)) \
    -draw "circle $cx,$cy $((cx + r)),$cy" -draw "circle $cx,$cy $((cx + r * 85 / 100)),$cy" \
    -fill 'rgba(220,30,30,0.75)' -stroke none -draw "translate $cx,$cy polygon 0,-$((r / 3)) $((r / 10)),-$((r / 10)) $((r / 3)),-$((r / 12)) $((r / 8)),$((r / 10)) $((r / 5)),$((r / 3)) 0,$((r / 6)) -$((r / 5)),$((r / 3)) -$((r / 8)),$((r / 10)) -$((r / 3)),-$((r / 12)) -$((r / 10)),-$((r / 10))" \
    "$file"
}

for pdf in "$@"; do
  base=$(basename "$pdf" .pdf)
  for variant in "${variants[@]}"; do
    read -r name dpi angle noise quality stamp <<<"$variant"
    if [ -n "${MAKE_SCANS_VARIANTS:-}" ] && [[ " $MAKE_SCANS_VARIANTS " != *" $name "* ]]; then continue; fi
    rm -f "$work"/page-*
    pdftoppm -r "$dpi" -gray -png "$pdf" "$work/page"
    pages=()
    for page in "$work"/page-*.png; do
      jpg="${page%.png}.jpg"
      if [ "$stamp" = yes ]; then
        convert "$page" -colorspace sRGB -type TrueColor "$page"
        seal "$page" 62 55 "$dpi"
      fi
      convert "$page" -background white -rotate "$angle" -attenuate "$noise" +noise Gaussian -quality "$quality" "$jpg"
      pages+=("$jpg")
    done
    convert "${pages[@]}" -density "$dpi" -units PixelsPerInch -compress JPEG -quality "$quality" "$out/$base.$name.pdf"
    cp "${pages[0]}" "$out/$base.$name.p1.jpg"
  done
done
