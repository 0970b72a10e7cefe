#!/usr/bin/env bash
# Derives the fonts of the PDF export (assets/fonts/) from Tinos 1.33, as
# shipped by Debian's fonts-croscore package (SIL Open Font License 1.1).
# The committed files are the output of this script; rerun it only to change
# the character set, then commit the new files.
#
# Input: the unpacked .deb, by default under /tmp/fontdl/x (override with
# CROSCORE_ROOT):
#   apt-get download fonts-croscore && dpkg-deb -x fonts-croscore_*.deb /tmp/fontdl/x
# Tool: fontTools' pyftsubset (pip install fonttools; made with 4.68.0).
#
# What is kept:
# - the characters the self-review can contain (UNICODES below): Basic
#   Latin, Latin-1, every Vietnamese letter, the combining tone marks, the
#   usual typographic punctuation, a few symbols people type (₫, €, №,
#   arrows, ≤ ≥ ≠ ≈ −) and the bullets word processors paste (■ □ ● ○ …);
# - the outlines and horizontal metrics, the cmap, and every name record
#   (the copyright and licence strings stay in the font).
# What is dropped:
# - TrueType hinting (PDF viewers and printers rasterise without it);
# - the OpenType layout tables (GSUB, GPOS, GDEF): the PDF is laid out
#   without shaping (text is NFC, every Vietnamese letter has a precomposed
#   glyph; see core::pdf::font).
# krilla subsets the fonts again for each PDF, keeping only the glyphs used.
set -euo pipefail
cd "$(dirname "$0")/.."

src="${CROSCORE_ROOT:-/tmp/fontdl/x}"
fonts="$src/usr/share/fonts/truetype/croscore"
copyright="$src/usr/share/doc/fonts-croscore/copyright"
out=assets/fonts

command -v pyftsubset >/dev/null || {
  echo "pyftsubset not found: pip install fonttools" >&2
  exit 1
}

UNICODES=(
  U+0020-007E            # Basic Latin
  U+00A0-00FF            # Latin-1 Supplement
  U+0102-0103 U+0110-0111 U+0128-0129 U+0168-0169
  U+01A0-01A1 U+01AF-01B0 # Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư
  U+1EA0-1EF9            # Vietnamese letters with tone marks
  U+0300-0303 U+0309 U+0323 # combining grave, acute, circumflex, tilde, hook above, dot below
  U+2010-2015            # hyphens and dashes (– —)
  U+2018-201E            # quotation marks (‘ ’ “ ”)
  U+2020-2022 U+2026     # † ‡ • …
  U+2030 U+2032-2033 U+2039-203A # ‰ ′ ″ ‹ ›
  U+20AB U+20AC          # ₫ €
  U+2116 U+2122          # № ™
  U+2190-2193            # ← ↑ → ↓
  U+2212 U+2248 U+2260 U+2264-2265 # − ≈ ≠ ≤ ≥
  U+25A0-25A1 U+25AA-25AB U+25BA U+25CB U+25CF U+25E6 # ■ □ ▪ ▫ ► ○ ● ◦ (bullets pasted from word processors)
)
unicodes=$(IFS=,; echo "${UNICODES[*]}")

mkdir -p "$out"
for face in Regular Bold Italic; do
  pyftsubset "$fonts/Tinos-$face.ttf" \
    --unicodes="$unicodes" \
    --output-file="$out/Tinos-$face.ttf" \
    --layout-features= \
    --drop-tables+=GSUB,GPOS,GDEF \
    --no-hinting \
    --name-IDs='*' \
    --name-languages='*' \
    --notdef-outline \
    --recalc-bounds
done

# The licence text, as Debian ships it in the package's copyright file
# (machine-readable format: continuation lines start with one space, and a
# lone "." stands for an empty line).
{
  echo "Tinos fonts: Copyright 2010 Google Inc. All Rights Reserved."
  echo "Subset for Kiểm điểm by scripts/subset-fonts.sh (character set and"
  echo "table choices documented there); the font names are unchanged."
  echo
  echo "This Font Software is licensed under the SIL Open Font License, Version 1.1."
  echo "This license is copied below, and is also available with a FAQ at:"
  echo "https://openfontlicense.org"
  echo
  echo "-----------------------------------------------------------"
  echo "SIL OPEN FONT LICENSE Version 1.1 - 26 February 2007"
  echo "-----------------------------------------------------------"
  echo
  # The stand-alone "License: OFL-1.1" paragraph (the "Files:" paragraphs
  # name the licence on a line of their own with nothing indented after it).
  awk '
    /^License: OFL-1.1$/ && !done { on = 1; next }
    on && !/^ / { on = 0; if (printed) done = 1 }
    on { line = substr($0, 2); if (line == ".") line = ""; print line; printed = 1 }
  ' "$copyright"
} >"$out/OFL.txt"

ls -l "$out"
