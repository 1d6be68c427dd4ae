//! Any text as a share-link fragment: split, decode, read. Never a panic.
#![no_main]
use libfuzzer_sys::fuzz_target;
use tierwise::app::share;

fuzz_target!(|data: &[u8]| {
    let Ok(fragment) = std::str::from_utf8(data) else { return };
    if let Ok(Some((_, bytes))) = share::split(fragment) {
        if let Ok(scenario) = share::read(&bytes) {
            let json = share::scenario_json(&scenario);
            let again = share::fragment(share::Packing::Json, json.as_bytes());
            let (_, bytes) = share::split(&again).expect("a fresh link splits").expect("has a payload");
            assert_eq!(share::read(&bytes).expect("a fresh link reads"), scenario);
        }
    }
});
