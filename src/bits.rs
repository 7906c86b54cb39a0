//! A fixed table of bits, for the byte filters in front of the phrase and alias
//! matchers: a bit per byte pair or per hash of a few bytes, set for what the
//! matcher can find, so that a clear bit rules a place out with one load.

/// `64 * WORDS` bits, all clear at first.
#[derive(Debug, Clone)]
pub struct BitTable<const WORDS: usize>(Box<[u64; WORDS]>);

impl<const WORDS: usize> BitTable<WORDS> {
    /// How many bits the table holds.
    pub const BITS: usize = 64 * WORDS;

    pub fn new() -> Self {
        BitTable(Box::new([0; WORDS]))
    }

    /// Sets bit `bit` (below [`Self::BITS`]).
    pub fn set(&mut self, bit: usize) {
        self.0[bit / 64] |= 1 << (bit % 64);
    }

    /// Whether bit `bit` (below [`Self::BITS`]) is set.
    #[inline(always)]
    pub fn get(&self, bit: usize) -> bool {
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

impl<const WORDS: usize> Default for BitTable<WORDS> {
    fn default() -> Self {
        Self::new()
    }
}

#[cfg(test)]
mod tests {
    use super::BitTable;

    #[test]
    fn sets_and_reads_single_bits() {
        let mut bits = BitTable::<2>::new();
        assert_eq!(BitTable::<2>::BITS, 128);
        for bit in [0, 63, 64, 127] {
            assert!(!bits.get(bit));
            bits.set(bit);
            assert!(bits.get(bit));
        }
        assert!(!bits.get(1) && !bits.get(62) && !bits.get(65) && !bits.get(126));
    }
}
