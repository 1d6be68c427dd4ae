#!/usr/bin/env bash
# Builds, beside the calculator, what it does not carry itself, and names
# each file by its content so that a host may cache it for good:
#
# - ask.html and ask/ask-HASH.js, _bg.wasm: the help-center embed's "what
#   does it cost me" page (the `ask` binary, src/ask.rs), which never loads
#   the full calculator;
# - lang/<code>-HASH.ftl: each language's texts but English's (built into
#   both pages), from locales/<code>.ftl, loaded when first chosen.
#
# index.html gets a <meta name="tierwise:PART" content="PATH"> for each
# language file, which www/on_demand.js reads. Trunk runs this after every
# build (Trunk.toml's post_build hook), with TRUNK_PROFILE and
# TRUNK_STAGING_DIR set; run by hand it builds the release files into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out="${TRUNK_STAGING_DIR:-dist}"
profile="${TRUNK_PROFILE:-release}"
flags=()
if [ "$profile" = release ]; then flags=(--release); fi
mkdir -p "$out/lang"

# The embed's question page: ask/ask-HASH.js and ask.html.
cargo build --bin ask "${flags[@]}" --target wasm32-unknown-unknown
wasm="target/wasm32-unknown-unknown/$profile/ask.wasm"
hash=$(sha256sum "$wasm" | cut -c1-16)
ask="ask-$hash"
rm -rf "$out/ask"
mkdir -p "$out/ask"
wasm-bindgen --target web --no-typescript --out-dir "$out/ask" --out-name "$ask" "$wasm"
if [ "$profile" = release ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/ask/${ask}_bg.wasm" -o "$out/ask/${ask}_bg.wasm"
  for js in "$out/ask/$ask.js" $(find "$out/ask/snippets" -name '*.js' 2>/dev/null); do
    terser "$js" --module --compress --mangle -o "$js"
  done
fi
boot="import init from './$ask.js';
await init();"
boot_name="boot-$(printf '%s' "$boot" | sha256sum | cut -c1-16).js"
printf '%s\n' "$boot" > "$out/ask/$boot_name"

# Every language but English (built in) from its Fluent file, named by its
# content: locales/sv.ftl becomes lang/sv-HASH.ftl.
meta=""
for ftl in locales/*.ftl; do
  lang=$(basename "$ftl" .ftl)
  [ "$lang" = en ] && continue
  file="lang/$lang-$(sha256sum "$ftl" | cut -c1-16).ftl"
  rm -f "$out"/lang/"$lang"-*.ftl "$out"/lang/"$lang"-*.json
  cp "$ftl" "$out/$file"
  meta="$meta${meta:+
}    <meta name=\"tierwise:lang-$lang\" content=\"$file\" />"
done
html="$out/index.html"
if [ -f "$html" ]; then
  # The question's page: the app's style sheet, its module, the same texts.
  css=$(grep -o 'href="[^"]*\.css"' "$html" | head -1 | sed 's/^href="//; s/"$//' || true)
  [ -n "$css" ] || { echo "build-ask: $html links no style sheet" >&2; exit 1; }
  awk -v css="$css" -v boot="ask/$boot_name" -v glue="ask/$ask.js" -v wasm="ask/${ask}_bg.wasm" -v meta="$meta" '
    /<\/head>/ { print meta }
    { gsub("TIERWISE_CSS", css); gsub("TIERWISE_BOOT", boot); gsub("TIERWISE_GLUE", glue); gsub("TIERWISE_WASM", wasm); print }' www/ask.html > "$out/ask.html"
  # Replace the previous build's entries, then add these before </head>.
  grep -v 'name="tierwise:' "$html" > "$html.tmp" || true
  awk -v meta="$meta" '/<\/head>/ && !done { print meta; done = 1 } { print }' "$html.tmp" > "$html"
  rm -f "$html.tmp"
fi
echo "beside the app: $out/ask.html, $(ls "$out"/lang | tr '\n' ' ')"
