//! Share links: everything the sender saw in the URL fragment, versioned and
//! compact.
//!
//! `#s=1z.<base64url(deflate-raw(JSON))>`, or `#s=1j.<base64url(JSON)>` where
//! the browser cannot compress. The digit is the link format's version:
//! version 1 carries one scenario (the public scenario format); version 2
//! carries every branch being compared and which one was active, in the
//! shape the app keeps its last working state in (`{"branches": [...],
//! "active": 1}`), which is also the file offered when a link is too long
//! to send. The browser does the
//! (de)compression; everything else, including every check of a hostile or
//! truncated link, is here in plain Rust.

use base64::alphabet;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};
use base64::Engine as _;
use tierwise_engine::{self as engine, Error, ErrorCode, Scenario};

use crate::catalogue::T;
use crate::state::Notice;

/// The newest link format this build reads and writes: 2, several
/// branches. A single scenario is still written as version 1, which every
/// earlier build reads.
pub const LINK_VERSION: u32 = 2;
/// About the longest link common mail programs pass on whole.
pub const MAIL_SAFE: usize = 2000;

/// What a link or a shared file carries: the branches and the active one.
#[derive(Debug, Clone, PartialEq)]
pub struct Shared {
    /// The scenarios, one per branch, in the order of the tabs.
    pub scenarios: Vec<Scenario>,
    /// The index of the one that was being edited.
    pub active: usize,
}
/// The longest fragment accepted (a 100,000-event scenario is far shorter
/// once compressed).
pub const MAX_LINK: usize = 8 * 1024 * 1024;

/// How the payload is packed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Packing {
    /// Raw deflate (`CompressionStream("deflate-raw")`).
    Deflate,
    /// Plain JSON.
    Json,
}

/// What is wrong with a link. The interface says it with the catalog's
/// `LinkBroken`, `LinkNewer` and `LinkScenario` messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not a Tierwise link, or damaged (the reason, for the curious).
    Broken(&'static str),
    /// Made by a newer version of Tierwise.
    Newer(u32),
    /// The scenario inside does not parse or check.
    Scenario(Error),
}

/// base64url as links carry it: written without padding; read with or
/// without it, and with the trailing bits of a hand-shortened link ignored,
/// as every earlier build read them.
const LINK_BASE64: GeneralPurpose = GeneralPurpose::new(
    &alphabet::URL_SAFE,
    GeneralPurposeConfig::new()
        .with_encode_padding(false)
        .with_decode_padding_mode(DecodePaddingMode::Indifferent)
        .with_decode_allow_trailing_bits(true),
);

/// base64url without padding.
pub fn base64url(bytes: &[u8]) -> String {
    LINK_BASE64.encode(bytes)
}

/// Decodes base64url (padding tolerated, and the standard alphabet's `+`
/// and `/`, which a mail program's rewriting may leave).
///
/// # Errors
/// A character outside the alphabet, or an impossible length.
pub fn unbase64url(text: &str) -> Result<Vec<u8>, LinkError> {
    let text = text.replace('+', "-").replace('/', "_");
    LINK_BASE64.decode(text).map_err(|e| {
        LinkError::Broken(match e {
            base64::DecodeError::InvalidLength(_) => "cut off",
            _ => "unexpected character",
        })
    })
}

/// The fragment (without `#`) for a payload of link format `version`.
pub fn fragment(version: u32, packing: Packing, payload: &[u8]) -> String {
    let p = match packing {
        Packing::Deflate => 'z',
        Packing::Json => 'j',
    };
    format!("s={version}{p}.{}", base64url(payload))
}

/// The JSON text of a scenario, as links carry it.
pub fn scenario_json(s: &Scenario) -> String {
    tierwise_engine::format::json::to_text(s)
}

/// What a link carries for these branches, and its format's version: one
/// scenario as itself (version 1), several as the app's session (version 2,
/// `{"branches": [...], "active": 1}`), the shape the last working state is
/// kept in.
pub fn payload(scenarios: &[&Scenario], active: usize) -> (u32, String) {
    match scenarios {
        [one] => (1, scenario_json(one)),
        many => (
            2,
            crate::storage::write_last(many.iter().copied(), active, &Vec::new(), Vec::new()),
        ),
    }
}

