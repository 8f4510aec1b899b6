#!/usr/bin/env bash
# Renders the icon's PNG sizes, the Windows .ico and the macOS .icns from corroborate.svg.
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")"
for s in 16 24 32 48 64 128 256 512; do
  rsvg-convert -w "$s" -h "$s" corroborate.svg -o "corroborate-$s.png"
done
convert corroborate-{16,24,32,48,64,256}.png corroborate.ico
png2icns corroborate.icns corroborate-{16,32,48,128,256,512}.png >/dev/null
