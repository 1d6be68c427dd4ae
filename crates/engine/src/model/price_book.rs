//! The price book: which tiers exist and what each costs per month.
//!
//! A tier is `included + k × pack_size` contacts and costs `base` plus each of
//! its `k` packs. A pack whose first contact is at or beyond a band's `from`
//! costs that band's `pack_price`. The article gives no prices, so the built-in
//! book is an *example*, marked as such in its own data.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::error::{join, Error, ErrorCode};
use crate::money;
use crate::scenario::{BandSpec, Edition, EditionPricesSpec, PriceBookSpec, Term};

pub use crate::fields::MAX_COUNT;

/// The built-in example price book (USD, per month). Not HubSpot's prices.
pub fn example() -> PriceBookSpec {
    let edition =
        |included: i64, base: &str, pack_size: i64, pack_price: &str, bands: &[(i64, &str)]| {
            EditionPricesSpec {
                included,
                base: base.to_string(),
                pack_size,
                pack_price: pack_price.to_string(),
                bands: bands
                    .iter()
                    .map(|(from, price)| BandSpec {
                        from: *from,
                        pack_price: price.to_string(),
                    })
                    .collect(),
            }
        };
    let mut editions = BTreeMap::new();
    editions.insert(Edition::Starter, edition(1000, "20.00", 1000, "45.00", &[]));
    editions.insert(
        Edition::Professional,
        edition(2000, "800.00", 5000, "225.00", &[(52000, "180.00")]),
    );
    editions.insert(
        Edition::Enterprise,
        edition(10000, "3600.00", 10000, "100.00", &[(100000, "75.00")]),
    );
    editions.insert(Edition::Basic, edition(1000, "200.00", 1000, "50.00", &[]));
    PriceBookSpec {
        name: Some("Example prices (not an official price list)".to_string()),
        currency: "USD".to_string(),
        monthly_term_factor: Some("1.2".to_string()),
        example: true,
        editions,
    }
}

/// A validated price book.
#[derive(Debug, Clone, PartialEq)]
pub struct PriceBook {
    /// Label.
    pub name: String,
    /// ISO 4217 code.
    pub currency: String,
    /// Decimals of the currency's minor unit.
    pub minor_units: u32,
    /// Multiplier for monthly terms.
    pub monthly_term_factor: Decimal,
    /// True for example prices.
    pub example: bool,
    /// Prices per edition.
    pub editions: EditionTable,
}

/// Validated prices for each edition the book lists: a slot per edition,
/// not a map (a `BTreeMap` here was its own copy of the map's code in the
/// browser bundle).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct EditionTable([Option<EditionPrices>; Edition::ALL.len()]);

impl EditionTable {
    fn slot(edition: Edition) -> usize {
        Edition::ALL.iter().position(|e| *e == edition).unwrap_or(0)
    }

    /// One edition's prices, if the book lists it.
    pub fn get(&self, edition: &Edition) -> Option<&EditionPrices> {
        self.0[Self::slot(*edition)].as_ref()
    }

    /// How many editions the book lists.
    pub fn len(&self) -> usize {
        self.0.iter().flatten().count()
    }

    /// True when the book lists no edition.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn insert(&mut self, edition: Edition, prices: EditionPrices) {
        self.0[Self::slot(edition)] = Some(prices);
    }
}

impl std::ops::Index<&Edition> for EditionTable {
    type Output = EditionPrices;

    /// The prices of an edition the book must list (tests).
    fn index(&self, edition: &Edition) -> &EditionPrices {
        self.get(edition).expect("the book lists this edition")
    }
}

/// Packs of a tier that cost one price: `packs` × `price` per month, for
/// the contacts from `first_contact` to `last_contact`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PackRun {
    /// How many packs.
    pub packs: u64,
    /// The monthly price of each.
    pub price: Decimal,
    /// The first contact the first of them holds.
    pub first_contact: u64,
    /// The last contact the last of them holds.
    pub last_contact: u64,
}

/// One edition's validated prices.
#[derive(Debug, Clone, PartialEq)]
pub struct EditionPrices {
    /// Contacts in the base tier.
    pub included: u64,
    /// Monthly price of the base tier.
    pub base: Decimal,
    /// Contacts per pack (never zero).
    pub pack_size: u64,
    /// Monthly price of a pack below every band.
    pub pack_price: Decimal,
    /// Bands as `(from, pack_price)`, strictly increasing in `from`.
    pub bands: Vec<(u64, Decimal)>,
}