/// Reads a session of several branches (a version 2 link, or the file
/// offered instead of a long link).
///
/// # Errors
/// Damaged JSON, no scenarios or more than the app compares, an active
/// index outside them, or a scenario that does not parse or check.
pub fn read_shared(text: &str) -> Result<Shared, LinkError> {
    let bundle =
        crate::storage::read_session(text).map_err(|_| LinkError::Broken("cut off or damaged"))?;
    let n = bundle.branches.len();
    if n == 0 || n > crate::state::MAX_BRANCHES {
        return Err(LinkError::Broken("wrong number of scenarios"));
    }
    let active = usize::try_from(bundle.active).unwrap_or(usize::MAX);
    if active >= n {
        return Err(LinkError::Broken("no such scenario"));
    }
    let scenarios = bundle
        .branches
        .iter()
        .map(|raw| read(raw.get().as_bytes()))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Shared { scenarios, active })
}

/// Reads what a link of `version` carries.
///
/// # Errors
/// As [`read`] and [`read_shared`].
pub fn read_link(version: u32, json: &[u8]) -> Result<Shared, LinkError> {
    if version >= 2 {
        let text = std::str::from_utf8(json).map_err(|_| LinkError::Broken("not text"))?;
        return read_shared(text);
    }
    Ok(Shared {
        scenarios: vec![read(json)?],
        active: 0,
    })
}

/// Splits a fragment into its version, packing and raw payload. `Ok(None)`
/// when the fragment holds no scenario at all (an ordinary page load).
///
/// # Errors
/// A damaged or foreign link, or one from a newer version.
pub fn split(fragment: &str) -> Result<Option<(u32, Packing, Vec<u8>)>, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let Some(body) = fragment.split('&').find_map(|part| part.strip_prefix("s=")) else {
        return Ok(None);
    };
    if body.len() > MAX_LINK {
        return Err(LinkError::Broken("too long"));
    }
    let (head, payload) = body
        .split_once('.')
        .ok_or(LinkError::Broken("no payload"))?;
    let digits: String = head.chars().take_while(char::is_ascii_digit).collect();
    let version: u32 = digits
        .parse()
        .map_err(|_| LinkError::Broken("no version"))?;
    if version > LINK_VERSION {
        return Err(LinkError::Newer(version));
    }
    if version < 1 {
        return Err(LinkError::Broken("unknown version"));
    }
    let packing = match &head[digits.len()..] {
        "z" => Packing::Deflate,
        "j" => Packing::Json,
        _ => return Err(LinkError::Broken("unknown packing")),
    };
    let bytes = unbase64url(payload)?;
    if bytes.is_empty() {
        return Err(LinkError::Broken("empty"));
    }
    Ok(Some((version, packing, bytes)))
}

/// Reads the scenario from a link's (decompressed) JSON bytes.
///
/// # Errors
/// Bytes that are not UTF-8, or a scenario that does not parse or check.
pub fn read(json: &[u8]) -> Result<Scenario, LinkError> {
    let text = std::str::from_utf8(json).map_err(|_| LinkError::Broken("not text"))?;
    let scenario = engine::parse(text).map_err(|e| match e.code() {
        ErrorCode::NewerVersion => LinkError::Newer(
            e.count("version")
                .and_then(|v| u32::try_from(v).ok())
                .unwrap_or(0),
        ),
        ErrorCode::Syntax => LinkError::Broken("cut off or damaged"),
        _ => LinkError::Scenario(e),
    })?;
    Ok(scenario)
}

