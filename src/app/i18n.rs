//! Every sentence a person reads, in English, Swedish and Polish (the source
//! article's two translations). The [`messages!`] table makes a missing
//! translation a compile error; tests check placeholders and untranslated
//! copies. Numbers, dates and money are formatted by `Intl` for the language.

use crate::engine::error::{Error, ErrorCode};
use crate::engine::outcome::WarningKind;
use crate::engine::plan::EventRef;

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// English.
    #[default]
    En = 0,
    /// Svenska.
    Sv = 1,
    /// Polski.
    Pl = 2,
}

impl Lang {
    /// Every language, in the switcher's order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Sv, Lang::Pl];

    /// The language for a BCP 47 tag such as `sv-SE` (English otherwise).
    pub fn from_tag(tag: &str) -> Lang {
        match tag.get(..2).map(str::to_ascii_lowercase).as_deref() {
            Some("sv") => Lang::Sv,
            Some("pl") => Lang::Pl,
            _ => Lang::En,
        }
    }

    /// The short code: `en`, `sv`, `pl`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Sv => "sv",
            Lang::Pl => "pl",
        }
    }

    /// The language's own name.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Sv => "Svenska",
            Lang::Pl => "Polski",
        }
    }

    /// The locale for `Intl`, keeping the browser's region for English.
    pub fn locale(self, browser: &str) -> String {
        match self {
            Lang::En if browser.to_ascii_lowercase().starts_with("en") => browser.to_string(),
            Lang::En => "en-US".into(),
            Lang::Sv => "sv-SE".into(),
            Lang::Pl => "pl-PL".into(),
        }
    }
}

macro_rules! messages {
    ($($key:ident => [$en:expr, $sv:expr, $pl:expr $(,)?]),* $(,)?
     ; $($pkey:ident => [$pen:expr, $psv:expr, $ppl:expr $(,)?]),* $(,)?) => {
        /// A message key.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[allow(missing_docs)]
        pub enum T { $($key,)* $($pkey),* }

        /// Every English message end to end, in key order, and where each
        /// ends: a table of `u16` ends instead of one `&str` (8 bytes of
        /// address and length) per message. The page's own build leaves
        /// out the panels' texts (their ends repeat, so they read as
        /// empty): the analysis module, which shows them, has them.
        #[cfg(any(feature = "analysis", feature = "ask", not(target_arch = "wasm32")))]
        const ENGLISH: &str = concat!($($en,)* $($pen),*);
        #[cfg(all(target_arch = "wasm32", not(feature = "analysis"), not(feature = "ask")))]
        const ENGLISH: &str = concat!($($en),*);
        const ENDS: [u16; T::ALL.len()] = ends(&[$($en.len(),)* $(if PANELS { $pen.len() } else { 0 }),*]);

        /// The keys whose texts only the panels show.
        #[cfg(all(test, not(target_arch = "wasm32")))]
        const PANEL_KEYS: &[T] = &[$(T::$pkey),*];

        /// A fingerprint of the keys, in order: a language file made for
        /// other keys is refused rather than read as the wrong messages.
        pub const KEYS: u32 = fnv1a(concat!($(stringify!($key), "\n",)* $(stringify!($pkey), "\n"),*));

        /// The Swedish and Polish messages in key order. The browser app
        /// leaves them out and loads `www/lang/*.json`, which
        /// [`language_file`] writes from these (a test checks they match).
        #[cfg(not(target_arch = "wasm32"))]
        const TRANSLATED: [[&str; T::ALL.len()]; 2] = [[$($sv,)* $($psv),*], [$($pl,)* $($ppl),*]];

        impl T {
            /// Every key.
            pub const ALL: &'static [T] = &[$(T::$key,)* $(T::$pkey),*];
        }
    };
}

/// True where the panels' English texts are built in.
const PANELS: bool = cfg!(any(
    feature = "analysis",
    feature = "ask",
    not(target_arch = "wasm32")
));

impl T {
    /// The text in a language (English while that language's texts have
    /// not loaded).
    pub fn text(self, lang: Lang) -> &'static str {
        let k = self as usize;
        match lang {
            Lang::En => {}
            other => {
                if let Some(t) = translated(other, k) {
                    return t;
                }
            }
        }
        let start = if k == 0 { 0 } else { ENDS[k - 1] as usize };
        ENGLISH.get(start..ENDS[k] as usize).unwrap_or_default()
    }
}

/// Running ends of the messages' lengths (checked to fit u16).
const fn ends<const N: usize>(lens: &[usize; N]) -> [u16; N] {
    let mut out = [0u16; N];
    let mut sum = 0usize;
    let mut k = 0;
    while k < N {
        sum += lens[k];
        assert!(sum <= u16::MAX as usize, "the English texts outgrew u16");
        out[k] = sum as u16;
        k += 1;
    }
    out
}

/// FNV-1a, 32 bits, at compile time.
const fn fnv1a(s: &str) -> u32 {
    let bytes = s.as_bytes();
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    hash
}

/// A language's messages, built in (native) or loaded (browser).
#[cfg(not(target_arch = "wasm32"))]
fn translated(lang: Lang, k: usize) -> Option<&'static str> {
    TRANSLATED.get(lang as usize - 1)?.get(k).copied()
}

#[cfg(target_arch = "wasm32")]
thread_local! {
    static LOADED: std::cell::RefCell<[Option<&'static [String]>; 2]> =
        const { std::cell::RefCell::new([None, None]) };
}

#[cfg(target_arch = "wasm32")]
fn translated(lang: Lang, k: usize) -> Option<&'static str> {
    LOADED.with(|l| {
        l.borrow()
            .get(lang as usize - 1)
            .copied()
            .flatten()
            .and_then(|texts| texts.get(k))
            .map(String::as_str)
    })
}

/// True when a language's messages are at hand (English always is).
pub fn has_texts(lang: Lang) -> bool {
    lang == Lang::En || translated(lang, 0).is_some()
}

/// A language file: the keys' fingerprint and the messages in key order.
#[derive(serde::Serialize, serde::Deserialize)]
struct LanguageFile {
    language: String,
    keys: u32,
    texts: Vec<String>,
}

/// Reads a language file (`www/lang/sv.json`) and makes its messages the
/// ones [`T::text`] returns for that language, for the page's life.
///
/// # Errors
/// A file that is not one, is for another language, or was made for other
/// keys (another version of Tierwise).
pub fn install(lang: Lang, file: &str) -> Result<(), String> {
    let file: LanguageFile =
        serde_json::from_str(file).map_err(|e| format!("not a language file ({e})"))?;
    if file.language != lang.code() {
        return Err(format!("the file is for \"{}\"", file.language));
    }
    if file.keys != KEYS || file.texts.len() != T::ALL.len() {
        return Err("the file is from another version of Tierwise".into());
    }
    #[cfg(target_arch = "wasm32")]
    {
        // Loaded once per language and kept for the page's life.
        let texts: &'static [String] = Vec::leak(file.texts);
        LOADED.with(|l| {
            if let Some(slot) = l.borrow_mut().get_mut(lang as usize - 1) {
                *slot = Some(texts);
            }
        });
    }
    Ok(())
}