impl EditionPrices {
    /// True when `tier` is one of this edition's tiers.
    pub fn is_tier(&self, tier: u64) -> bool {
        tier >= self.included && (tier - self.included).is_multiple_of(self.pack_size)
    }

    /// The smallest tier that holds `count` contacts (R7).
    pub fn tier_for(&self, count: u64) -> u64 {
        if count <= self.included {
            self.included
        } else {
            let packs = (count - self.included).div_ceil(self.pack_size);
            self.included + packs * self.pack_size
        }
    }

    /// The tiers just below and just above `tier` (for error messages).
    pub fn neighbours(&self, tier: u64) -> (Option<u64>, u64) {
        if tier < self.included {
            return (None, self.included);
        }
        let k = (tier - self.included) / self.pack_size;
        let below = self.included + k * self.pack_size;
        (Some(below), below + self.pack_size)
    }

    /// The monthly list price of a tier, unrounded. A checked plan proves
    /// that every tier it can reach has a representable price
    /// ([`PriceBook::checked_period_price`]); outside one, a price too large
    /// to represent reads as zero rather than overflowing.
    pub fn monthly_price(&self, tier: u64) -> Decimal {
        self.checked_monthly_price(tier).unwrap_or_default()
    }

    /// The monthly list price of a tier, or `None` when it is too large to
    /// represent.
    pub fn checked_monthly_price(&self, tier: u64) -> Option<Decimal> {
        let mut total = self.base;
        for run in self.runs(tier) {
            total = total.checked_add(run.price.checked_mul(Decimal::from(run.packs))?)?;
        }
        Some(total)
    }

    /// A tier's monthly price in its parts: the base, then each run of packs
    /// that cost one price, in order (SPEC §4: a pack whose first contact is
    /// at or beyond a band's `from` costs that band's price). The base plus
    /// every run's packs × price is [`EditionPrices::monthly_price`].
    pub fn runs(&self, tier: u64) -> Vec<PackRun> {
        let packs = self.tier_packs(tier);
        // Segments of packs with one price: (first pack number, price).
        let mut segments: Vec<(u64, Decimal)> = vec![(1, self.pack_price)];
        for &(from, price) in &self.bands {
            // Pack j's first contact is included + (j − 1) × pack_size + 1.
            let first_pack = if from <= self.included + 1 {
                1
            } else {
                (from - self.included - 1).div_ceil(self.pack_size) + 1
            };
            segments.retain(|&(j, _)| j < first_pack);
            segments.push((first_pack, price));
        }
        let mut out = Vec::new();
        for (i, &(j, price)) in segments.iter().enumerate() {
            let next = segments.get(i + 1).map_or(u64::MAX, |s| s.0);
            let last = packs.min(next.saturating_sub(1));
            if last >= j {
                out.push(PackRun {
                    packs: last - j + 1,
                    price,
                    first_contact: self.included + (j - 1) * self.pack_size + 1,
                    last_contact: self.included + last * self.pack_size,
                });
            }
        }
        out
    }

    fn tier_packs(&self, tier: u64) -> u64 {
        tier.saturating_sub(self.included) / self.pack_size
    }
}

