//! Threshold notifications (R10).
//!
//! A threshold fires when the billed count goes from below it to at or above
//! it, measured against the tier in force. Exceeding (threshold 100) means
//! strictly above the tier. A threshold the count falls below again re-arms.
//! When the tier changes, and at the start, thresholds already reached count
//! as notified.

/// The exceeded-the-tier threshold.
pub const EXCEEDED: u32 = 100;

/// Armed state of each threshold.
#[derive(Debug, Clone)]
pub struct Notifier {
    thresholds: Vec<u32>,
    armed: Vec<bool>,
}

/// True when `billed` has reached `threshold` percent of `tier`.
pub fn reached(threshold: u32, billed: u64, tier: u64) -> bool {
    if threshold == EXCEEDED {
        billed > tier
    } else {
        u128::from(billed) * 100 >= u128::from(threshold) * u128::from(tier)
    }
}

impl Notifier {
    /// A notifier for these percentages (1–99) plus exceeding, with every
    /// threshold already reached counted as notified.
    pub fn new(percentages: &[u32], billed: u64, tier: u64) -> Notifier {
        let mut thresholds: Vec<u32> = percentages.to_vec();
        thresholds.push(EXCEEDED);
        let armed = vec![true; thresholds.len()];
        let mut n = Notifier { thresholds, armed };
        n.reset(billed, tier);
        n
    }

    /// After a tier change: what is already reached counts as notified.
    pub fn reset(&mut self, billed: u64, tier: u64) {
        for (t, armed) in self.thresholds.iter().zip(self.armed.iter_mut()) {
            *armed = !reached(*t, billed, tier);
        }
    }

    /// After a change of the count: the thresholds that fire now, in
    /// ascending order, and re-arms those the count is below.
    pub fn check(&mut self, billed: u64, tier: u64) -> Fired<'_> {
        let mut bits = 0u32;
        for (i, (t, armed)) in self
            .thresholds
            .iter()
            .zip(self.armed.iter_mut())
            .enumerate()
        {
            let now = reached(*t, billed, tier);
            if now && *armed {
                bits |= 1 << i;
            }
            *armed = !now;
        }
        Fired {
            thresholds: &self.thresholds,
            bits,
        }
    }
}

/// Thresholds that fired, without allocating (at most 32 thresholds).
#[derive(Debug, Clone, Copy)]
pub struct Fired<'a> {
    thresholds: &'a [u32],
    bits: u32,
}

impl Iterator for Fired<'_> {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.bits == 0 {
            return None;
        }
        let i = self.bits.trailing_zeros();
        self.bits &= self.bits - 1;
        self.thresholds.get(i as usize).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_jump_fires_every_threshold_it_crosses() {
        let mut n = Notifier::new(&[75, 90, 98], 0, 2000);
        assert_eq!(n.check(1960, 2000).collect::<Vec<_>>(), vec![75, 90, 98]);
        assert_eq!(n.check(1999, 2000).count(), 0);
        assert_eq!(n.check(2001, 2000).collect::<Vec<_>>(), vec![100]);
    }

    #[test]
    fn exactly_at_the_tier_is_not_exceeding() {
        let mut n = Notifier::new(&[], 0, 2000);
        assert_eq!(n.check(2000, 2000).count(), 0);
        assert_eq!(n.check(2001, 2000).collect::<Vec<_>>(), vec![100]);
    }

    #[test]
    fn a_threshold_re_arms_after_the_count_falls_below_it() {
        let mut n = Notifier::new(&[75], 0, 2000);
        assert_eq!(n.check(1500, 2000).collect::<Vec<_>>(), vec![75]);
        assert_eq!(n.check(1600, 2000).count(), 0);
        assert_eq!(n.check(1499, 2000).count(), 0);
        assert_eq!(n.check(1500, 2000).collect::<Vec<_>>(), vec![75]);
    }

    #[test]
    fn thresholds_reached_at_the_start_count_as_notified() {
        let mut n = Notifier::new(&[75, 90], 1850, 2000);
        assert_eq!(n.check(1850, 2000).count(), 0);
        assert_eq!(n.check(1990, 2000).count(), 0);
        assert_eq!(n.check(1990, 2000).count(), 0);
    }
}