/// What opening a link or file says: the quote's name, how many scenarios
/// are compared, and whose prices these are.
pub fn opened_notice(shared: &Shared) -> Option<Notice> {
    let s = &shared.scenarios[shared.active.min(shared.scenarios.len() - 1)];
    let name = s.name.clone().filter(|n| !n.trim().is_empty());
    let n = shared.scenarios.len();
    let mut notice = match (name, n) {
        (Some(name), 1) => Notice::info(T::OpenedQuote, &[("name", &name)]),
        (Some(name), _) => {
            Notice::info(T::OpenedCompare, &[("name", &name)]).map(|m| m.with_count("n", n))
        }
        (None, _) => Notice::info(T::OpenedLink, &[]),
    };
    // Said in the language of the moment, which may arrive after the link.
    if let (Some(notice), Some(book)) = (&mut notice, s.prices.as_ref().filter(|b| !b.example)) {
        notice.prices = Some(book.name.clone().unwrap_or_default());
    }
    notice
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64url_round_trips_every_length() {
        for n in 0..70u8 {
            let bytes: Vec<u8> = (0..n).map(|i| i.wrapping_mul(37)).collect();
            assert_eq!(unbase64url(&base64url(&bytes)).unwrap(), bytes);
        }
        assert_eq!(base64url(b"\xfb\xff"), "-_8");
    }

    /// Links made by the version of 2026-12-06 (captured from it) open to
    /// the same scenarios.
    #[test]
    fn links_from_the_earlier_version_open() {
        let spec =
            engine::parse(include_str!("../../../tests/fixtures/spec-example.json")).unwrap();
        let starter =
            engine::parse(include_str!("../../../tests/fixtures/starter-monthly.json")).unwrap();
        for (text, want, active) in [
            (
                include_str!("../../../tests/fixtures/links/v1-json-2026-12-06.txt"),
                vec![spec.clone()],
                0,
            ),
            (
                include_str!("../../../tests/fixtures/links/v2-json-2026-12-06.txt"),
                vec![spec.clone(), starter.clone()],
                1,
            ),
        ] {
            let (version, _, bytes) = split(&format!("#{}", text.trim())).unwrap().unwrap();
            let shared = read_link(version, &bytes).unwrap();
            assert_eq!((shared.scenarios, shared.active), (want, active));
        }
        let file =
            include_str!("../../../tests/fixtures/sessions/file-two-branches-2026-12-06.json");
        assert_eq!(read_shared(file).unwrap().scenarios, vec![spec, starter]);
    }

    #[test]
    fn a_json_link_round_trips() {
        let s = engine::parse(include_str!("../../../tests/fixtures/spec-example.json")).unwrap();
        let (version, json) = payload(&[&s], 0);
        assert_eq!(version, 1, "one scenario stays readable by every build");
        let f = fragment(version, Packing::Json, json.as_bytes());
        let (version, packing, bytes) = split(&format!("#{f}")).unwrap().unwrap();
        assert_eq!(packing, Packing::Json);
        assert_eq!(read_link(version, &bytes).unwrap().scenarios, vec![s]);
    }

    /// Issue 19, item 4: a link carries every branch and the active one.
    #[test]
    fn a_link_of_several_branches_round_trips_with_the_active_one() {
        let a = engine::parse(include_str!("../../../tests/fixtures/spec-example.json")).unwrap();
        let mut b = a.clone();
        b.name = Some("Monthly".into());
        let mut c = a.clone();
        c.name = Some("After the update".into());
        let (version, json) = payload(&[&a, &b, &c], 2);
        assert_eq!(version, 2);
        let f = fragment(version, Packing::Json, json.as_bytes());
        let (version, _, bytes) = split(&format!("#{f}")).unwrap().unwrap();
        let shared = read_link(version, &bytes).unwrap();
        assert_eq!(shared.scenarios, vec![a.clone(), b, c]);
        assert_eq!(shared.active, 2);
        // The same JSON is the file offered for a long link.
        assert_eq!(read_shared(&json).unwrap(), shared);
    }

    #[test]
    fn a_damaged_bundle_says_so() {
        let a = scenario_json(
            &engine::parse(include_str!("../../../tests/fixtures/spec-example.json")).unwrap(),
        );
        let broken = |t: &str| matches!(read_shared(t), Err(LinkError::Broken(_)));
        assert!(broken(r#"{"active":0,"branches":[]}"#));
        assert!(broken(&format!(r#"{{"active":1,"branches":[{a}]}}"#)));
        assert!(broken(&format!(r#"{{"active":0,"branches":[{a}"#)));
        let seven = [a.as_str(); 7].join(",");
        assert!(broken(&format!(r#"{{"active":0,"branches":[{seven}]}}"#)));
        assert!(matches!(
            read_shared(r#"{"active":0,"branches":[{"version":1}]}"#),
            Err(LinkError::Scenario(_))
        ));
    }

    #[test]
    fn broken_and_newer_links_say_so() {
        assert_eq!(split("").unwrap(), None);
        assert_eq!(split("#embed").unwrap(), None);
        assert_eq!(split("#s=3z.AAAA"), Err(LinkError::Newer(3)));
        assert!(matches!(split("#s=1z"), Err(LinkError::Broken(_))));
        assert!(matches!(split("#s=1q.AAAA"), Err(LinkError::Broken(_))));
        assert!(matches!(split("#s=1j.A"), Err(LinkError::Broken(_))));
        assert!(matches!(split("#s=1j.<script>"), Err(LinkError::Broken(_))));
        let s = engine::parse(include_str!("../../../tests/fixtures/spec-example.json")).unwrap();
        let json = scenario_json(&s);
        let truncated = &json.as_bytes()[..json.len() / 2];
        assert!(matches!(read(truncated), Err(LinkError::Broken(_))));
        assert!(matches!(
            read(br#"{"version": 3}"#),
            Err(LinkError::Newer(3))
        ));
        assert!(crate::catalogue::T::LinkNewer
            .text(crate::catalogue::Lang::EN)
            .contains("newer version of Tierwise"));
    }
}