/// The language file for Swedish or Polish, as `www/lang/` holds it.
#[cfg(not(target_arch = "wasm32"))]
pub fn language_file(lang: Lang) -> String {
    let file = LanguageFile {
        language: lang.code().into(),
        keys: KEYS,
        texts: T::ALL.iter().map(|k| k.text(lang).to_string()).collect(),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default() + "\n"
}

/// Fills `{name}` placeholders.
pub fn fill<K: AsRef<str>, V: AsRef<str>>(template: &str, args: &[(K, V)]) -> String {
    let mut out = template.to_string();
    for (k, v) in args {
        out = out.replace(&format!("{{{}}}", k.as_ref()), v.as_ref());
    }
    out
}

/// A message with its placeholders filled (names and values as `&str` or
/// `String`, borrowed or owned).
pub fn tf<K: AsRef<str>, V: AsRef<str>>(lang: Lang, key: T, args: &[(K, V)]) -> String {
    fill(key.text(lang), args)
}

messages! {
    Tagline => ["What will your marketing-contacts bill be, and when?", "Vad kommer din faktura för marknadsföringskontakter att bli, och när?", "Ile wyniesie rachunek za kontakty marketingowe i kiedy?"],
    Undo => ["↶ Undo", "↶ Ångra", "↶ Cofnij"],
    Redo => ["↷ Redo", "↷ Gör om", "↷ Ponów"],
    UndoTitle => ["Undo (Ctrl+Z)", "Ångra (Ctrl+Z)", "Cofnij (Ctrl+Z)"],
    RedoTitle => ["Redo (Ctrl+Shift+Z)", "Gör om (Ctrl+Skift+Z)", "Ponów (Ctrl+Shift+Z)"],
    Language => ["Language", "Språk", "Język"],
    FixInputs => ["Some inputs need fixing. ", "Några fält behöver rättas. ", "Niektóre pola wymagają poprawy. "],
    StaleFigures => ["The figures below are from the last valid scenario until then.", "Siffrorna nedan gäller det senaste giltiga scenariot tills dess.", "Do tego czasu poniższe liczby dotyczą ostatniego poprawnego scenariusza."],
    NotesWarnings => ["Notes and warnings", "Anteckningar och varningar", "Uwagi i ostrzeżenia"],
    Footer => ["Runs entirely in your browser: nothing you enter is sent anywhere. The built-in prices are an example, not an official price list. Rules follow HubSpot's help article \"Understand marketing contacts billing\".", "Körs helt i din webbläsare: inget du anger skickas någonstans. De inbyggda priserna är ett exempel, inte en officiell prislista. Reglerna följer HubSpots hjälpartikel \"Förstå fakturering av marknadsföringskontakter\".", "Działa w całości w przeglądarce: nic, co wpiszesz, nie jest nigdzie wysyłane. Wbudowane ceny są przykładem, a nie oficjalnym cennikiem. Zasady pochodzą z artykułu pomocy HubSpot \"Zrozumienie rozliczeń kontaktów marketingowych\"."],
    Dismiss => ["Dismiss", "Stäng", "Zamknij"],
    // Account.
    AccountH => ["1. Your account", "1. Ditt konto", "1. Twoje konto"],
    ScenarioName => ["Scenario name", "Scenariots namn", "Nazwa scenariusza"],
    Edition => ["Edition", "Utgåva", "Wersja"],
    Starter => ["Starter", "Starter", "Starter"],
    Professional => ["Professional", "Professional", "Professional"],
    Enterprise => ["Enterprise", "Enterprise", "Enterprise"],
    BasicLegacy => ["Basic (legacy)", "Basic (äldre)", "Basic (starsza)"],
    ContractTerm => ["Contract term", "Avtalsperiod", "Okres umowy"],
    Annual => ["Annual", "Årlig", "Roczny"],
    Monthly => ["Monthly", "Månatlig", "Miesięczny"],
    Billed => ["Billed", "Faktureras", "Rozliczany"],
    AsTheTerm => ["As the term", "Som avtalet", "Jak umowa"],
    Annually => ["Annually", "Årsvis", "Rocznie"],
    MonthlyAdverb => ["Monthly", "Månadsvis", "Miesięcznie"],
    AnnualBilledMonthly => ["Annual, billed monthly", "Årsavtal, faktureras månadsvis", "Umowa roczna, rozliczana miesięcznie"],
    AnnualBilledAnnually => ["Annual, billed annually", "Årsavtal, faktureras årsvis", "Umowa roczna, rozliczana rocznie"],
    MonthlyContract => ["Monthly", "Månadsavtal", "Umowa miesięczna"],
    MonthlyBilledAnnually => ["Monthly, billed annually", "Månadsavtal, faktureras årsvis", "Umowa miesięczna, rozliczana rocznie"],
    BillingHint => ["assumption: default = the term", "antagande: standard = avtalsperioden", "założenie: domyślnie = okres umowy"],
    PurchaseDate => ["Purchase date", "Köpdatum", "Data zakupu"],
    CountsAsOf => ["Counts as of", "Antal per", "Stan na dzień"],
    NotSold => ["not sold", "säljs inte", "niesprzedawane"],
    SimulateUntil => ["Simulate until", "Simulera till", "Symuluj do"],
    BoughtThrough => ["Bought through", "Köpt via", "Kupione przez"],
    RegionHint => ["sets the processing zone", "anger tidszonen för bearbetning", "ustala strefę przetwarzania"],
    RegionNorthAmerica => ["North America", "Nordamerika", "Ameryka Północna"],
    RegionEurope => ["Europe (Ireland entity)", "Europa (irländskt bolag)", "Europa (spółka irlandzka)"],
    RegionAsiaPacific => ["Asia-Pacific (Singapore entity)", "Asien–Stillahavsområdet (Singaporebolag)", "Azja i Pacyfik (spółka singapurska)"],
    RegionAustralia => ["Australia and New Zealand", "Australien och Nya Zeeland", "Australia i Nowa Zelandia"],
    RegionJapan => ["Japan", "Japan", "Japonia"],
    RegionLatinAmerica => ["Latin America", "Latinamerika", "Ameryka Łacińska"],
    RegionOther => ["Other zone…", "Annan zon…", "Inna strefa…"],
    ProcessingZone => ["Processing time zone", "Tidszon för bearbetning", "Strefa czasowa przetwarzania"],
    ZoneNotSupported => ["\"{zone}\" is not a supported processing zone. Pick one from the list.", "\"{zone}\" är inte en tidszon som stöds. Välj en i listan.", "\"{zone}\" nie jest obsługiwaną strefą przetwarzania. Wybierz z listy."],
    ProcessedAt => ["Changes processed at", "Ändringar bearbetas kl.", "Zmiany przetwarzane o"],
    Midnight => ["00:00 (midnight)", "00:00 (midnatt)", "00:00 (północ)"],
    Noon => ["12:00 (noon)", "12:00 (mitt på dagen)", "12:00 (południe)"],
    ProcessingHint => ["the article says \"12:00\"", "artikeln säger \"12.00\"", "artykuł podaje \"12:00\""],
    MarketingContacts => ["Marketing contacts", "Marknadsföringskontakter", "Kontakty marketingowe"],
    NonMarketingContacts => ["Non-marketing contacts", "Icke-marknadsföringskontakter", "Kontakty niemarketingowe"],
    PendingContacts => ["Pending non-marketing", "Väntande icke-marknadsföring", "Oczekujące niemarketingowe"],
    PendingHint => ["set to non-marketing, still billed", "satta som icke-marknadsföring, faktureras ännu", "ustawione jako niemarketingowe, nadal rozliczane"],
    CurrentTier => ["Current contact tier", "Nuvarande kontaktnivå", "Obecny poziom kontaktów"],
    TierAuto => ["Automatic: {tier}", "Automatisk: {tier}", "Automatyczny: {tier}"],
    TierAutoNone => ["Automatic", "Automatisk", "Automatyczny"],
    TierAutoHint => ["Automatic is the smallest tier that holds the billed count (marketing + pending). Choose a tier to set your own.", "Automatisk är den minsta nivå som rymmer antalet fakturerade (marknadsföring + väntande). Välj en nivå för att ange en egen.", "Automatyczny to najmniejszy poziom mieszczący liczbę rozliczanych (marketingowe + oczekujące). Wybierz poziom, aby ustawić własny."],
    Cap => ["Marketing cap (optional)", "Tak för marknadsföring (valfritt)", "Limit marketingowych (opcjonalnie)"],
    NoCap => ["no cap", "inget tak", "bez limitu"],
    CapHint => ["blocks new marketing contacts above it", "stoppar nya marknadsföringskontakter över taket", "blokuje nowe kontakty marketingowe powyżej limitu"],
    // Inputs.
    EnterNumber => ["Enter a number.", "Ange ett tal.", "Wpisz liczbę."],
    NumberTooLarge => ["That number is too large.", "Talet är för stort.", "Ta liczba jest za duża."],
    WholeNumber => ["Enter a whole number, such as 3000.", "Ange ett heltal, till exempel 3000.", "Wpisz liczbę całkowitą, np. 3000."],
    EnterDate => ["Enter a whole date.", "Ange ett fullständigt datum.", "Wpisz pełną datę."],
    EnterTime => ["Enter a time.", "Ange en tid.", "Wpisz godzinę."],
    EnterPrice => ["Enter a price, such as 225.00.", "Ange ett pris, till exempel 225,00.", "Wpisz cenę, np. 225,00."],
    // Timeline.
    TimelineH => ["2. Plan what happens", "2. Planera vad som händer", "2. Zaplanuj zdarzenia"],
    SkipLinks => ["Skip to", "Hoppa till", "Przejdź do"],
    SkipToEvents => ["Skip to planned events", "Hoppa till planerade händelser", "Przejdź do planowanych zdarzeń"],
    SkipToChart => ["Skip to the chart", "Hoppa till diagrammet", "Przejdź do wykresu"],
    AddEvent => ["Add an event", "Lägg till en händelse", "Dodaj zdarzenie"],
    AddImport => ["+ Import", "+ Import", "+ Import"],
    AddSetNonMarketing => ["+ Set to non-marketing", "+ Sätt som icke-marknadsföring", "+ Ustaw jako niemarketingowe"],
    AddDelete => ["+ Delete", "+ Radera", "+ Usuń"],
    AddDailyGrowth => ["+ Daily growth", "+ Daglig tillväxt", "+ Dzienny przyrost"],
    AddDowngrade => ["+ Downgrade request", "+ Begäran om nedgradering", "+ Prośba o obniżenie"],
    AddTierChange => ["+ Tier change", "+ Nivåändring", "+ Zmiana poziomu"],
    NoEvents => ["No events yet. Add an import to see what it costs.", "Inga händelser än. Lägg till en import för att se vad den kostar.", "Brak zdarzeń. Dodaj import, aby zobaczyć, ile kosztuje."],
    KindAddMarketing => ["Import as marketing", "Importera som marknadsföring", "Import jako marketingowe"],
    KindAddNonMarketing => ["Import as non-marketing", "Importera som icke-marknadsföring", "Import jako niemarketingowe"],
    KindSetMarketing => ["Set to marketing", "Sätt som marknadsföring", "Ustaw jako marketingowe"],
    KindSetNonMarketing => ["Set to non-marketing", "Sätt som icke-marknadsföring", "Ustaw jako niemarketingowe"],
    KindDeleteMarketing => ["Delete marketing contacts", "Radera marknadsföringskontakter", "Usuń kontakty marketingowe"],
    KindDeleteNonMarketing => ["Delete non-marketing contacts", "Radera icke-marknadsföringskontakter", "Usuń kontakty niemarketingowe"],
    KindRequestDowngrade => ["Request a downgrade at renewal", "Begär nedgradering vid förnyelse", "Poproś o obniżenie przy odnowieniu"],
    KindChangeTier => ["Change tier now (upgrade)", "Byt nivå nu (uppgradering)", "Zmień poziom teraz (podwyższenie)"],
    WhatHappens => ["What happens", "Vad som händer", "Co się dzieje"],
    On => ["on", "den", "dnia"],
    From => ["from", "från", "od"],
    To => ["to", "till", "do"],
    TimeOptional => ["time (optional)", "tid (valfri)", "godzina (opcjonalnie)"],
    RemoveEvent => ["Remove event {n}", "Ta bort händelse {n}", "Usuń zdarzenie {n}"],
    Tier => ["Tier", "Nivå", "Poziom"],
    PerDay => ["Contacts per day", "Kontakter per dag", "Kontakty dziennie"],
    Contacts => ["Contacts", "Kontakter", "Kontakty"],
    ShowMore => ["Show more events ({shown} of {total} shown)", "Visa fler händelser ({shown} av {total} visas)", "Pokaż więcej zdarzeń (widoczne {shown} z {total})"],
    EveryMonth => [" every month", " varje månad", " co miesiąc"],
    Through => [" through ", " till och med ", " do "],
    // Event effects.
    EffCountsAtOnce => ["counts at once", "räknas direkt", "liczy się od razu"],
    EffNotBilled => ["not billed", "faktureras inte", "nierozliczany"],
    EffAfterUntil => ["after “Simulate until” ({until}), so not simulated: move the date or simulate further", "efter ”Simulera till” ({until}), så inte simulerad: flytta datumet eller simulera längre", "po „Symuluj do” ({until}), więc nie symulowane: przesuń datę albo symuluj dłużej"],
    EffBilledUntil => ["still billed until {at}", "faktureras till {at}", "rozliczany do {at}"],
    EffBilledPastHorizon => ["still billed until the next update date, after the last simulated day", "faktureras till nästa uppdateringsdatum, efter perioden", "rozliczany do następnej daty aktualizacji, po końcu okresu"],
    EffFrees => ["frees capacity at once; the tier stays", "frigör kapacitet direkt; nivån ligger kvar", "od razu zwalnia miejsce; poziom pozostaje"],
    EffDecidedAt => ["decided at the renewal on {at}", "avgörs vid förnyelsen {at}", "rozstrzygane przy odnowieniu {at}"],
    EffDecidedPastHorizon => ["decided at the next renewal, after the last simulated day", "avgörs vid nästa förnyelse, efter perioden", "rozstrzygane przy następnym odnowieniu, po końcu okresu"],
    EffUpgradesAtOnce => ["upgrades at once; prorated charge the next day", "uppgraderar direkt; proportionell avgift nästa dag", "podwyższa od razu; proporcjonalna opłata następnego dnia"],
    EffUpgrade => ["; upgrade to {tier} on {at}, {amount} charged {date}", "; uppgradering till {tier} den {at}, {amount} debiteras den {date}", "; podwyższenie do {tier} dnia {at}, {amount} naliczone dnia {date}"],
    EffAccepted => ["; accepted", "; godkänd", "; przyjęte"],
    EffRefused => ["; refused: the count would not fit", "; avslagen: antalet skulle inte rymmas", "; odrzucone: liczba by się nie zmieściła"],
    // Chart.
    UsageH => ["Usage over time", "Användning över tid", "Wykorzystanie w czasie"],
    LegendBilled => ["Billed (marketing + pending)", "Fakturerade (marknadsföring + väntande)", "Rozliczane (marketingowe + oczekujące)"],
    LegendMarketing => ["Live marketing", "Aktiva marknadsföringskontakter", "Aktywne marketingowe"],
    LegendBand => ["{list} % of tier", "{list} % av nivån", "{list} % poziomu"],
    LegendUpgrade => ["Upgrade", "Uppgradering", "Podwyższenie"],
    LegendNotice => ["Notification (24–48 h window)", "Meddelande (inom 24–48 h)", "Powiadomienie (okno 24–48 h)"],
    LegendUpdate => ["Update date", "Uppdateringsdatum", "Data aktualizacji"],
    LegendRenewal => ["Renewal", "Förnyelse", "Odnowienie"],
    ChartLabel => ["Usage chart. Use the arrow keys to move through the days.", "Användningsdiagram. Använd piltangenterna för att gå mellan dagarna.", "Wykres wykorzystania. Użyj strzałek, aby przechodzić między dniami."],
    ChartAria => ["Billed contacts from {from} to {to}", "Fakturerade kontakter från {from} till {to}", "Rozliczane kontakty od {from} do {to}"],
    ChartHelp => ["Point at the chart, or focus it and use the arrow keys, to read a day's values.", "Peka på diagrammet, eller fokusera det och använd piltangenterna, för att läsa en dags värden.", "Wskaż wykres albo zaznacz go i użyj strzałek, aby odczytać wartości dnia."],
    Readout => ["{date}: billed {billed} (peak {peak}), marketing {marketing}, pending {pending}, tier {tier}", "{date}: fakturerade {billed} (topp {peak}), marknadsföring {marketing}, väntande {pending}, nivå {tier}", "{date}: rozliczane {billed} (szczyt {peak}), marketingowe {marketing}, oczekujące {pending}, poziom {tier}"],
    ReadUpgrade => ["upgrade {from} → {to}", "uppgradering {from} → {to}", "podwyższenie {from} → {to}"],
    ReadExceeded => ["tier exceeded", "nivån överskriden", "poziom przekroczony"],
    ReadReached => ["{p} % reached", "{p} % nått", "osiągnięto {p} %"],
    TipRenewal => ["Renewal {at}", "Förnyelse {at}", "Odnowienie {at}"],
    TipUpdate => ["Update date {at}", "Uppdateringsdatum {at}", "Data aktualizacji {at}"],
    TipExceeded => ["Tier {tier} exceeded", "Nivå {tier} överskriden", "Przekroczono poziom {tier}"],
    TipReached => ["{p} % of tier {tier} reached", "{p} % av nivå {tier} nått", "Osiągnięto {p} % poziomu {tier}"],
    TipWindow => ["{what} — {at}; delivered between {start} and {end}", "{what} — {at}; levereras mellan {start} och {end}", "{what} — {at}; dostarczane między {start} a {end}"],
    TipUpgrade => ["Upgrade {from} → {to} at {at}; {amount} charged {date}", "Uppgradering {from} → {to} den {at}; {amount} debiteras den {date}", "Podwyższenie {from} → {to} dnia {at}; {amount} naliczone dnia {date}"],
    // Ledger.
    CostH => ["Cost over time", "Kostnad över tid", "Koszt w czasie"],
    CostAria => ["Cumulative cost, reaching {total}", "Ackumulerad kostnad, totalt {total}", "Koszt łączny, razem {total}"],
    InvoiceLines => ["Invoice lines ({currency})", "Fakturarader ({currency})", "Pozycje faktury ({currency})"],
    Date => ["Date", "Datum", "Data"],
    Kind => ["Kind", "Typ", "Rodzaj"],
    Amount => ["Amount", "Belopp", "Kwota"],
    Explain => ["Explain", "Förklara", "Wyjaśnij"],
    Hide => ["Hide", "Dölj", "Ukryj"],
    LineRecurring => ["Recurring", "Återkommande", "Cykliczna"],
    LineProration => ["Prorated upgrade", "Proportionell uppgradering", "Proporcjonalne podwyższenie"],
    LineCredit => ["Credit", "Kredit", "Uznanie"],
    LineCharge => ["Upgrade charge", "Uppgraderingsavgift", "Opłata za podwyższenie"],
    Rule => ["Rule", "Regel", "Zasada"],
    Formula => ["Formula", "Formel", "Wzór"],
    BillingPeriod => ["Billing period", "Faktureringsperiod", "Okres rozliczeniowy"],
    AssumptionsUsed => ["Assumptions used", "Antaganden", "Przyjęte założenia"],
    RuleRecurring => ["recurring charges are billed in advance at each period's start; after an upgrade every invoice uses the higher tier (R9)", "återkommande avgifter faktureras i förskott vid varje periods början; efter en uppgradering används den högre nivån på varje faktura (R9)", "opłaty cykliczne są pobierane z góry na początku każdego okresu; po podwyższeniu każda faktura stosuje wyższy poziom (R9)"],
    RuleProration => ["an upgrade is charged the next day, prorated over the billing period", "en uppgradering debiteras nästa dag, proportionellt över faktureringsperioden", "podwyższenie jest naliczane następnego dnia, proporcjonalnie do okresu rozliczeniowego"],
    PeriodRange => ["{from} to {to}", "{from} till {to}", "od {from} do {to}"],
    TotalHorizon => ["Total for the period", "Totalt för perioden", "Razem za okres"],
    Days => ["days", "dagar", "dni"],
    OneMonth => ["1 month", "1 månad", "1 miesiąc"],
    NMonths => ["{n} months", "{n} månader", "{n} miesięcy"],
    MonthlyTerm => ["monthly term", "månadsavtal", "umowa miesięczna"],
    AnnualTerm => ["annual term", "årsavtal", "umowa roczna"],
    NoProration => ["no proration", "ingen proportionering", "bez proporcji"],
    ConvAdvance => ["Billed in advance for the period, {rounding}", "Faktureras i förskott för perioden, {rounding}", "Pobierane z góry za okres, {rounding}"],
    ConvDaily => ["daily proration", "proportionering per dag", "proporcja dzienna"],
    ConvSeconds => ["proration by the second", "proportionering per sekund", "proporcja co do sekundy"],
    ConvNone => ["no proration", "ingen proportionering", "bez proporcji"],
    RoundHalfUp => ["rounded half up", "avrundat uppåt vid hälften", "zaokrąglone połówki w górę"],
    RoundHalfEven => ["rounded half to even", "avrundat till jämnt vid hälften", "zaokrąglone połówki do parzystej"],
    LinesNet => ["one net line", "en nettorad", "jedna pozycja netto"],
    LinesPair => ["credit and charge lines", "kredit- och debetrader", "pozycje uznania i obciążenia"],
    // Figures.
    NextUpdate => ["Next update date", "Nästa uppdateringsdatum", "Następna data aktualizacji"],
    NextUpdateHint => ["Set contacts to non-marketing before this to stop paying for them from then.", "Gör kontakter till icke-marknadsföringskontakter före detta datum, så slutar du betala för dem från och med då.", "Ustaw kontakty jako niemarketingowe przed tym terminem, by od tej chwili przestać za nie płacić."],
    YourTime => ["Your time: {at}", "Din tid: {at}", "Twój czas: {at}"],
    ProcessingAt => ["processing at {time}", "bearbetning kl. {time}", "przetwarzanie o {time}"],
    NoneInHorizon => ["None in the period", "Inget under perioden", "Brak w okresie"],
    TierToday => ["Tier today", "Nivå idag", "Poziom dziś"],
    TierOn => ["Tier on {date}", "Nivå den {date}", "Poziom w dniu {date}"],
    TierOnFirst => ["The period starts then; today is before it.", "Perioden börjar då; i dag ligger före den.", "Okres zaczyna się wtedy; dzisiejsza data jest wcześniejsza."],
    TierOnLast => ["The last day simulated; today is after it.", "Den sista simulerade dagen; i dag ligger efter den.", "Ostatni symulowany dzień; dzisiejsza data jest późniejsza."],
    TierOnHistory => ["The last day of your usage history.", "Den sista dagen i din användningshistorik.", "Ostatni dzień Twojej historii użycia."],
    NextUpgrade => ["Next upgrade", "Nästa uppgradering", "Następne podwyższenie"],
    LastUpgrade => ["Last upgrade", "Senaste uppgradering", "Ostatnie podwyższenie"],
    BilledHeadroom => ["{billed} billed, room for {headroom} more", "{billed} fakturerade, {headroom} kvar", "{billed} rozliczanych, zapas {headroom}"],
    FirstUpgrade => ["First upgrade", "Första uppgradering", "Pierwsze podwyższenie"],
    UpgradeSummary => ["to {tier}; {amount} charged {date}", "till {tier}; {amount} debiteras {date}", "do {tier}; {amount} naliczone {date}"],
    ProrationNote => ["{proration}, {rounding}", "{proration}, {rounding}", "{proration}, {rounding}"],
    None_ => ["None", "Ingen", "Brak"],
    StaysInTier => ["The count stays within the tier.", "Antalet håller sig inom nivån.", "Liczba mieści się w poziomie."],
    TotalCost => ["Total cost", "Total kostnad", "Koszt całkowity"],
    ExamplePrices => ["example prices", "exempelpriser", "ceny przykładowe"],
    // Assumptions.
    AssumptionsH => ["3. Assumptions", "3. Antaganden", "3. Założenia"],
    AssumptionsHint => ["Where the article is silent, the default is the reading that bills more. Change any of them to see what moves.", "Där artikeln är tyst väljs som standard tolkningen som kostar mest. Ändra dem för att se vad som påverkas.", "Tam, gdzie artykuł milczy, domyślnie przyjęto odczytanie droższe. Zmień je, aby zobaczyć, co się zmienia."],
    ProrationLabel => ["Proration", "Proportionering", "Proporcja"],
    ProrationDaily => ["Daily: days left / days in period", "Per dag: återstående dagar / dagar i perioden", "Dzienna: pozostałe dni / dni w okresie"],
    ProrationSeconds => ["By the second", "Per sekund", "Co do sekundy"],
    ProrationNone => ["None: whole period", "Ingen: hela perioden", "Brak: cały okres"],
    RoundingLabel => ["Rounding", "Avrundning", "Zaokrąglanie"],
    HalfUp => ["Half up", "Uppåt vid hälften", "Połówki w górę"],
    HalfEven => ["Half to even", "Till jämnt vid hälften", "Połówki do parzystej"],
    LinesLabel => ["Upgrade lines", "Uppgraderingsrader", "Pozycje podwyższenia"],
    OneNetLine => ["One net line", "En nettorad", "Jedna pozycja netto"],
    CreditAndCharge => ["Credit and charge", "Kredit och debitering", "Uznanie i obciążenie"],
    MonthEndLabel => ["Bought on the 29th–31st", "Köpt den 29–31", "Zakup 29–31 dnia"],
    Clamp => ["Last day of short months", "Sista dagen i korta månader", "Ostatni dzień krótkich miesięcy"],
    Roll => ["1st of the next month", "Den 1:a nästa månad", "1. dzień następnego miesiąca"],
    NotifyLabel => ["Notify at % of tier", "Meddela vid % av nivån", "Powiadamiaj przy % poziomu"],
    NotifyHint => ["exceeding the tier is always notified", "överskriden nivå meddelas alltid", "przekroczenie poziomu jest zawsze zgłaszane"],
    NotifyError => ["Enter percentages separated by commas, such as 75, 90, 98.", "Ange procentsatser åtskilda med komma, till exempel 75, 90, 98.", "Wpisz wartości procentowe oddzielone przecinkami, np. 75, 90, 98."],
    PriceBook => ["Price book ", "Prislista ", "Cennik "],
    ExampleBadge => ["Example prices, not an official price list", "Exempelpriser, inte en officiell prislista", "Ceny przykładowe, nie oficjalny cennik"],
    CustomPrices => ["Custom prices", "Egna priser", "Własne ceny"],
    Included => ["Contacts included", "Kontakter som ingår", "Kontakty w cenie"],
    BasePrice => ["Base price", "Grundpris", "Cena podstawowa"],
    PackPrice => ["Price per pack", "Pris per paket", "Cena za pakiet"],
    PricesPerMonth => ["Prices are per month, in {currency}. A tier is the contacts included plus whole packs.", "Priserna gäller per månad, i {currency}. En nivå är de kontakter som ingår plus hela paket.", "Ceny są miesięczne, w {currency}. Poziom to kontakty w cenie plus pełne pakiety."],
    BandFrom => ["Packs from contact", "Paket från kontakt nr", "Pakiety od kontaktu nr"],
    BandPrice => ["cost per pack", "kostar per paket", "kosztują za pakiet"],
    BandFromAria => ["{edition}, price band {n}: packs from contact", "{edition}, prisnivå {n}: paket från kontakt nr", "{edition}, próg cenowy {n}: pakiety od kontaktu nr"],
    BandPriceAria => ["{edition}, price band {n}: price per pack", "{edition}, prisnivå {n}: pris per paket", "{edition}, próg cenowy {n}: cena za pakiet"],
    AddBand => ["+ Price band", "+ Prisnivå", "+ Próg cenowy"],
    RemoveBand => ["Remove price band {n} of {edition}", "Ta bort prisnivå {n} för {edition}", "Usuń próg cenowy {n} dla {edition}"],
    Remove => ["Remove", "Ta bort", "Usuń"],
    TierPrice => ["Tier price", "Nivåns pris", "Cena poziomu"],
    QuotePrices => ["Prices used ({book})", "Priser som används ({book})", "Użyte ceny ({book})"],
    QuotePriceLine => ["{edition}: {included} contacts included for {base} a month; packs of {size} contacts at {pack} a month each", "{edition}: {included} kontakter ingår för {base} per månad; paket om {size} kontakter för {pack} per månad styck", "{edition}: {included} kontaktów w cenie za {base} miesięcznie; pakiety po {size} kontaktów po {pack} miesięcznie za każdy"],
    QuoteBandLine => ["; packs from contact {from} on at {pack} a month each", "; paket från kontakt nr {from} för {pack} per månad styck", "; pakiety od kontaktu nr {from} po {pack} miesięcznie za każdy"],
    QuoteTermFactor => ["Monthly terms cost {factor}× these prices.", "Månadsavtal kostar {factor}× dessa priser.", "Umowy miesięczne kosztują {factor}× te ceny."],
    QuoteStale => ["An input has an error: these figures are from the last scenario that worked.", "Ett fält har ett fel: siffrorna kommer från det senaste scenariot som fungerade.", "Jedno z pól ma błąd: te wyliczenia pochodzą z ostatniego działającego scenariusza."],
    TierPriceText => ["Tier {tier}: {parts} = {total} a month", "Nivå {tier}: {parts} = {total} per månad", "Poziom {tier}: {parts} = {total} miesięcznie"],
    TierPriceRun => ["{packs} × {price} (contacts {first}–{last})", "{packs} × {price} (kontakt {first}–{last})", "{packs} × {price} (kontakty {first}–{last})"],
    BasePerMonth => ["Base / month ({currency})", "Bas / månad ({currency})", "Podstawa / miesiąc ({currency})"],
    PackSize => ["Pack size", "Paketstorlek", "Wielkość pakietu"],
    PackPerMonth => ["Pack / month", "Paket / månad", "Pakiet / miesiąc"],
    TermFactor => ["Monthly terms cost {factor}× the monthly price.", "Månadsavtal kostar {factor}× månadspriset.", "Umowy miesięczne kosztują {factor}× cenę miesięczną."],
    BackToExample => ["Back to example prices", "Tillbaka till exempelpriser", "Wróć do cen przykładowych"],
    // Compare.
    ScenarioN => ["Scenario {n}", "Scenario {n}", "Scenariusz {n}"],
    RemoveScenario => ["Remove this scenario", "Ta bort scenariot", "Usuń ten scenariusz"],
    Branch => ["Branch", "Förgrena", "Rozgałęź"],
    CompareTerms => ["Compare monthly vs annual", "Jämför månad mot år", "Porównaj miesięczną i roczną"],
    CompareAfter => ["Compare: import after the update date", "Jämför: importera efter uppdateringsdatumet", "Porównaj: import po dacie aktualizacji"],
    Scenario => ["Scenario", "Scenario", "Scenariusz"],
    Term => ["Term", "Avtal", "Umowa"],
    Upgrades => ["Upgrades", "Uppgraderingar", "Podwyższenia"],
    Total => ["Total", "Totalt", "Razem"],
    Difference => ["Difference", "Skillnad", "Różnica"],
    // Share and save.
    ShareLink => ["Share link", "Dela länk", "Udostępnij link"],
    Save => ["Save", "Spara", "Zapisz"],
    ExportJson => ["Export JSON", "Exportera JSON", "Eksportuj JSON"],
    ImportJson => ["Import JSON", "Importera JSON", "Importuj JSON"],
    DaysCsv => ["Days CSV", "Dagar CSV", "Dni CSV"],
    LedgerCsv => ["Ledger CSV", "Fakturarader CSV", "Pozycje CSV"],
    PrintQuote => ["Print quote", "Skriv ut offert", "Drukuj ofertę"],
    SavedScenarios => ["Saved scenarios ({n})", "Sparade scenarier ({n})", "Zapisane scenariusze ({n})"],
    NewName => ["New name", "Nytt namn", "Nowa nazwa"],
    Open => ["Open", "Öppna", "Otwórz"],
    Rename => ["Rename", "Byt namn", "Zmień nazwę"],
    Delete => ["Delete", "Radera", "Usuń"],
    LinkCopied => ["Link copied. Anyone who opens it sees this scenario and the same numbers.", "Länken är kopierad. Den som öppnar den ser detta scenario och samma siffror.", "Link skopiowany. Każdy, kto go otworzy, zobaczy ten scenariusz i te same liczby."],
    LinkCopiedLastGood => ["Link copied. An input has an error, so the link carries the last scenario that worked: whoever opens it sees the figures shown here, not your unfinished change.", "Länken är kopierad. Ett fält har ett fel, så länken innehåller det senaste scenariot som fungerade: den som öppnar den ser siffrorna som visas här, inte din ofärdiga ändring.", "Link skopiowany. Jedno z pól ma błąd, więc link zawiera ostatni działający scenariusz: kto go otworzy, zobaczy wyliczenia widoczne tutaj, a nie Twoją niedokończoną zmianę."],
    LinkNothingYet => ["Nothing to share yet: fix the inputs marked in red first, so that there are figures to send.", "Inget att dela ännu: rätta först fälten som är markerade i rött, så att det finns siffror att skicka.", "Nie ma jeszcze czego udostępnić: najpierw popraw pola oznaczone na czerwono, aby było co wysłać."],
    ToolsH => ["Share, save and export", "Dela, spara och exportera", "Udostępnij, zapisz i eksportuj"],
    ToolsMenu => ["Share, save, export…", "Dela, spara, exportera…", "Udostępnij, zapisz, eksportuj…"],
    LastValidFile => ["last-valid", "senast-giltiga", "ostatnie-poprawne"],
    LinkFailed => ["The link could not be made in this browser.", "Länken kunde inte skapas i den här webbläsaren.", "Nie udało się utworzyć linku w tej przeglądarce."],
    SavedAs => ["Saved as \"{name}\" in this browser.", "Sparat som \"{name}\" i den här webbläsaren.", "Zapisano jako \"{name}\" w tej przeglądarce."],
    CannotSave => ["This browser does not allow saving (private mode or full storage). Export the scenario as a file instead.", "Den här webbläsaren tillåter inte att spara (privat läge eller fullt lagringsutrymme). Exportera scenariot som fil i stället.", "Ta przeglądarka nie pozwala zapisywać (tryb prywatny lub pełna pamięć). Wyeksportuj scenariusz do pliku."],
    Untitled => ["Untitled scenario", "Namnlöst scenario", "Scenariusz bez nazwy"],
    OpenedFile => ["Opened {name}. Undo brings back what you had.", "Öppnade {name}. Ångra tar tillbaka det du hade.", "Otwarto {name}. Cofnij przywraca poprzedni stan."],
    NotAScenario => ["{name} is not a Tierwise scenario: {why}. Nothing was changed.", "{name} är inte ett Tierwise-scenario: {why}. Inget ändrades.", "{name} nie jest scenariuszem Tierwise: {why}. Nic nie zmieniono."],
    SavedCorrupt => ["Your saved scenarios could not be read ({why}). They were set aside under \"{key}\" in this browser's storage, and the list starts empty.", "Dina sparade scenarier kunde inte läsas ({why}). De lades undan under \"{key}\" i webbläsarens lagring, och listan börjar tom.", "Nie udało się odczytać zapisanych scenariuszy ({why}). Odłożono je pod kluczem \"{key}\" w pamięci przeglądarki, a lista zaczyna się od nowa."],
    LastCorrupt => ["Your last session could not be restored ({why}). It was set aside under \"{key}\" in this browser's storage; the default scenario is shown.", "Din senaste session kunde inte återställas ({why}). Den lades undan under \"{key}\" i webbläsarens lagring; standardscenariot visas.", "Nie udało się przywrócić ostatniej sesji ({why}). Odłożono ją pod kluczem \"{key}\" w pamięci przeglądarki; pokazano scenariusz domyślny."],
    OpenedLink => ["Opened a shared scenario.{prices} Undo brings back what you had.", "Öppnade ett delat scenario.{prices} Ångra tar tillbaka det du hade.", "Otwarto udostępniony scenariusz.{prices} Cofnij przywraca poprzedni stan."],
    OpenedQuote => ["Opened “{name}”, shared with you.{prices} Undo brings back what you had.", "Öppnade ”{name}”, delat med dig.{prices} Ångra tar tillbaka det du hade.", "Otwarto „{name}”, udostępnione Tobie.{prices} Cofnij przywraca poprzedni stan."],
    OpenedCompare => ["Opened {n} scenarios to compare, shared with you; “{name}” is shown.{prices} Undo brings back what you had.", "Öppnade {n} scenarier att jämföra, delade med dig; ”{name}” visas.{prices} Ångra tar tillbaka det du hade.", "Otwarto {n} scenariuszy do porównania, udostępnionych Tobie; widoczny jest „{name}”.{prices} Cofnij przywraca poprzedni stan."],
    SenderPrices => [" Its prices are the sender's own ({book}), not the example prices.", " Priserna är avsändarens egna ({book}), inte exempelpriserna.", " Ceny są własne nadawcy ({book}), a nie przykładowe."],
    LinkLong => ["The link is copied, but it is {n} characters long, and some mail programs cut links longer than about 2,000. Send the file instead: the person opens it with Import JSON.", "Länken är kopierad, men den är {n} tecken lång, och vissa e-postprogram klipper länkar längre än cirka 2 000. Skicka filen i stället: mottagaren öppnar den med Importera JSON.", "Link skopiowano, ale ma {n} znaków, a niektóre programy pocztowe ucinają linki dłuższe niż ok. 2000. Wyślij zamiast tego plik: odbiorca otworzy go przez Importuj JSON."],
    DownloadInstead => ["Download the file", "Ladda ned filen", "Pobierz plik"],
    PricesOf => ["prices: {book}", "priser: {book}", "ceny: {book}"],
    PriceBookName => ["Name of these prices", "Namn på dessa priser", "Nazwa tych cen"],
    LinkBroken => ["This link is broken or incomplete ({why}). The default scenario is shown instead.", "Länken är trasig eller ofullständig ({why}). Standardscenariot visas i stället.", "Ten link jest uszkodzony lub niepełny ({why}). Zamiast niego pokazano scenariusz domyślny."],
    LinkNewer => ["This link was made by a newer version of Tierwise. Reload the page, or ask for a new link. The default scenario is shown instead.", "Länken skapades av en nyare version av Tierwise. Ladda om sidan eller be om en ny länk. Standardscenariot visas i stället.", "Ten link utworzyła nowsza wersja Tierwise. Odśwież stronę lub poproś o nowy link. Zamiast niego pokazano scenariusz domyślny."],
    LinkScenario => ["The scenario in this link has a problem: {why}. The default scenario is shown instead.", "Scenariot i länken har ett fel: {why}. Standardscenariot visas i stället.", "Scenariusz w tym linku ma błąd: {why}. Zamiast niego pokazano scenariusz domyślny."],
    // Quote.
    QuoteH => ["Quote: {name}", "Offert: {name}", "Oferta: {name}"],
    QuoteDate => ["Date of quote: {date}", "Offertdatum: {date}", "Data oferty: {date}"],
    QuoteExample => ["Example prices: not an official price list.", "Exempelpriser: inte en officiell prislista.", "Ceny przykładowe: nie oficjalny cennik."],
    Account => ["Account", "Konto", "Konto"],
    Assumptions => ["Assumptions", "Antaganden", "Założenia"],
    Timeline => ["Timeline", "Tidslinje", "Oś czasu"],
    // The advisor (issue 8).
    AdvisorH => ["4. Ask the advisor", "4. Fråga rådgivaren", "4. Zapytaj doradcę"],
    AdvisorHint => ["Answers to the questions customers ask, worked out by simulating this scenario with one change at a time.", "Svar på frågorna kunder ställer, framräknade genom att simulera scenariot med en ändring i taget.", "Odpowiedzi na pytania klientów, obliczone przez symulację scenariusza z jedną zmianą naraz."],
    EventDate => ["Date of event {n}", "Datum för händelse {n}", "Data zdarzenia {n}"],
    EventFrom => ["Event {n} starts", "Händelse {n} börjar", "Początek zdarzenia {n}"],
    EventTo => ["Event {n} ends", "Händelse {n} slutar", "Koniec zdarzenia {n}"],
    EventThrough => ["Event {n} repeats through", "Händelse {n} upprepas till", "Zdarzenie {n} powtarza się do"],
    EventField => ["Event {n}: {field}", "Händelse {n}: {field}", "Zdarzenie {n}: {field}"],
    // Engine errors, by code (English is the engine's message).
    ErrNegative => ["Enter 0 or more (you typed {value}).", "Ange 0 eller mer (du skrev {value}).", "Wpisz 0 lub więcej (wpisano {value})."],
    ErrTooBig => ["Enter at most {max} (you typed {value}).", "Ange högst {max} (du skrev {value}).", "Wpisz najwyżej {max} (wpisano {value})."],
    ErrInvalidDate => ["Enter a whole date, such as 2026-12-01 (you typed \"{value}\").", "Ange ett helt datum, till exempel 2026-12-01 (du skrev \"{value}\").", "Wpisz pełną datę, np. 2026-12-01 (wpisano \"{value}\")."],
    ErrInvalidDateTime => ["Enter a whole date, such as 2026-12-01, and a time if you need one (you typed \"{value}\").", "Ange ett helt datum, till exempel 2026-12-01, och en tid om det behövs (du skrev \"{value}\").", "Wpisz pełną datę, np. 2026-12-01, i godzinę, jeśli trzeba (wpisano \"{value}\")."],
    ErrInvalidTime => ["Enter a time such as 09:00 (you typed \"{value}\").", "Ange en tid som 09:00 (du skrev \"{value}\").", "Wpisz godzinę, np. 09:00 (wpisano \"{value}\")."],
    ErrDateOutOfRange => ["Pick a day from {min} to {max} (you typed {value}).", "Välj en dag från {min} till {max} (du skrev {value}).", "Wybierz dzień od {min} do {max} (wpisano {value})."],
    ErrUnsupportedTimezone => ["Pick a time zone from the list; \"{value}\" is not one.", "Välj en tidszon i listan; \"{value}\" finns inte där.", "Wybierz strefę z listy; \"{value}\" jej nie ma."],
    ErrUntilBeforeAsOf => ["{until} is before {as_of}, the day your counts are from. Pick a later day.", "{until} är före {as_of}, dagen då dina antal gäller. Välj en senare dag.", "{until} jest przed {as_of}, dniem, z którego są liczby. Wybierz późniejszy dzień."],
    ErrAsOfBeforeStart => ["{as_of} is before the purchase date, {start}. Pick a later day.", "{as_of} är före köpdatumet {start}. Välj en senare dag.", "{as_of} jest przed datą zakupu {start}. Wybierz późniejszy dzień."],
    ErrHorizonTooLong => ["The calculator looks at most 50 years ahead. Pick an earlier day.", "Kalkylatorn räknar högst 50 år framåt. Välj en tidigare dag.", "Kalkulator liczy najwyżej 50 lat naprzód. Wybierz wcześniejszy dzień."],
    ErrTierNotInBook => ["{tier} is not a tier in the price book. The nearest are {below} and {above}.", "{tier} är ingen nivå i prislistan. Närmast finns {below} och {above}.", "{tier} nie jest poziomem z cennika. Najbliższe to {below} i {above}."],
    ErrTierBelowCount => ["A tier of {tier} holds fewer than your {count} billed contacts. Pick a larger tier.", "Nivån {tier} rymmer färre än dina {count} fakturerade kontakter. Välj en större nivå.", "Poziom {tier} mieści mniej niż {count} rozliczanych kontaktów. Wybierz większy poziom."],
    ErrTiersNotGrowing => ["Enter 1 or more; with 0 the tiers never grow.", "Ange 1 eller mer; med 0 växer nivåerna aldrig.", "Wpisz 1 lub więcej; przy 0 poziomy nigdy nie rosną."],
    ErrInvalidMoney => ["Enter an amount such as 800.00 (you typed \"{value}\").", "Ange ett belopp som 800.00 (du skrev \"{value}\").", "Wpisz kwotę, np. 800.00 (wpisano \"{value}\")."],
    ErrAmountTooLarge => ["The price of the {tier} tier is too large to work out exactly. Enter smaller prices.", "Priset för nivån {tier} är för stort för att räknas exakt. Ange lägre priser.", "Cena poziomu {tier} jest zbyt duża, by ją dokładnie policzyć. Wpisz niższe ceny."],
    ErrEditionNotInBook => ["The price book has no prices for {edition}. Add them, or pick another edition.", "Prislistan saknar priser för {edition}. Lägg till dem eller välj en annan utgåva.", "Cennik nie ma cen dla {edition}. Dodaj je albo wybierz inną wersję."],
    ErrSetsTooManyNonMarketing => ["This sets {count} marketing contacts to non-marketing on {at}, but there are only {available} marketing contacts then. Enter {available} or fewer.", "Detta gör {count} marknadsföringskontakter till icke-marknadsföringskontakter den {at}, men då finns bara {available} marknadsföringskontakter. Ange {available} eller färre.", "To ustawia {count} kontaktów marketingowych jako niemarketingowe dnia {at}, a jest wtedy tylko {available} kontaktów marketingowych. Wpisz {available} lub mniej."],
    ErrDeletesTooManyMarketing => ["This deletes {count} marketing contacts on {at}, but there are only {available} marketing contacts then. Enter {available} or fewer.", "Detta tar bort {count} marknadsföringskontakter den {at}, men då finns bara {available} marknadsföringskontakter. Ange {available} eller färre.", "To usuwa {count} kontaktów marketingowych dnia {at}, a jest wtedy tylko {available} kontaktów marketingowych. Wpisz {available} lub mniej."],
    ErrSetsTooManyMarketing => ["This sets {count} non-marketing contacts to marketing on {at}, but there are only {available} non-marketing contacts then. Enter {available} or fewer.", "Detta gör {count} icke-marknadsföringskontakter till marknadsföringskontakter den {at}, men då finns bara {available} icke-marknadsföringskontakter. Ange {available} eller färre.", "To ustawia {count} kontaktów niemarketingowych jako marketingowe dnia {at}, a jest wtedy tylko {available} kontaktów niemarketingowych. Wpisz {available} lub mniej."],
    ErrDeletesTooManyNonMarketing => ["This deletes {count} non-marketing contacts on {at}, but there are only {available} non-marketing contacts then. Enter {available} or fewer.", "Detta tar bort {count} icke-marknadsföringskontakter den {at}, men då finns bara {available} icke-marknadsföringskontakter. Ange {available} eller färre.", "To usuwa {count} kontaktów niemarketingowych dnia {at}, a jest wtedy tylko {available} kontaktów niemarketingowych. Wpisz {available} lub mniej."],
    ErrEventBeforeAsOf => ["{at} is before {as_of}, the day your counts are from. Pick a later day.", "{at} är före {as_of}, dagen då dina antal gäller. Välj en senare dag.", "{at} jest przed {as_of}, dniem, z którego są liczby. Wybierz późniejszy dzień."],
    ErrEndBeforeStart => ["{end} is before {start}. Pick a later end.", "{end} är före {start}. Välj ett senare slut.", "{end} jest przed {start}. Wybierz późniejszy koniec."],
    ErrMissingField => ["Fill this in.", "Fyll i det här.", "Uzupełnij to pole."],
    ErrInvalidThreshold => ["Enter percentages from 1 to 99; {value} is not one.", "Ange procentsatser från 1 till 99; {value} är ingen sådan.", "Wpisz wartości od 1 do 99; {value} do nich nie należy."],
    ErrHistoryOutOfOrder => ["{date} does not come after {previous}; rows go up, one a day", "{date} kommer inte efter {previous}; raderna ska vara stigande, en per dag", "{date} nie następuje po {previous}; wiersze muszą rosnąć, jeden na dzień"],
    ErrNotCsv => ["the file is not a CSV text file (it holds binary data); export the usage as CSV and try again", "filen är ingen textfil som CSV (den innehåller binära data); exportera användningen som CSV och försök igen", "plik nie jest plikiem tekstowym CSV (zawiera dane binarne); wyeksportuj użycie jako CSV i spróbuj ponownie"],
    ErrCsvHeader => ["the header is \"{found}\"; it must be date,billed or date,billed,non_marketing", "rubriken är \"{found}\"; den ska vara date,billed eller date,billed,non_marketing", "nagłówek to \"{found}\"; musi brzmieć date,billed lub date,billed,non_marketing"],
    ErrCsvColumns => ["has {found} cells; the header has {expected}", "har {found} celler; rubriken har {expected}", "ma {found} komórek; nagłówek ma {expected}"],
    ErrNotACount => ["\"{value}\" is not a whole number", "\"{value}\" är inget heltal", "\"{value}\" nie jest liczbą całkowitą"],
    ErrInvoiceLine => ["\"{found}\" is not a date and an amount, such as \"Dec 11, 2026, $123.45\"", "\"{found}\" är inget datum och belopp, som \"Dec 11, 2026, $123.45\"", "\"{found}\" nie jest datą i kwotą, jak \"Dec 11, 2026, $123.45\""],
    ErrTooMany => ["There are {count} here; the most is {max}.", "Här finns {count}; högst {max} går.", "Jest ich {count}; najwyżej {max}."],
    ErrTooLong => ["Use at most {max} characters (this has {length}).", "Använd högst {max} tecken (här finns {length}).", "Użyj najwyżej {max} znaków (jest {length})."],
    ErrInvalidCurrency => ["Enter a three-letter currency code, such as USD.", "Ange en valutakod med tre bokstäver, till exempel USD.", "Wpisz trzyliterowy kod waluty, np. USD."],
    ErrBandsNotIncreasing => ["Each band must start above the one before ({from} is not above {previous}).", "Varje intervall måste börja över det förra ({from} är inte över {previous}).", "Każdy przedział musi zaczynać się powyżej poprzedniego ({from} nie jest powyżej {previous})."],
    ErrLine => ["Line {n}", "Rad {n}", "Wiersz {n}"],
    ErrColumn => ["Line {n}, column {c}", "Rad {n}, kolumn {c}", "Wiersz {n}, kolumna {c}"],
    // Warnings, in the person's words.
    WarnWhoEvent => ["Event {n}", "Händelse {n}", "Zdarzenie {n}"],
    WarnWhoHistory => ["History row {n}", "Historikrad {n}", "Wiersz historii {n}"],
    WarnWhoTrial => ["The advisor's trial import", "Rådgivarens provimport", "Próbny import doradcy"],
    WarnExamplePrices => ["Prices come from the built-in example price book, not an official price list.", "Priserna kommer från den inbyggda exempelprislistan, inte en officiell prislista.", "Ceny pochodzą z wbudowanego cennika przykładowego, a nie z oficjalnego cennika."],
    WarnTermNotSold => ["{edition} is not sold with a {term}, so a real bill may differ.", "{edition} säljs inte med {term}, så en riktig faktura kan skilja sig.", "{edition} nie jest sprzedawana jako {term}, więc prawdziwy rachunek może się różnić."],
    WarnBillingLongerThanTerm => ["Billed annually on a monthly contract: a downgrade at a monthly renewal is not credited.", "Årsfakturering på månadsavtal: en nedgradering vid månadsförnyelse krediteras inte.", "Rozliczenie roczne przy umowie miesięcznej: obniżenie przy odnowieniu nie jest uznawane."],
    WarnCapBelowCurrent => ["The marketing cap of {cap} is below the {billed} contacts billed on the first day.", "Taket {cap} är lägre än de {billed} fakturerade kontakterna vid start.", "Limit {cap} jest niższy niż {billed} rozliczanych kontaktów na starcie."],
    WarnCapBlocked => ["{who}: the cap of {cap} kept {blocked} of {requested} contacts non-marketing.", "{who}: taket {cap} höll {blocked} av {requested} kontakter som icke-marknadsföring.", "{who}: limit {cap} zatrzymał {blocked} z {requested} kontaktów jako niemarketingowe."],
    WarnDowngradeRefused => ["{who}: the downgrade to tier {tier} was refused at the renewal, as {billed} contacts are billed.", "{who}: nedgradering till {tier} avslogs vid förnyelsen, eftersom {billed} kontakter faktureras.", "{who}: obniżenie do {tier} odrzucono przy odnowieniu, bo rozliczanych jest {billed} kontaktów."],
    WarnDowngradeNotLower => ["{who}: tier {requested} is not below the current tier {tier}, so the request was ignored.", "{who}: nivå {requested} är inte lägre än nuvarande {tier}, så begäran ignorerades.", "{who}: poziom {requested} nie jest niższy niż obecny {tier}, więc prośbę pominięto."],
    WarnDowngradeReplaced => ["{who}: the request for tier {requested} replaces the earlier request for tier {previous}.", "{who}: begäran om {requested} ersätter tidigare begäran om {previous}.", "{who}: prośba o {requested} zastępuje wcześniejszą prośbę o {previous}."],
    WarnChangeTierNotHigher => ["{who}: tier {requested} is not above the current tier {tier}, so it was ignored; a lower tier needs a downgrade request, which takes effect at the renewal.", "{who}: nivå {requested} är inte högre än {tier} och ignorerades; en lägre nivå kräver en begäran om nedgradering, som gäller från förnyelsen.", "{who}: poziom {requested} nie jest wyższy niż {tier} i został pominięty; niższy poziom wymaga prośby o obniżenie, która działa od odnowienia."],
    WarnEventAfterUntil => ["{who} falls after the last simulated day ({until}), so it is not in the figures.", "{who} ligger efter den sista simulerade dagen ({until}) och finns inte med i siffrorna.", "{who} wypada po ostatnim symulowanym dniu ({until}), więc nie ma go w wynikach."],
    WarnChargeAfterUntil => ["An upgrade is charged {amount} on {date}, after the last simulated day; the total leaves it out.", "En uppgradering debiteras {amount} den {date}, efter den sista simulerade dagen; totalen tar inte med den.", "Podwyższenie zostanie naliczone {amount} dnia {date}, po ostatnim symulowanym dniu; suma go nie obejmuje."],
    WarnAdviceLimited => ["Savings were worked out for the first {computed} of {upgrades} upgrades only.", "Besparingar beräknades bara för de första {computed} av {upgrades} uppgraderingar.", "Oszczędności obliczono tylko dla pierwszych {computed} z {upgrades} podwyższeń."],
    ScenariosGroup => ["Scenarios", "Scenarier", "Scenariusze"],
    CompareScenarios => ["Compare scenarios", "Jämför scenarier", "Porównaj scenariusze"],
    YouTyped => ["(you typed \"{text}\")", "(du skrev \"{text}\")", "(wpisano \"{text}\")"],
    AdvisorLoading => ["Loading the advisor…", "Laddar rådgivaren…", "Wczytywanie doradcy…"],
    BillCheckLoading => ["Loading the bill check…", "Laddar fakturakontrollen…", "Wczytywanie sprawdzania faktury…"],
    PartFailed => ["\"{part}\" could not load ({why}). Check your connection and try again; the rest of the page keeps working.", "\"{part}\" kunde inte laddas ({why}). Kontrollera anslutningen och försök igen; resten av sidan fungerar som vanligt.", "Nie udało się wczytać \"{part}\" ({why}). Sprawdź połączenie i spróbuj ponownie; reszta strony działa dalej."],
    TryAgain => ["Try again", "Försök igen", "Spróbuj ponownie"],
    LanguageFailed => ["The {language} texts could not load ({why}), so the page keeps its language. Check your connection and choose the language again.", "Texterna på {language} kunde inte laddas ({why}), så sidan behåller sitt språk. Kontrollera anslutningen och välj språket igen.", "Nie udało się wczytać tekstów w języku {language} ({why}), więc strona zostaje w obecnym języku. Sprawdź połączenie i wybierz język ponownie."],
    // Check a real bill (issue 9).
    RuleEditionLabel => ["Rules (help article edition)", "Regler (hjälpartikelns utgåva)", "Zasady (wydanie artykułu pomocy)"],
    RuleCurrent => ["Current", "Nuvarande", "Obecne"],
    Rule2020 => ["2020", "2020", "2020"],
    RuleHint => ["2020: pending contacts clear on the 1st of the next month or the renewal, whichever is earlier", "2020: väntande kontakter rensas den 1:a nästa månad eller vid förnyelsen, det som kommer först", "2020: oczekujące kontakty znikają 1. dnia następnego miesiąca lub przy odnowieniu, co nastąpi wcześniej"],
    AuditH => ["5. Check a real bill", "5. Kontrollera en riktig faktura", "5. Sprawdź prawdziwą fakturę"],
    AuditHint => ["Bring your usage history and the charges on your invoice. Everything stays in this browser: nothing is uploaded.", "Ta med din användningshistorik och debiteringarna på din faktura. Allt stannar i webbläsaren: inget laddas upp.", "Dodaj historię użycia i opłaty z faktury. Wszystko zostaje w tej przeglądarce: nic nie jest wysyłane."],
    HistoryAsOf => ["A usage history of {rows} daily counts is loaded: the simulation starts on its first date, {first}, with its counts; the counts below apply only without it.", "En användningshistorik med {rows} dagliga värden är inläst: simuleringen börjar på dess första datum, {first}, med dess antal; antalen nedan gäller bara utan den.", "Wczytano historię użycia ({rows} dziennych wartości): symulacja zaczyna się od jej pierwszej daty, {first}, z jej liczbami; liczby poniżej dotyczą tylko sytuacji bez niej."],
    ExplainedBy => ["Explained by {how}.", "Förklaras av {how}.", "Wyjaśnia to: {how}."],
    ExplainedOr => [" or ", " eller ", " lub "],
    NoExplanation => ["No other combination of assumptions explains it: check the history, the tier and the price book.", "Ingen annan kombination av antaganden förklarar det: kontrollera historiken, nivån och prislistan.", "Żadna inna kombinacja założeń tego nie wyjaśnia: sprawdź historię, poziom i cennik."],
    ChangeProcessing => ["processing at {time} instead of {was}", "bearbetning kl. {time} i stället för {was}", "przetwarzanie o {time} zamiast {was}"],
    ChangeDaily => ["proration by days", "proportionering per dag", "proporcja według dni"],
    ChangeSeconds => ["proration by the second", "proportionering per sekund", "proporcja według sekund"],
    ChangeNoProration => ["no proration (the whole period)", "ingen proportionering (hela perioden)", "brak proporcji (cały okres)"],
    ChangeHalfUp => ["rounding half up", "avrundning uppåt vid hälften", "zaokrąglanie połówek w górę"],
    ChangeHalfEven => ["rounding half to even", "avrundning till jämnt", "zaokrąglanie połówek do parzystej"],
    ChangeNet => ["one net line for each upgrade, rounded once", "en nettorad per uppgradering, avrundad en gång", "jedna pozycja netto na podwyższenie, zaokrąglona raz"],
    ChangePerLine => ["proration rounded per line (a credit and a charge)", "proportionering avrundad per rad (en kredit och en debitering)", "proporcja zaokrąglana w każdej pozycji (uznanie i obciążenie)"],
    ChangeClamp => ["update dates on the last day of short months", "uppdateringsdatum den sista dagen i korta månader", "daty aktualizacji w ostatnim dniu krótkich miesięcy"],
    ChangeRoll => ["update dates rolled to the 1st after short months", "uppdateringsdatum flyttade till den 1:a efter korta månader", "daty aktualizacji przesunięte na 1. dzień po krótkich miesiącach"],
    ProcessingTimeShort => ["processing at", "bearbetning kl.", "przetwarzanie o"],
    ChartHistory => ["history", "historik", "historia"],
    MyAccount => ["My account", "Mitt konto", "Moje konto"],
    NameCopy => ["{name} (copy)", "{name} (kopia)", "{name} (kopia)"],
    NameMonthly => ["{name} (monthly term)", "{name} (månadsavtal)", "{name} (umowa miesięczna)"],
    NameAnnual => ["{name} (annual term)", "{name} (årsavtal)", "{name} (umowa roczna)"],
    NameAfterUpdate => ["{name} (imports after the update date)", "{name} (import efter uppdateringsdatumet)", "{name} (import po dacie aktualizacji)"],
    DescRecurring => ["Tier {tier}, {from} to {to}", "Nivå {tier}, {from} till {to}", "Poziom {tier}, od {from} do {to}"],
    DescUpgrade => ["Upgrade from tier {from} to {to}: {share} of the price difference", "Uppgradering från nivå {from} till {to}: {share} av prisskillnaden", "Podwyższenie z poziomu {from} do {to}: {share} różnicy w cenie"],
    DescCredit => ["Credit for unused tier {from}: {share}", "Kredit för outnyttjad nivå {from}: {share}", "Uznanie za niewykorzystany poziom {from}: {share}"],
    DescCharge => ["Tier {to} for the rest of the period: {share}", "Nivå {to} för resten av perioden: {share}", "Poziom {to} na resztę okresu: {share}"],
    ShareDays => ["{left}/{of} days", "{left}/{of} dagar", "{left}/{of} dni"],
    ShareSeconds => ["{fraction} of the period", "{fraction} av perioden", "{fraction} okresu"],
    ShareWhole => ["the whole period", "hela perioden", "cały okres"],
    EditHistory => ["Edit history", "Redigeringshistorik", "Historia zmian"],
    ResultsRegion => ["Results", "Resultat", "Wyniki"],
    KeyFigures => ["Key figures", "Nyckeltal", "Najważniejsze liczby"],
    HistoryImported => ["Imported {rows} daily counts from {name}. Undo brings back what you had.", "Importerade {rows} dagliga värden från {name}. Ångra tar tillbaka det du hade.", "Zaimportowano {rows} dziennych wartości z {name}. Cofnij przywraca poprzedni stan."],
    // Texts only the advisor, the bill check and the embed's question show:
    // the page leaves their English out, and the modules that show them,
    // loaded on demand or on a page of their own, carry it.
    ;
    AskH => ["What does it cost me?", "Vad kostar det mig?", "Ile mnie to kosztuje?"],
    AskIntro => ["Enter your account as your bill shows it, and what you plan.", "Ange ditt konto som fakturan visar det, och vad du planerar.", "Wpisz dane konta tak, jak pokazuje je rachunek, i to, co planujesz."],
    AskMarketing => ["Marketing contacts today", "Marknadsföringskontakter idag", "Kontakty marketingowe dziś"],
    AskTier => ["Your contact tier", "Din kontaktnivå", "Twój poziom kontaktów"],
    AskPlan => ["What you plan", "Vad du planerar", "Co planujesz"],
    AskPlanImport => ["Import contacts as marketing", "Importera kontakter som marknadsföring", "Import kontaktów jako marketingowych"],
    AskPlanClean => ["Set contacts to non-marketing", "Sätta kontakter som icke-marknadsföring", "Oznaczenie kontaktów jako niemarketingowych"],
    AskCount => ["How many contacts", "Hur många kontakter", "Ile kontaktów"],
    AskOn => ["On", "Den", "Dnia"],
    AskUpgrade => ["Importing {n} contacts on {on} takes you to {billed} billed contacts, over your {tier} tier. You move up to the {to} tier at once, and {amount} is charged on {charge}.", "Att importera {n} kontakter den {on} ger {billed} fakturerade kontakter, över din nivå {tier}. Du flyttas genast upp till nivån {to}, och {amount} debiteras den {charge}.", "Import {n} kontaktów dnia {on} daje {billed} rozliczanych kontaktów, ponad Twój poziom {tier}. Od razu przechodzisz na poziom {to}, a {amount} zostanie naliczone dnia {charge}."],
    AskUntilRenewal => ["Until your renewal on {renewal} it costs {cost} in all, and the tier does not come down before then.", "Fram till förnyelsen den {renewal} kostar det {cost} totalt, och nivån sänks inte före dess.", "Do odnowienia dnia {renewal} kosztuje to łącznie {cost}, a poziom nie spadnie wcześniej."],
    AskAvoid => ["To avoid it, import {fewer} fewer contacts, or set {fewer} contacts to non-marketing before {deadline}.", "För att undvika det: importera {fewer} färre kontakter, eller sätt {fewer} kontakter som icke-marknadsföring före {deadline}.", "Aby tego uniknąć, zaimportuj o {fewer} kontaktów mniej albo oznacz {fewer} kontaktów jako niemarketingowe przed {deadline}."],
    AskAvoidFewer => ["To avoid it, import {fewer} fewer contacts.", "För att undvika det: importera {fewer} färre kontakter.", "Aby tego uniknąć, zaimportuj o {fewer} kontaktów mniej."],
    AskFits => ["Importing {n} contacts on {on} fits in your {tier} tier: it costs nothing more, and {room} more would still fit.", "Att importera {n} kontakter den {on} ryms i din nivå {tier}: det kostar inget extra, och {room} till skulle rymmas.", "Import {n} kontaktów dnia {on} mieści się w Twoim poziomie {tier}: nic nie kosztuje, a zmieściłoby się jeszcze {room}."],
    AskClean => ["Setting {n} contacts to non-marketing on {on} stops paying for them from {update}, the next update date after it; until then they still count.", "Att sätta {n} kontakter som icke-marknadsföring den {on} slutar kosta från {update}, nästa uppdateringsdatum därefter; till dess räknas de.", "Oznaczenie {n} kontaktów jako niemarketingowe dnia {on} przestaje kosztować od {update}, najbliższej daty aktualizacji; do tego czasu nadal się liczą."],
    AskNoDowngrade => ["Your tier stays {tier} until your renewal on {renewal}: a tier never goes down before the renewal, so ask for a lower one then.", "Din nivå förblir {tier} till förnyelsen den {renewal}: en nivå sänks aldrig före förnyelsen, så be om en lägre då.", "Twój poziom pozostaje {tier} do odnowienia dnia {renewal}: poziom nigdy nie spada przed odnowieniem, więc poproś wtedy o niższy."],
    AskOpenFull => ["Open this in the full calculator", "Öppna detta i hela kalkylatorn", "Otwórz to w pełnym kalkulatorze"],
    AskChart => ["Billed contacts and your tier, day by day", "Fakturerade kontakter och din nivå, dag för dag", "Rozliczane kontakty i Twój poziom, dzień po dniu"],
    AskFix => ["Check what you typed:", "Kontrollera det du skrev:", "Sprawdź, co wpisano:"],
    AdvisorWaiting => ["The advisor answers once the scenario has no errors.", "Rådgivaren svarar när scenariot saknar fel.", "Doradca odpowie, gdy scenariusz nie będzie miał błędów."],
    AdvGrowth => ["Growth", "Tillväxt", "Wzrost"],
    AdvGrowthUnit => ["Growth unit", "Tillväxtenhet", "Jednostka wzrostu"],
    AdvPerDay => ["contacts per day", "kontakter per dag", "kontaktów dziennie"],
    AdvPercent => ["% per month (compounding)", "% per månad (ränta på ränta)", "% miesięcznie (składany)"],
    AdvGrowthHint => ["for example a workflow that flips contacts to marketing", "till exempel ett arbetsflöde som gör kontakter till marknadsföring", "np. przepływ pracy zmieniający kontakty na marketingowe"],
    AdvImport => ["Next import (contacts)", "Nästa import (kontakter)", "Następny import (kontakty)"],
    AdvWindowFrom => ["Import window from", "Importfönster från", "Okno importu od"],
    AdvWindowTo => ["to", "till", "do"],
    AdvCap => ["Cap to try", "Tak att pröva", "Limit do sprawdzenia"],
    AdvStandingH => ["Where you stand", "Läget nu", "Stan obecny"],
    AdvStanding => ["On {now} the account is in tier {tier} with {billed} billed contacts: room for {headroom} more before the tier is exceeded.", "Den {now} har kontot nivå {tier} med {billed} fakturerade kontakter: {headroom} kontakter kvar innan nivån överskrids.", "Dnia {now} konto ma poziom {tier} i {billed} rozliczanych kontaktów: zapas {headroom} kontaktów do przekroczenia poziomu."],
    AdvRenewal => [" The tier can next come down at the renewal on {at} (your time: {viewer}); never before it.", " Nivån kan sänkas tidigast vid förnyelsen {at} (din tid: {viewer}); aldrig före.", " Poziom może spaść najwcześniej przy odnowieniu {at} (twój czas: {viewer}); nigdy wcześniej."],
    AdvStayH => ["Stay in tier", "Stanna i nivån", "Zostań na poziomie"],
    AdvNoUpgrade => ["This scenario causes no automatic upgrade.", "Scenariot orsakar ingen automatisk uppgradering.", "Ten scenariusz nie powoduje automatycznego podwyższenia."],
    AdvStay => ["On {at} the billed count reaches {billed}, over the {from} tier, so the account moves to {to} at once and is charged {charge} the next day.", "Den {at} når antalet fakturerade {billed}, över nivån {from}, så kontot flyttas genast till {to} och debiteras {charge} dagen efter.", "Dnia {at} liczba rozliczanych osiąga {billed}, ponad poziom {from}, więc konto od razu przechodzi na {to} i następnego dnia nalicza się {charge}."],
    AdvStayPlan => ["Made together, these changes keep your plan from causing any upgrade through {until}:", "Tillsammans gör de här ändringarna att planen inte orsakar någon uppgradering till och med {until}:", "Razem te zmiany sprawiają, że plan nie powoduje żadnego podwyższenia do {until}:"],
    AdvChangeImport => ["{event}: import {contacts} fewer contacts.", "{event}: importera {contacts} färre kontakter.", "{event}: zaimportuj o {contacts} kontaktów mniej."],
    AdvChangeImportEach => ["{event}: import {contacts} fewer contacts each time.", "{event}: importera {contacts} färre kontakter varje gång.", "{event}: importuj za każdym razem o {contacts} kontaktów mniej."],
    AdvChangeDaily => ["{event}: add {contacts} fewer contacts a day.", "{event}: lägg till {contacts} färre kontakter per dag.", "{event}: dodawaj o {contacts} kontaktów mniej dziennie."],
    AdvChangeSetMarketing => ["{event}: set {contacts} fewer contacts to marketing.", "{event}: gör {contacts} färre kontakter till marknadsföringskontakter.", "{event}: ustaw o {contacts} kontaktów mniej jako marketingowe."],
    AdvChangeSetMarketingEach => ["{event}: set {contacts} fewer contacts to marketing each time.", "{event}: gör {contacts} färre kontakter till marknadsföringskontakter varje gång.", "{event}: ustawiaj za każdym razem o {contacts} kontaktów mniej jako marketingowe."],
    AdvChangeOr => [" Or set {contacts} contacts to non-marketing before {deadline} (your time: {viewer}), when changes are next processed; at that moment is too late.", " Eller gör {contacts} kontakter till icke-marknadsföringskontakter före {deadline} (din tid: {viewer}), när ändringar bearbetas nästa gång; vid den tidpunkten är det för sent.", " Albo ustaw {contacts} kontaktów jako niemarketingowe przed {deadline} (twój czas: {viewer}), kiedy zmiany zostaną przetworzone; w tej chwili będzie już za późno."],
    AdvChangeNoProcessing => [" Setting contacts to non-marketing instead would not help: no update date comes before it, so they would still count.", " Att i stället göra kontakter till icke-marknadsföringskontakter hjälper inte: inget uppdateringsdatum kommer före, så de skulle fortfarande räknas.", " Ustawienie kontaktów jako niemarketingowe nic by nie dało: wcześniej nie ma daty aktualizacji, więc nadal by się liczyły."],
    AdvStayTotal => ["Together they save {saving} over the whole period.", "Tillsammans sparar de {saving} under hela perioden.", "Razem oszczędzają {saving} w całym okresie."],
    AdvUnavoidableHistory => ["On {at} your usage history goes over the {from} tier and the account moves to {to}. That has already happened, so no change to your plan avoids it.", "Den {at} går din användningshistorik över nivån {from} och kontot flyttas till {to}. Det har redan hänt, så ingen ändring av planen undviker det.", "Dnia {at} historia użycia przekracza poziom {from} i konto przechodzi na {to}. To już się stało, więc żadna zmiana planu tego nie uniknie."],
    AdvUnavoidableRemovals => ["On {at} the account would move from {from} to {to}. Importing fewer contacts before then would not help: your plan later deletes or changes more contacts than would be left.", "Den {at} skulle kontot flyttas från {from} till {to}. Att importera färre kontakter före dess hjälper inte: planen tar senare bort eller ändrar fler kontakter än det då skulle finnas.", "Dnia {at} konto przeszłoby z {from} na {to}. Mniejszy import wcześniej nie pomoże: plan później usuwa lub zmienia więcej kontaktów, niż by wtedy było."],
    AdvUnavoidableLimit => ["On {at} the account would move from {from} to {to}. Your plan has too many upgrades for the advice to cover this one as well.", "Den {at} skulle kontot flyttas från {from} till {to}. Planen har för många uppgraderingar för att rådet ska täcka även den här.", "Dnia {at} konto przeszłoby z {from} na {to}. Plan ma zbyt wiele podwyższeń, by porada objęła także to."],
    EvImportOn => ["The import on {date}", "Importen den {date}", "Import z {date}"],
    EvMonthlyImport => ["The monthly import from {date}", "Den månatliga importen från {date}", "Comiesięczny import od {date}"],
    EvDaily => ["The daily additions from {from} to {to}", "De dagliga tilläggen från {from} till {to}", "Codzienne dodawanie od {from} do {to}"],
    EvSetMarketingOn => ["Setting contacts to marketing on {date}", "Att göra kontakter till marknadsföringskontakter den {date}", "Ustawienie kontaktów jako marketingowe {date}"],
    EvMonthlySetMarketing => ["Setting contacts to marketing each month from {date}", "Att varje månad göra kontakter till marknadsföringskontakter från {date}", "Comiesięczne ustawianie kontaktów jako marketingowe od {date}"],
    EvDailySetMarketing => ["Setting contacts to marketing daily from {from} to {to}", "Att dagligen göra kontakter till marknadsföringskontakter från {from} till {to}", "Codzienne ustawianie kontaktów jako marketingowe od {from} do {to}"],
    AdvSaving => [" Saving: {saving} over the whole period.", " Besparing: {saving} under perioden.", " Oszczędność: {saving} w całym okresie."],
    AdvForecastH => ["Crossing forecast", "Prognos för gränser", "Prognoza przekroczeń"],
    AdvForecastHint => ["Enter a growth rate to see when each threshold and tier is crossed, and what each crossing costs until renewal.", "Ange en tillväxttakt för att se när varje gräns och nivå passeras, och vad varje passage kostar fram till förnyelsen.", "Podaj tempo wzrostu, aby zobaczyć, kiedy zostanie przekroczony każdy próg i poziom oraz ile każde przekroczenie kosztuje do odnowienia."],
    AdvForecastNone => ["At this rate no threshold or tier is crossed by {through}; {billed} billed then.", "I den takten passeras ingen gräns eller nivå före {through}; {billed} fakturerade då.", "W tym tempie żaden próg ani poziom nie zostanie przekroczony do {through}; wtedy {billed} rozliczanych."],
    AdvForecastEnd => ["By {through}: {billed} billed. An upgrade's cost until renewal is its prorated charge plus the price difference of each billing period before the renewal.", "Till {through}: {billed} fakturerade. En uppgraderings kostnad till förnyelsen är den proportionella debiteringen plus prisskillnaden för varje faktureringsperiod före förnyelsen.", "Do {through}: {billed} rozliczanych. Koszt podwyższenia do odnowienia to naliczenie proporcjonalne plus różnica cen za każdy okres rozliczeniowy przed odnowieniem."],
    AdvCrossThreshold => ["{p} % of {tier} (notified within 24–48 h)", "{p} % av {tier} (meddelas inom 24–48 h)", "{p} % z {tier} (powiadomienie w ciągu 24–48 h)"],
    AdvCrossTier => ["{tier} exceeded: upgrade to {to}", "{tier} överskriden: uppgradering till {to}", "{tier} przekroczony: podwyższenie do {to}"],
    AdvWhen => ["When", "När", "Kiedy"],
    AdvWhat => ["What", "Vad", "Co"],
    AdvBilled => ["Billed", "Fakturerade", "Rozliczane"],
    AdvCostToRenewal => ["Cost until renewal", "Kostnad till förnyelsen", "Koszt do odnowienia"],
    AdvMarginalH => ["Marginal cost", "Marginalkostnad", "Koszt krańcowy"],
    AdvOne => ["One more marketing contact now costs {today} today, {renewal} until the renewal and {horizon} over the whole period.", "En marknadsföringskontakt till kostar nu {today} i dag, {renewal} till förnyelsen och {horizon} under perioden.", "Jeden kontakt marketingowy więcej kosztuje teraz {today} dziś, {renewal} do odnowienia i {horizon} w całym okresie."],
    AdvImportFits => ["An import of {n} now fits in the tier: {today} today, {renewal} until the renewal, {horizon} over the whole period.", "En import av {n} ryms nu i nivån: {today} i dag, {renewal} till förnyelsen, {horizon} under perioden.", "Import {n} mieści się teraz w poziomie: {today} dziś, {renewal} do odnowienia, {horizon} w całym okresie."],
    AdvImportUp => ["An import of {n} now moves the account to tier {tier}: {today} charged tomorrow, {renewal} in all until the renewal, {horizon} over the whole period.", "En import av {n} nu flyttar kontot till nivå {tier}: {today} debiteras i morgon, {renewal} till förnyelsen, {horizon} under perioden.", "Import {n} teraz przenosi konto na poziom {tier}: {today} naliczone jutro, {renewal} do odnowienia, {horizon} w całym okresie."],
    AdvTimingH => ["Timing", "Tidpunkt", "Termin"],
    AdvTiming => ["The cheapest day to import {n} between {from} and {to} is {best}: {cost}, {saved} less than on {worst}, the dearest.", "Billigaste dagen att importera {n} mellan {from} och {to} är {best}: {cost}, {saved} mindre än {worst}, den dyraste.", "Najtańszy dzień na import {n} między {from} a {to} to {best}: {cost}, o {saved} mniej niż {worst}, najdroższy."],
    AdvOnTopOfPlan => [" (On top of everything your plan already adds.)", " (Utöver allt som planen redan lägger till.)", " (Ponad wszystko, co plan już dodaje.)"],
    AdvOtherImportsAsPlanned => [" (With your other imports as planned.)", " (Med dina andra importer som planerat.)", " (Przy pozostałych importach zgodnie z planem.)"],
    AdvTimingPlanned => ["Your import of {n} planned for {day} adds {cost} to the bill.", "Din import av {n} planerad till {day} höjer fakturan med {cost}.", "Twój import {n} zaplanowany na {day} zwiększa rachunek o {cost}."],
    AdvTimingFlat => ["Importing {n} costs {cost} on any day between {from} and {to}.", "Att importera {n} kostar {cost} vilken dag som helst mellan {from} och {to}.", "Import {n} kosztuje {cost} w dowolnym dniu między {from} a {to}."],
    AdvTimingFree => ["The cheapest day to import {n} between {from} and {to} is {best}: it adds nothing to the bill through {through}, because your tier then already holds them or no update date counts them before that day. On {worst}, the dearest, it adds {saved}.", "Billigaste dagen att importera {n} mellan {from} och {to} är {best}: det höjer inte fakturan till och med {through}, eftersom din nivå då redan rymmer dem eller inget uppdateringsdatum räknar dem före den dagen. Den {worst}, den dyraste, kostar det {saved}.", "Najtańszy dzień na import {n} między {from} a {to} to {best}: nie zwiększa rachunku do {through}, bo poziom już je mieści albo żadna data aktualizacji nie liczy ich przed tym dniem. Dnia {worst}, najdroższego, kosztuje {saved}."],
    AdvTimingFlatFree => ["Importing {n} on any day between {from} and {to} adds nothing to the bill through {through}: your tier then already holds them, or no update date counts them before that day.", "Att importera {n} vilken dag som helst mellan {from} och {to} höjer inte fakturan till och med {through}: din nivå rymmer dem redan, eller inget uppdateringsdatum räknar dem före den dagen.", "Import {n} w dowolnym dniu między {from} a {to} nie zwiększa rachunku do {through}: poziom już je mieści albo żadna data aktualizacji nie liczy ich przed tym dniem."],
    AdvTimingBusy => ["Trying each day of the window…", "Provar varje dag i fönstret…", "Sprawdzam każdy dzień okna…"],
    AdvTimingThrough => ["Costs are counted through {through}, the day before the renewal after the window, because the tier cannot come down before it. Imports land at 00:00, after that day's processing.", "Kostnaderna räknas till och med {through}, dagen före förnyelsen efter fönstret, eftersom nivån inte kan sänkas före den. Importer sker kl. 00:00, efter dagens bearbetning.", "Koszty liczone są do {through}, dnia przed odnowieniem po oknie, bo poziom nie może spaść wcześniej. Importy następują o 00:00, po przetwarzaniu tego dnia."],
    AdvDay => ["Day", "Dag", "Dzień"],
    AdvImportCost => ["Import cost", "Importkostnad", "Koszt importu"],
    NoteCheapest => ["cheapest", "billigast", "najtańszy"],
    NoteDearest => ["dearest", "dyrast", "najdroższy"],
    NoteWindowStart => ["first day of the window", "fönstrets första dag", "pierwszy dzień okna"],
    NoteBeforeUpdate => ["day before an update date", "dagen före ett uppdateringsdatum", "dzień przed datą aktualizacji"],
    NoteUpdate => ["update date: pending contacts have just cleared", "uppdateringsdatum: väntande kontakter har just rensats", "data aktualizacji: oczekujące kontakty właśnie zniknęły"],
    NoteAfterRenewal => ["day after a renewal", "dagen efter en förnyelse", "dzień po odnowieniu"],
    NoteWindowEnd => ["last day of the window", "fönstrets sista dag", "ostatni dzień okna"],
    AdvTermsH => ["Term choice", "Val av avtal", "Wybór umowy"],
    AdvTermsHint => ["The same usage under each term. \"Cost of tiers used\" adds up each day's tier at its monthly price (monthly terms × {factor}), so terms compare whatever the billing dates; \"invoiced\" is what falls due within the period (annual billing charges a year in advance).", "Samma användning med varje avtal. \"Kostnad för nivåerna\" summerar varje dags nivå till månadspriset (månadsavtal × {factor}), så avtalen kan jämföras oavsett faktureringsdagar; \"fakturerat\" är det som förfaller inom perioden (årsfakturering debiterar ett år i förväg).", "To samo użycie przy każdej umowie. \"Koszt poziomów\" sumuje poziom z każdego dnia według ceny miesięcznej (umowy miesięczne × {factor}), więc umowy można porównać niezależnie od dat rozliczeń; \"zafakturowano\" to kwoty wymagalne w okresie (rozliczenie roczne z góry za rok)."],
    AdvTermCol => ["Contract", "Avtal", "Umowa"],
    AdvAccrued => ["Cost of tiers used", "Kostnad för nivåerna", "Koszt poziomów"],
    AdvInvoiced => ["Invoiced", "Fakturerat", "Zafakturowano"],
    AdvNotSold => ["not sold for this edition", "säljs inte för denna utgåva", "niesprzedawana dla tej wersji"],
    AdvCurrent => ["yours", "ditt", "twoja"],
    AdvCapH => ["Cap", "Tak", "Limit"],
    AdvCapText => ["A cap of {cap} marketing contacts would have kept {blocked} contacts non-marketing, and the bill for the whole period would be {with} instead of {without}: {diff} less, with {up_with} upgrades instead of {up_without}.", "Ett tak på {cap} marknadsföringskontakter skulle ha hållit {blocked} kontakter som icke-marknadsföring, och fakturan under perioden skulle bli {with} i stället för {without}: {diff} mindre, med {up_with} uppgraderingar i stället för {up_without}.", "Limit {cap} kontaktów marketingowych zatrzymałby {blocked} kontaktów jako niemarketingowe, a rachunek w okresie wyniósłby {with} zamiast {without}: o {diff} mniej, z {up_with} podwyższeniami zamiast {up_without}."],
    AdvCapNothing => ["A cap of {cap} marketing contacts would block nothing in this scenario: the bill stays {without}.", "Ett tak på {cap} marknadsföringskontakter skulle inte stoppa något i detta scenario: fakturan blir {without}.", "Limit {cap} kontaktów marketingowych niczego by tu nie zablokował: rachunek wynosi {without}."],
    HistoryH => ["Usage history", "Användningshistorik", "Historia użycia"],
    HistoryDrop => ["Drop a CSV file with the header date,billed here, or ", "Släpp en CSV-fil med rubriken date,billed här, eller ", "Upuść tutaj plik CSV z nagłówkiem date,billed albo "],
    HistoryChoose => ["choose a file", "välj en fil", "wybierz plik"],
    HistoryHint => ["One row per day, in the account's time zone, as the usage page charts it. A missing day keeps the previous count. An optional third column, non_marketing, is used when present.", "En rad per dag, i kontots tidszon, som användningssidan visar den. En saknad dag behåller föregående antal. En valfri tredje kolumn, non_marketing, används om den finns.", "Jeden wiersz na dzień, w strefie czasowej konta, tak jak pokazuje strona użycia. Brakujący dzień zachowuje poprzednią liczbę. Opcjonalna trzecia kolumna non_marketing jest używana, jeśli istnieje."],
    HistorySummary => ["History: {rows} daily counts from {first} to {last}. It replaces the contact events on those dates; planned events after {last} continue from its last count.", "Historik: {rows} dagliga värden från {first} till {last}. Den ersätter kontakthändelserna de dagarna; planerade händelser efter {last} fortsätter från dess sista antal.", "Historia: {rows} dziennych wartości od {first} do {last}. Zastępuje zdarzenia kontaktów w tych dniach; zaplanowane zdarzenia po {last} zaczynają się od jej ostatniej liczby."],
    HistoryRemove => ["Remove history", "Ta bort historiken", "Usuń historię"],
    HistoryRejected => ["{name} was not imported; nothing was changed. Fix these lines and try again:", "{name} importerades inte; inget ändrades. Rätta dessa rader och försök igen:", "Nie zaimportowano {name}; nic nie zmieniono. Popraw te wiersze i spróbuj ponownie:"],
    InvoiceH => ["Invoice charges", "Fakturans debiteringar", "Opłaty z faktury"],
    InvoiceLabel => ["Paste the charges from your invoice, one a line: date and amount", "Klistra in debiteringarna från fakturan, en per rad: datum och belopp", "Wklej opłaty z faktury, jedną w wierszu: data i kwota"],
    InvoiceCheck => ["Check invoice", "Kontrollera fakturan", "Sprawdź fakturę"],
    InvoiceClear => ["Clear invoice", "Rensa fakturan", "Wyczyść fakturę"],
    InvoiceRejected => ["These charges were not checked; the previous ones are kept. Fix these lines:", "Debiteringarna kontrollerades inte; de tidigare behålls. Rätta dessa rader:", "Tych opłat nie sprawdzono; poprzednie zostają. Popraw te wiersze:"],
    AuditMatches => ["The invoice matches the simulation: every charge is accounted for.", "Fakturan stämmer med simuleringen: varje debitering är förklarad.", "Faktura zgadza się z symulacją: każda opłata jest wyjaśniona."],
    AuditSummary => ["{ok} of {n} charges match.", "{ok} av {n} debiteringar stämmer.", "{ok} z {n} opłat się zgadza."],
    AuditMissing => [" {missing} simulated charges are not on the invoice.", " {missing} simulerade debiteringar saknas på fakturan.", " Brak na fakturze {missing} symulowanych opłat."],
    OnInvoice => ["Invoice", "Faktura", "Faktura"],
    Simulated => ["Simulated", "Simulerat", "Symulacja"],
    Verdict => ["Verdict", "Bedömning", "Ocena"],
    VerdictMatches => ["Matches", "Stämmer", "Zgadza się"],
    VerdictDiffers => ["Differs by {diff}", "Skiljer sig med {diff}", "Różni się o {diff}"],
    VerdictRounding => ["Differs by {diff}: a rounding difference", "Skiljer sig med {diff}: en avrundningsskillnad", "Różni się o {diff}: różnica zaokrąglenia"],
    VerdictNotSimulated => ["Not in the simulation", "Finns inte i simuleringen", "Brak w symulacji"],
    VerdictMissing => ["Missing from the invoice", "Saknas på fakturan", "Brak na fakturze"],
    TryAll => ["Try every assumption", "Prova alla antaganden", "Wypróbuj wszystkie założenia"],
    TryAllHint => ["Simulates all 48 combinations of processing time, proration, rounding, lines and month end.", "Simulerar alla 48 kombinationer av bearbetningstid, proportionering, avrundning, rader och månadsslut.", "Symuluje wszystkie 48 kombinacji godziny przetwarzania, proporcji, zaokrąglenia, pozycji i końca miesiąca."],
    TryAllFound => ["{n} of 48 combinations match this invoice exactly:", "{n} av 48 kombinationer stämmer exakt med fakturan:", "{n} z 48 kombinacji dokładnie zgadza się z fakturą:"],
    TryAllNone => ["None of the 48 combinations matches this invoice exactly. Check the history, the tier and the price book.", "Ingen av de 48 kombinationerna stämmer exakt med fakturan. Kontrollera historiken, nivån och prislistan.", "Żadna z 48 kombinacji nie zgadza się dokładnie z fakturą. Sprawdź historię, poziom i cennik."],
    UseThese => ["Use these", "Använd dessa", "Użyj tych"],
}

/// What an engine error asks of the person, in the chosen language and
/// without its field path: "Enter 0 or more (you typed -5)." The page puts
/// it next to the field; [`error_text`] adds the field's name. The engine's
/// own English, with the path, is the CLI's and the API's.
pub fn error_detail(lang: Lang, f: &dyn crate::app::text::Format, e: &Error) -> String {
    use ErrorCode::*;
    let key = match e.code {
        Negative => T::ErrNegative,
        TooBig => T::ErrTooBig,
        InvalidDate => T::ErrInvalidDate,
        InvalidDateTime => T::ErrInvalidDateTime,
        InvalidTime => T::ErrInvalidTime,
        DateOutOfRange => T::ErrDateOutOfRange,
        UnsupportedTimezone => T::ErrUnsupportedTimezone,
        UntilBeforeAsOf => T::ErrUntilBeforeAsOf,
        AsOfBeforeStart => T::ErrAsOfBeforeStart,
        HorizonTooLong => T::ErrHorizonTooLong,
        TierNotInBook => T::ErrTierNotInBook,
        TierBelowCount => T::ErrTierBelowCount,
        TiersNotGrowing => T::ErrTiersNotGrowing,
        InvalidMoney => T::ErrInvalidMoney,
        AmountTooLarge => T::ErrAmountTooLarge,
        EditionNotInBook => T::ErrEditionNotInBook,
        // Which contacts, and when, in the person's words.
        RemovesTooMany => match e
            .params
            .iter()
            .find(|(k, _)| *k == "action")
            .map(|(_, v)| v.as_str())
        {
            Some("set_non_marketing") => T::ErrSetsTooManyNonMarketing,
            Some("delete_marketing") => T::ErrDeletesTooManyMarketing,
            Some("set_marketing") => T::ErrSetsTooManyMarketing,
            _ => T::ErrDeletesTooManyNonMarketing,
        },
        EventBeforeAsOf => T::ErrEventBeforeAsOf,
        EndBeforeStart => T::ErrEndBeforeStart,
        MissingField => T::ErrMissingField,
        InvalidThreshold => T::ErrInvalidThreshold,
        HistoryOutOfOrder => T::ErrHistoryOutOfOrder,
        NotCsv => T::ErrNotCsv,
        CsvHeader => T::ErrCsvHeader,
        CsvColumns => T::ErrCsvColumns,
        NotACount => T::ErrNotACount,
        InvoiceLine => T::ErrInvoiceLine,
        TooManyEvents => T::ErrTooMany,
        TooLong => T::ErrTooLong,
        InvalidCurrency => T::ErrInvalidCurrency,
        BandsNotIncreasing => T::ErrBandsNotIncreasing,
        // Errors of a document's shape (a file, a link), which no field of
        // the page can make: the engine's sentence, after its path.
        _ => {
            let m = e.message.as_str();
            return m
                .strip_prefix(e.path.as_str())
                .and_then(|m| m.strip_prefix(": "))
                .unwrap_or(m)
                .to_string();
        }
    };
    // Counts read as the page writes them, with the language's grouping
    // (1,000,000); what a person typed, quoted in other errors (a negative
    // count among them), stays exactly as typed.
    let counts = matches!(e.code, TooBig | RemovesTooMany | TooManyEvents);
    let args: Vec<(&String, String)> = e
        .params
        .iter()
        .map(|(k, v)| {
            if k == "at" && e.code == RemovesTooMany {
                // "2026-12-08T00:00" as the page writes dates.
                let at = crate::engine::plan::parse_date_time(v, "").ok();
                (k, at.map_or_else(|| v.clone(), |t| f.date(t.date())))
            } else if let Some(n) = v.parse::<u64>().ok().filter(|_| counts) {
                (k, f.count(n))
            } else {
                (k, v.clone())
            }
        })
        .collect();
    tf(lang, key, &args)
}

/// True for an error about a document's shape, which [`error_detail`]
/// leaves in the engine's words.
fn is_shape(e: &Error) -> bool {
    matches!(
        e.code,
        ErrorCode::Syntax
            | ErrorCode::TooLarge
            | ErrorCode::UnknownField
            | ErrorCode::InvalidValue
            | ErrorCode::NewerVersion
            | ErrorCode::BadVersion
            | ErrorCode::BadSchedule
            | ErrorCode::UnexpectedField
    )
}

/// An engine error as a list of errors shows it: the field's name, then
/// what to do. "Marketing contacts: Enter 0 or more (you typed -5)."
pub fn error_text(lang: Lang, f: &dyn crate::app::text::Format, e: &Error) -> String {
    let detail = error_detail(lang, f, e);
    match crate::app::field::heading(lang, &e.path) {
        Some(name) => format!("{name}: {detail}"),
        // A file's shape is said where in the file it is.
        None if is_shape(e) => e.message.clone(),
        None => detail,
    }
}

/// Who a warning is about, as people say it: "Event 3", "History row 4".
fn who(lang: Lang, event: EventRef) -> String {
    match event {
        EventRef::Event(i) => tf(lang, T::WarnWhoEvent, &[("n", &(i + 1).to_string())]),
        EventRef::HistoryRow(r) => tf(lang, T::WarnWhoHistory, &[("n", &(r + 1).to_string())]),
        EventRef::TrialImport | EventRef::Alternative => T::WarnWhoTrial.text(lang).to_string(),
    }
}

/// A warning in the chosen language, in the person's words (the engine's
/// own English, with rule numbers and field names, is the CLI's and the
/// API's).
pub fn warning_text(lang: Lang, w: &WarningKind) -> String {
    use WarningKind::*;
    let n = |v: &dyn std::fmt::Display| v.to_string();
    let (key, args): (T, Vec<(&str, String)>) = match w {
        ExamplePrices => (T::WarnExamplePrices, vec![]),
        TermNotSold { edition, term } => (
            T::WarnTermNotSold,
            vec![
                (
                    "edition",
                    crate::app::text::edition_key(*edition).text(lang).into(),
                ),
                (
                    "term",
                    crate::app::text::term_phrase(*term).text(lang).into(),
                ),
            ],
        ),
        BillingLongerThanTerm { .. } => (T::WarnBillingLongerThanTerm, vec![]),
        CapBelowCurrent { cap, billed } => (
            T::WarnCapBelowCurrent,
            vec![("cap", n(cap)), ("billed", n(billed))],
        ),
        CapBlocked {
            event,
            blocked,
            requested,
            cap,
            ..
        } => (
            T::WarnCapBlocked,
            vec![
                ("who", who(lang, *event)),
                ("cap", n(cap)),
                ("blocked", n(blocked)),
                ("requested", n(requested)),
            ],
        ),
        DowngradeRefused {
            event,
            requested_tier,
            billed,
            ..
        } => (
            T::WarnDowngradeRefused,
            vec![
                ("who", who(lang, *event)),
                ("tier", n(requested_tier)),
                ("billed", n(billed)),
            ],
        ),
        DowngradeNotLower {
            event,
            requested_tier,
            tier,
        } => (
            T::WarnDowngradeNotLower,
            vec![
                ("who", who(lang, *event)),
                ("requested", n(requested_tier)),
                ("tier", n(tier)),
            ],
        ),
        DowngradeReplaced {
            event,
            previous_tier,
            requested_tier,
        } => (
            T::WarnDowngradeReplaced,
            vec![
                ("who", who(lang, *event)),
                ("requested", n(requested_tier)),
                ("previous", n(previous_tier)),
            ],
        ),
        ChangeTierNotHigher {
            event,
            requested_tier,
            tier,
        } => (
            T::WarnChangeTierNotHigher,
            vec![
                ("who", who(lang, *event)),
                ("requested", n(requested_tier)),
                ("tier", n(tier)),
            ],
        ),
        EventAfterUntil { event, until } => (
            T::WarnEventAfterUntil,
            vec![("who", who(lang, *event)), ("until", n(until))],
        ),
        ChargeAfterUntil {
            charge_date,
            amount,
            ..
        } => (
            T::WarnChargeAfterUntil,
            vec![("amount", n(amount)), ("date", n(charge_date))],
        ),
        AdviceLimited { upgrades, computed } => (
            T::WarnAdviceLimited,
            vec![("computed", n(computed)), ("upgrades", n(upgrades))],
        ),
    };
    tf(lang, key, &args)
}

// The translations are checked natively, where the tables are built in.
#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    fn placeholders(s: &str) -> Vec<&str> {
        let mut out: Vec<&str> = s
            .split('{')
            .skip(1)
            .filter_map(|p| p.split_once('}').map(|(k, _)| k))
            .collect();
        out.sort_by_key(|k| *k);
        out
    }

    /// Every message has all three translations, with the same placeholders.
    #[test]
    fn each_key_reads_its_own_text_from_the_packed_tables() {
        assert_eq!(
            T::Tagline.text(Lang::En),
            "What will your marketing-contacts bill be, and when?"
        );
        assert_eq!(T::Undo.text(Lang::Sv), "↶ Ångra");
        assert_eq!(T::Save.text(Lang::Pl), "Zapisz");
        assert_eq!(T::Save.text(Lang::Sv), "Spara");
        let whole: String = T::ALL.iter().map(|k| k.text(Lang::En)).collect();
        assert_eq!(whole, ENGLISH);
        let last = *T::ALL.last().unwrap();
        assert!(!last.text(Lang::Pl).is_empty());
    }

    /// The page's build has no English for the panels' keys, so code the
    /// page runs must not use them: only the advisor's and the bill
    /// check's files may.
    #[test]
    fn only_the_panels_use_the_texts_the_page_leaves_out() {
        let panels = [
            "src/ui/components/advisor.rs",
            "src/ui/components/audit.rs",
            "src/app/advice_text.rs",
            "src/ui/analysis.rs",
            "src/app/ask.rs",
            "src/ui/ask.rs",
        ];
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/src");
        let mut stack = vec![std::path::PathBuf::from(root)];
        let mut misused = Vec::new();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                let name = path.to_string_lossy().replace('\\', "/");
                if !name.ends_with(".rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                // What the tests of a file use is not in the page.
                let code = text.split("#[cfg(test)]").next().unwrap();
                let code = code.split("#[cfg(all(test").next().unwrap();
                // A panel's notices are shown, and said, by the page.
                let notices: String;
                let code = if panels.iter().any(|p| name.ends_with(p)) {
                    notices = code
                        .split("Notice::")
                        .skip(1)
                        .filter_map(|rest| rest.split_once("T::"))
                        .map(|(_, key)| {
                            format!(
                                "T::{} ",
                                key.split(|c: char| !c.is_alphanumeric()).next().unwrap()
                            )
                        })
                        .collect();
                    notices.as_str()
                } else {
                    code
                };
                for key in PANEL_KEYS {
                    let used = format!("T::{key:?}");
                    let whole = code.match_indices(&used).any(|(i, _)| {
                        !code[i + used.len()..].starts_with(|c: char| c.is_alphanumeric())
                    });
                    if whole {
                        misused.push(format!("{name}: {used}"));
                    }
                }
            }
        }
        assert!(
            misused.is_empty(),
            "panel-only texts used by the page: {misused:#?}"
        );
        assert!(PANEL_KEYS.contains(&T::AdvTiming));
    }

    #[test]
    fn every_message_is_translated_with_the_same_placeholders() {
        for key in T::ALL {
            let en = key.text(Lang::En);
            for lang in [Lang::Sv, Lang::Pl] {
                let text = key.text(lang);
                assert!(
                    !text.trim().is_empty(),
                    "{key:?} has no {} text",
                    lang.code()
                );
                assert_eq!(
                    placeholders(en),
                    placeholders(text),
                    "{key:?} in {}",
                    lang.code()
                );
            }
        }
    }

    /// A translation identical to English is a missing one, except for names.
    #[test]
    fn no_message_is_left_in_english() {
        let same_in_every_language = [
            T::Starter,
            T::Professional,
            T::Enterprise,
            T::AddImport,
            T::RegionJapan,
            T::Account,
            T::Scenario,
            T::ScenarioN,
            T::Rule2020,
            T::ProrationNote,
        ];
        for key in T::ALL {
            if same_in_every_language.contains(key) {
                continue;
            }
            let en = key.text(Lang::En);
            assert!(
                key.text(Lang::Sv) != en || key.text(Lang::Pl) != en,
                "{key:?} is not translated"
            );
            for lang in [Lang::Sv, Lang::Pl] {
                assert_ne!(
                    key.text(lang),
                    en,
                    "{key:?} in {} is the English text",
                    lang.code()
                );
            }
        }
    }

    /// The browser app reads Swedish and Polish from `www/lang/`: those
    /// files must be these tables, for these keys.
    #[test]
    fn the_language_files_are_current() {
        for lang in [Lang::Sv, Lang::Pl] {
            let path = format!(
                "{}/www/lang/{}.json",
                env!("CARGO_MANIFEST_DIR"),
                lang.code()
            );
            let want = language_file(lang);
            if std::env::var_os("UPDATE_LANGUAGE_FILES").is_some() {
                std::fs::write(&path, &want).unwrap();
            }
            let have = std::fs::read_to_string(&path).unwrap_or_default();
            assert!(
                have == want,
                "{path} is out of date: run UPDATE_LANGUAGE_FILES=1 cargo test --lib language_files"
            );
            assert_eq!(install(lang, &have), Ok(()));
        }
    }

    #[test]
    fn a_language_file_for_other_keys_or_another_language_is_refused() {
        let sv = language_file(Lang::Sv);
        assert!(install(Lang::Pl, &sv).unwrap_err().contains("\"sv\""));
        let old = sv.replace(&format!("\"keys\": {KEYS}"), "\"keys\": 1");
        assert!(install(Lang::Sv, &old)
            .unwrap_err()
            .contains("another version"));
        assert!(install(Lang::Sv, "<html>404</html>")
            .unwrap_err()
            .contains("not a language file"));
    }

    #[test]
    fn languages_follow_the_browser_tag() {
        assert_eq!(Lang::from_tag("sv-SE"), Lang::Sv);
        assert_eq!(Lang::from_tag("pl"), Lang::Pl);
        assert_eq!(Lang::from_tag("de-DE"), Lang::En);
        assert_eq!(Lang::En.locale("en-GB"), "en-GB");
        assert_eq!(Lang::En.locale("de-DE"), "en-US");
    }

    #[test]
    fn every_warning_reads_in_every_language() {
        let w = WarningKind::CapBelowCurrent {
            cap: 10,
            billed: 20,
        };
        assert!(warning_text(Lang::Sv, &w).contains("Taket 10"));
        assert!(warning_text(Lang::Pl, &w).contains("Limit 10"));
        let e = Error::new(
            "contacts.marketing",
            ErrorCode::Negative,
            "must not be negative (got -5)",
        )
        .with("value", -5);
        assert_eq!(
            error_text(Lang::Sv, &crate::app::text::Plain, &e),
            "Marknadsföringskontakter: Ange 0 eller mer (du skrev -5)."
        );
        assert_eq!(
            error_text(Lang::En, &crate::app::text::Plain, &e),
            "Marketing contacts: Enter 0 or more (you typed -5)."
        );
        assert_eq!(
            error_detail(Lang::Pl, &crate::app::text::Plain, &e),
            "Wpisz 0 lub więcej (wpisano -5)."
        );
        let big = Error::new("contacts.marketing", ErrorCode::TooBig, "too big")
            .with("value", 2_000_000_000u64)
            .with("max", 1_000_000_000u64);
        assert_eq!(
            error_detail(Lang::En, &crate::app::text::Plain, &big),
            "Enter at most 1,000,000,000 (you typed 2,000,000,000)."
        );
        let date =
            Error::new("until", ErrorCode::InvalidDate, "not a date").with("value", 20261201);
        assert!(
            error_detail(Lang::En, &crate::app::text::Plain, &date).contains("\"20261201\""),
            "typed text is quoted as typed"
        );
        // Counts go through the page's formatter (Intl in the browser;
        // `Plain` groups with commas).
        assert_eq!(
            error_detail(Lang::Sv, &crate::app::text::Plain, &big),
            "Ange högst 1,000,000,000 (du skrev 2,000,000,000)."
        );
        let csv = Error::new(
            "line 3",
            ErrorCode::NotACount,
            "\"x\" is not a whole number",
        )
        .with("value", "x");
        assert_eq!(
            error_text(Lang::Sv, &crate::app::text::Plain, &csv),
            "Rad 3: \"x\" är inget heltal"
        );
        let shape = Error::new(
            "events[0]",
            ErrorCode::UnknownField,
            "has no field \"colour\"",
        );
        assert_eq!(
            error_detail(Lang::En, &crate::app::text::Plain, &shape),
            "has no field \"colour\""
        );
    }
}
