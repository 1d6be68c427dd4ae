#!/usr/bin/env bash
# Builds what the app loads on demand into a Trunk staging directory (or
# dist/), and names each file by its content so that a host may cache it
# for good:
#
# - analysis/analysis-HASH.js and _bg.wasm: the advisor and the bill check,
#   a module of their own (`--features analysis`, src/ui/analysis.rs), loaded
#   when one of them is first opened;
# - ask.html and ask/ask-HASH.js: the help-center embed's "what does it
#   cost me" page (`--features ask`, src/ui/ask.rs), which never loads the
#   full app;
# - lang/sv-HASH.json, lang/pl-HASH.json: the Swedish and Polish texts
#   (English is built into the app).
#
# index.html gets a <meta name="tierwise:PART" content="PATH"> for each, which
# www/on_demand.js reads. Trunk runs this after every build (Trunk.toml's
# post_build hook), with TRUNK_PROFILE and TRUNK_STAGING_DIR set; run by
# hand it builds the release module into dist/.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
out="${TRUNK_STAGING_DIR:-dist}"
profile="${TRUNK_PROFILE:-release}"
flags=()
if [ "$profile" = release ]; then flags=(--release); fi
cargo rustc --lib "${flags[@]}" --target wasm32-unknown-unknown --features analysis --crate-type cdylib
wasm="target/wasm32-unknown-unknown/$profile/tierwise.wasm"
hash=$(sha256sum "$wasm" | cut -c1-16)
name="analysis-$hash"
rm -rf "$out/analysis"
mkdir -p "$out/analysis" "$out/lang"
wasm-bindgen --target web --no-typescript --out-dir "$out/analysis" --out-name "$name" "$wasm"
if [ "$profile" = release ]; then
  wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int --enable-sign-ext \
    --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/analysis/${name}_bg.wasm" -o "$out/analysis/${name}_bg.wasm"
  for js in "$out/analysis/$name.js" $(find "$out/analysis/snippets" -name '*.js'); do
    terser "$js" --module --compress --mangle -o "$js"
  done
fi
meta="    <meta name=\"tierwise:analysis\" content=\"analysis/$name.js\" />"

# The embed's "what does it cost me" page: ask/ask-HASH.js and ask.html.
cargo rustc --lib "${flags[@]}" --target wasm32-unknown-unknown --features ask --crate-type cdylib
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
boot="import init, { ask } from './$ask.js';
await init();
ask(document.getElementById('ask'));"
boot_name="boot-$(printf '%s' "$boot" | sha256sum | cut -c1-16).js"
printf '%s\n' "$boot" > "$out/ask/$boot_name"
for lang in sv pl; do
  file="lang/$lang-$(sha256sum "www/lang/$lang.json" | cut -c1-16).json"
  rm -f "$out"/lang/"$lang"-*.json
  cp "www/lang/$lang.json" "$out/$file"
  meta="$meta
    <meta name=\"tierwise:lang-$lang\" content=\"$file\" />"
done
html="$out/index.html"
if [ -f "$html" ]; then
  # The question's page: the app's style sheet, its module, the same texts.
  css=$(grep -o 'href="[^"]*\.css"' "$html" | head -1 | sed 's/^href="//; s/"$//' || true)
  [ -n "$css" ] || { echo "build-analysis: $html links no style sheet" >&2; exit 1; }
  langs=$(printf '%s\n' "$meta" | grep 'tierwise:lang-')
  awk -v css="$css" -v boot="ask/$boot_name" -v glue="ask/$ask.js" -v wasm="ask/${ask}_bg.wasm" -v meta="$langs" '
    /<\/head>/ { print meta }
    { gsub("TIERWISE_CSS", css); gsub("TIERWISE_BOOT", boot); gsub("TIERWISE_GLUE", glue); gsub("TIERWISE_WASM", wasm); print }' www/ask.html > "$out/ask.html"
  # Replace the previous build's entries, then add these before </head>.
  grep -v 'name="tierwise:' "$html" > "$html.tmp" || true
  awk -v meta="$meta" '/<\/head>/ && !done { print meta; done = 1 } { print }' "$html.tmp" > "$html"
  rm -f "$html.tmp"
fi
echo "on demand: $out/analysis/$name.js, $out/ask.html, $(ls "$out"/lang | tr '\n' ' ')"
