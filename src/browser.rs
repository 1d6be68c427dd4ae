//! Thin wrappers over the browser: storage, the URL, downloads, files,
//! the clipboard, compression, the painted frame. Failures come back as
//! values, never panics.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen(module = "/www/share.js")]
extern "C" {
    #[wasm_bindgen(js_name = canCompress)]
    fn can_compress() -> bool;
    #[wasm_bindgen(catch)]
    async fn deflate(bytes: &[u8]) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch)]
    async fn inflate(bytes: &[u8]) -> Result<JsValue, JsValue>;
}

/// JSON text indented for people to read, by the browser's own `JSON`
/// (one serializer of the scenario in the bundle, not a second, pretty
/// one). Every number in a scenario is a count of at most 15 digits,
/// which a JavaScript number holds exactly; unreadable text stays as it is.
pub fn indented(text: &str) -> String {
    js_sys::JSON::parse(text)
        .ok()
        .and_then(|v| {
            js_sys::JSON::stringify_with_replacer_and_space(
                &v,
                &JsValue::NULL,
                &JsValue::from_f64(2.0),
            )
            .ok()
        })
        .and_then(|s| s.as_string())
        .map_or_else(|| text.to_string(), |s| s + "\n")
}

fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// localStorage, when the browser allows it (private modes may not).
fn storage() -> Option<web_sys::Storage> {
    window()?.local_storage().ok().flatten()
}

/// Moves the keyboard focus to the first element `selector` finds, if any.
pub fn focus(selector: &str) {
    if let Some(el) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(selector).ok().flatten())
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}

/// Reads a key.
pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Writes a key; `false` when storage is unavailable or full.
pub fn store(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

/// Removes a key.
pub fn forget(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// The page's fragment, without `#`.
pub fn fragment() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .map(|h| h.trim_start_matches('#').to_string())
        .unwrap_or_default()
}

/// A query parameter: `Some("")` for a bare flag such as `?embed`.
pub fn query(name: &str) -> Option<String> {
    let search = window()?.location().search().ok()?;
    web_sys::UrlSearchParams::new_with_str(&search)
        .ok()?
        .get(name)
}

/// Sets the fragment without adding a history entry; returns the full URL.
pub fn set_fragment(fragment: &str) -> Option<String> {
    let w = window()?;
    let loc = w.location();
    // The query (`?lang=…`) stays; an empty search is "".
    let url = format!(
        "{}{}{}#{fragment}",
        loc.origin().ok()?,
        loc.pathname().ok()?,
        loc.search().unwrap_or_default()
    );
    w.history()
        .ok()?
        .replace_state_with_url(&JsValue::NULL, "", Some(&url))
        .ok()?;
    Some(url)
}

/// Copies text to the clipboard (best effort: the link is also shown on screen).
pub fn copy(text: &str) {
    if let Some(w) = window() {
        let _ = w.navigator().clipboard().write_text(text);
    }
}

/// Offers `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) -> bool {
    let run = || -> Option<()> {
        let parts = Array::of1(&JsValue::from_str(text));
        let opts = web_sys::BlobPropertyBag::new();
        opts.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let doc = window()?.document()?;
        let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
        a.set_href(&url);
        a.set_download(name);
        a.click();
        let _ = web_sys::Url::revoke_object_url(&url);
        Some(())
    };
    run().is_some()
}

/// The file just chosen in a file input, if any. The input is cleared, so
/// choosing the same file again fires again.
pub fn chosen_file(e: &web_sys::Event) -> Option<web_sys::File> {
    let input = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())?;
    let file = input.files().and_then(|f| f.get(0));
    input.set_value("");
    file
}

/// Reads a chosen file as text.
pub async fn file_text(file: web_sys::File) -> Result<String, String> {
    if file.size() > 16.0 * 1024.0 * 1024.0 {
        return Err(format!(
            "the file is {} MB; the most is 16 MB",
            (file.size() / 1_048_576.0) as u64
        ));
    }
    let text = JsFuture::from(file.text())
        .await
        .map_err(|_| "the file could not be read".to_string())?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_string())
}

/// Compresses bytes, or `None` where the browser cannot.
pub async fn compress(bytes: &[u8]) -> Option<Vec<u8>> {
    if !can_compress() {
        return None;
    }
    let out = deflate(bytes).await.ok()?;
    Some(Uint8Array::new(&out).to_vec())
}

/// Decompresses bytes; `Err` for a damaged stream.
pub async fn decompress(bytes: &[u8]) -> Result<Vec<u8>, ()> {
    if !can_compress() {
        return Err(());
    }
    let out = inflate(bytes).await.map_err(|_| ())?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// Opens the browser's print dialog.
pub fn print() {
    if let Some(w) = window() {
        let _ = w.print();
    }
}

/// Takes the first-screen script's marks off the root the app is about to
/// draw into (`www/first-screen.js`): the app's own figures replace the
/// prerendered ones, in the same frame.
pub fn clear_first_screen(root: &web_sys::Element) {
    let _ = root.remove_attribute("aria-busy");
    let classes = root.class_list();
    for c in [
        "first-screen-opening",
        "first-screen-other-day",
        "first-screen-failed",
    ] {
        let _ = classes.remove_1(c);
    }
}

/// Resolves once the browser has painted the frame the last render drew:
/// after the next animation frame, in a task of its own (a zero timeout).
pub async fn after_paint() {
    let frame = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = window() {
            let _ = w.request_animation_frame(&resolve);
        }
    });
    let _ = JsFuture::from(frame).await;
    gloo_timers::future::TimeoutFuture::new(0).await;
}
