//! Any text as a share-link fragment: split, decode, read. Never a panic; a
//! link that reads, written again, reads back to the same scenarios.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tierwise_app::share::{self, Packing};

fuzz_target!(|data: &[u8]| {
    let Ok(fragment) = std::str::from_utf8(data) else { return };
    // A deflated payload is inflated by the browser; plain JSON is read here.
    if let Ok(Some((version, Packing::Json, bytes))) = share::split(fragment) {
        if let Ok(shared) = share::read_link(version, &bytes) {
            let scenarios: Vec<_> = shared.scenarios.iter().collect();
            let (version, json) = share::payload(&scenarios, shared.active);
            let again = share::fragment(version, Packing::Json, json.as_bytes());
            let (version, _, bytes) = share::split(&again).expect("a fresh link splits").expect("has a payload");
            let back = share::read_link(version, &bytes).expect("a fresh link reads");
            assert_eq!(back.scenarios, shared.scenarios);
        }
    }
});