impl PriceBook {
    /// Validates a written price book. `path` is where it sits (`prices`).
    ///
    /// # Errors
    /// Every problem found, each with its field path.
    pub fn from_spec(spec: &PriceBookSpec, path: &str) -> Result<PriceBook, Vec<Error>> {
        let mut errors = Vec::new();
        let currency_ok =
            spec.currency.len() == 3 && spec.currency.bytes().all(|b| b.is_ascii_uppercase());
        if !currency_ok {
            errors.push(
                Error::new(
                    join(path, "currency"),
                    ErrorCode::InvalidCurrency,
                    format!(
                        "\"{}\" is not a currency code such as \"USD\"",
                        spec.currency
                    ),
                )
                .with("value", &spec.currency),
            );
        }
        let factor = match &spec.monthly_term_factor {
            None => Decimal::ONE,
            Some(text) => {
                price(text, &join(path, "monthly_term_factor"), &mut errors).unwrap_or(Decimal::ONE)
            }
        };
        let mut editions = EditionTable::default();
        for (edition, e) in &spec.editions {
            let p = join(&join(path, "editions"), edition.code());
            if let Some(prices) = edition_prices(e, &p, &mut errors) {
                editions.insert(*edition, prices);
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(PriceBook {
            name: spec.name.clone().unwrap_or_default(),
            currency: spec.currency.clone(),
            minor_units: money::minor_units(&spec.currency),
            monthly_term_factor: factor,
            example: spec.example,
            editions,
        })
    }

    /// The price of `tier` for one billing period of `billing` under `term`:
    /// monthly price × months, × the monthly-term factor for monthly terms.
    pub fn period_price(
        &self,
        prices: &EditionPrices,
        tier: u64,
        term: Term,
        billing: Term,
    ) -> Decimal {
        self.checked_period_price(prices, tier, term, billing)
            .unwrap_or_default()
    }

    /// [`PriceBook::period_price`], or `None` when the price is too large to
    /// represent. The plan checks the largest tier a scenario can reach with
    /// it, so the simulation's arithmetic never overflows.
    pub fn checked_period_price(
        &self,
        prices: &EditionPrices,
        tier: u64,
        term: Term,
        billing: Term,
    ) -> Option<Decimal> {
        prices
            .checked_monthly_price(tier)?
            .checked_mul(Decimal::from(billing.months()))?
            .checked_mul(self.term_factor(term))
    }

    /// The factor prices carry under a term: the book's monthly-term factor
    /// for monthly terms, 1 for annual ones.
    pub fn term_factor(&self, term: Term) -> Decimal {
        match term {
            Term::Monthly => self.monthly_term_factor,
            Term::Annual => Decimal::ONE,
        }
    }
}

fn price(text: &str, path: &str, errors: &mut Vec<Error>) -> Option<Decimal> {
    match money::parse(text) {
        None => {
            errors.push(
                Error::new(
                    path,
                    ErrorCode::InvalidMoney,
                    format!("\"{text}\" is not a decimal amount such as \"800.00\""),
                )
                .with("value", text),
            );
            None
        }
        Some(v) if v.is_sign_negative() && !v.is_zero() => {
            errors.push(
                Error::new(
                    path,
                    ErrorCode::Negative,
                    format!("must not be negative (got {text})"),
                )
                .with("value", text),
            );
            None
        }
        Some(v) => Some(v),
    }
}

fn count(value: i64, path: &str, errors: &mut Vec<Error>) -> Option<u64> {
    crate::fields::count(value, path)
        .map_err(|e| errors.push(e))
        .ok()
}

fn edition_prices(
    e: &EditionPricesSpec,
    path: &str,
    errors: &mut Vec<Error>,
) -> Option<EditionPrices> {
    let before = errors.len();
    let included = count(e.included, &join(path, "included"), errors);
    let base = price(&e.base, &join(path, "base"), errors);
    let pack_size = count(e.pack_size, &join(path, "pack_size"), errors);
    if pack_size == Some(0) {
        errors.push(
            Error::new(
                join(path, "pack_size"),
                ErrorCode::TiersNotGrowing,
                "must be at least 1, or the tiers do not grow",
            )
            .with("value", 0),
        );
    }
    let pack_price = price(&e.pack_price, &join(path, "pack_price"), errors);
    let mut bands = Vec::new();
    let mut previous: Option<u64> = None;
    for (i, b) in e.bands.iter().enumerate() {
        let bp = format!("{}[{i}]", join(path, "bands"));
        let from = count(b.from, &join(&bp, "from"), errors);
        let price = price(&b.pack_price, &join(&bp, "pack_price"), errors);
        if let (Some(from), Some(prev)) = (from, previous) {
            if from <= prev {
                errors.push(
                    Error::new(
                        join(&bp, "from"),
                        ErrorCode::BandsNotIncreasing,
                        format!("bands must start at increasing contact numbers ({from} is not above {prev})"),
                    )
                    .with("from", from)
                    .with("previous", prev),
                );
            }
        }
        previous = from.or(previous);
        if let (Some(from), Some(price)) = (from, price) {
            bands.push((from, price));
        }
    }
    if errors.len() > before {
        return None;
    }
    Some(EditionPrices {
        included: included?,
        base: base?,
        pack_size: pack_size?,
        pack_price: pack_price?,
        bands,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn book() -> PriceBook {
        PriceBook::from_spec(&example(), "prices").unwrap()
    }

    #[test]
    fn the_example_book_is_labelled_as_example_prices() {
        let b = book();
        assert!(b.example);
        assert!(b.name.to_lowercase().contains("example"));
        assert_eq!(b.currency, "USD");
        assert_eq!(b.editions.len(), 4);
    }

    #[test]
    fn tiers_are_included_plus_whole_packs() {
        let pro = &book().editions[&Edition::Professional];
        assert!(pro.is_tier(2000));
        assert!(pro.is_tier(7000));
        assert!(!pro.is_tier(5000));
        assert!(!pro.is_tier(1000));
        assert_eq!(pro.tier_for(0), 2000);
        assert_eq!(pro.tier_for(2000), 2000);
        assert_eq!(pro.tier_for(2001), 7000);
        assert_eq!(pro.tier_for(12001), 17000);
        assert_eq!(pro.neighbours(5000), (Some(2000), 7000));
    }

    #[test]
    fn packs_beyond_a_band_cost_the_band_price() {
        let pro = &book().editions[&Edition::Professional];
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(pro.monthly_price(2000), d("800.00"));
        assert_eq!(pro.monthly_price(7000), d("1025.00"));
        // Packs 1..=10 cover contacts 2001..=52000: all below the band.
        assert_eq!(pro.monthly_price(52000), d("800") + d("225") * d("10"));
        // Pack 11 starts at contact 52001, at or beyond the band's 52000.
        assert_eq!(
            pro.monthly_price(57000),
            d("800") + d("225") * d("10") + d("180")
        );
        assert_eq!(
            pro.monthly_price(62000),
            d("800") + d("225") * d("10") + d("360")
        );
    }

    #[test]
    fn a_band_starting_inside_a_pack_applies_from_the_next_pack() {
        let e = EditionPrices {
            included: 0,
            base: Decimal::ZERO,
            pack_size: 10,
            pack_price: Decimal::from(5),
            bands: vec![(15, Decimal::from(3)), (31, Decimal::from(1))],
        };
        // Packs start at 1, 11, 21, 31, 41: prices 5, 5, 3, 1, 1.
        assert_eq!(e.monthly_price(50), Decimal::from(15));
    }

    #[test]
    fn a_book_whose_tiers_do_not_grow_is_refused() {
        let mut spec = example();
        spec.editions.get_mut(&Edition::Starter).unwrap().pack_size = 0;
        let errors = PriceBook::from_spec(&spec, "prices").unwrap_err();
        assert_eq!(errors[0].path(), "prices.editions.starter.pack_size");
        assert_eq!(errors[0].code(), ErrorCode::TiersNotGrowing);
    }

    #[test]
    fn negative_prices_and_float_like_text_are_refused() {
        let mut spec = example();
        spec.editions.get_mut(&Edition::Starter).unwrap().base = "-1.00".into();
        spec.editions.get_mut(&Edition::Basic).unwrap().pack_price = "1e2".into();
        let errors = PriceBook::from_spec(&spec, "prices").unwrap_err();
        let paths: Vec<_> = errors.iter().map(|e| (e.path(), e.code())).collect();
        assert!(paths.contains(&("prices.editions.starter.base", ErrorCode::Negative)));
        assert!(paths.contains(&("prices.editions.basic.pack_price", ErrorCode::InvalidMoney)));
    }

    #[test]
    fn bands_must_increase() {
        let mut spec = example();
        spec.editions.get_mut(&Edition::Professional).unwrap().bands = vec![
            BandSpec {
                from: 52000,
                pack_price: "1".into(),
            },
            BandSpec {
                from: 52000,
                pack_price: "1".into(),
            },
        ];
        let errors = PriceBook::from_spec(&spec, "prices").unwrap_err();
        assert_eq!(
            errors[0].path(),
            "prices.editions.professional.bands[1].from"
        );
        assert_eq!(errors[0].code(), ErrorCode::BandsNotIncreasing);
    }

    /// Issue 24, item 1: the rep's quote. Professional packs at 150.00, the
    /// band from 52,000 at 180.00: tier 102,000 is the base, 10 packs at
    /// 150.00 (contacts 2,001 to 52,000) and 10 at 180.00 (52,001 to
    /// 102,000).
    #[test]
    fn a_tier_price_is_its_base_and_each_run_of_packs() {
        let mut spec = example();
        spec.editions
            .get_mut(&Edition::Professional)
            .unwrap()
            .pack_price = "150.00".into();
        let book = PriceBook::from_spec(&spec, "prices").unwrap();
        let p = &book.editions[&Edition::Professional];
        let runs = p.runs(102_000);
        let d = |s: &str| s.parse::<Decimal>().unwrap();
        assert_eq!(
            runs,
            [
                PackRun {
                    packs: 10,
                    price: d("150.00"),
                    first_contact: 2001,
                    last_contact: 52_000
                },
                PackRun {
                    packs: 10,
                    price: d("180.00"),
                    first_contact: 52_001,
                    last_contact: 102_000
                },
            ]
        );
        assert_eq!(p.monthly_price(102_000), d("4100.00"));
        assert!(p.runs(2000).is_empty());
    }
}
