#!/usr/bin/env bash
# Regenerates the printed-output samples in docs/pdf/ from the CLI (letter pages,
# envelopes from Russia and from abroad, reply envelopes), as PNGs at 60 dpi.
# Needs poppler-utils (pdftoppm). Run from the repository root: bash scripts/pdf-samples/make.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/pdf
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cli() { npm run --silent cli -- "$@" >/dev/null; }
png() { pdftoppm -png -r 60 -f "$2" -l "$2" -singlefile "$1" "$out/$3"; }

TO='445023, Самарская обл., г. Тольятти, Хрящевское ш., д. 3, ФКУ СИЗО-4 ГУФСИН России по Самарской области, Балину Андрею Альбертовичу, 1974 г. р.'
FROM_RU='Петрова Мария Ивановна, ул. Ленина, д. 5, кв. 12, г. Самара, 443001'
FROM_DE='Anna Schmidt, Hauptstrasse 5, 10115 Berlin, Germany'
FROM_KZ='Иванов Иван, пр. Абая, д. 1, кв. 5, г. Алматы, A05D5K4, Казахстан'

cli letter --to "$TO" --from "$FROM_RU" --body scripts/pdf-samples/letter.txt --date 2026-11-25 --return-address -o "$tmp/letter.pdf"
png "$tmp/letter.pdf" 1 letter
png "$tmp/letter.pdf" 2 letter-page2

for f in DL C6 C5 C4 A4; do
  cli envelope --to "$TO" --from "$FROM_RU" --format "$f" -o "$tmp/env-$f.pdf"
  png "$tmp/env-$f.pdf" 1 "envelope-$f"
done
cli envelope --to "$TO" --from "$FROM_RU" --format DL --reply -o "$tmp/reply-DL.pdf"
png "$tmp/reply-DL.pdf" 1 envelope-DL-reply

# Posted from abroad: RUSSIA / РОССИЯ alone on the last line; the reply envelope goes to Germany.
for f in DL C6; do
  cli envelope --international --to "$TO" --from "$FROM_DE" --format "$f" -o "$tmp/abroad-$f.pdf"
  png "$tmp/abroad-$f.pdf" 1 "envelope-$f-abroad"
done
cli envelope --international --to "$TO" --from "$FROM_DE" --format DL --reply -o "$tmp/reply-DE.pdf"
png "$tmp/reply-DE.pdf" 1 envelope-DL-reply-germany
# A writer in Kazakhstan typing Cyrillic: still an address abroad, no Russian stencil, the country last.
cli envelope --international --to "$TO" --from "$FROM_KZ" --format DL --reply -o "$tmp/reply-KZ.pdf"
png "$tmp/reply-KZ.pdf" 1 envelope-DL-reply-kazakhstan
ls -1 "$out"
