//! Finding bytes of a class sixteen at a time. Most text a scan walks over has none of
//! the bytes it looks for (a quote to escape, a capital a name can start with, a
//! non-ASCII character), so the scan's cost is its cost per byte where nothing is
//! found. A 16-byte vector compared at once (`wide`'s `u8x16`: SSE2 on x86-64, NEON on
//! AArch64, plain code elsewhere) takes about a third of the instructions of the
//! eight-bytes-in-a-`u64` arithmetic it replaces, with no carries to reason about.
//!
//! A class is a function from sixteen bytes to sixteen lanes, each 0xFF where its byte
//! belongs to the class and 0 where it does not, built from the comparisons below.

use wide::u8x16;

/// Sixteen bytes of text, or sixteen lanes of a class.
pub type Lanes = u8x16;

/// Bytes per step.
pub const WIDTH: usize = 16;

/// Lanes set where a byte of `x` is below `n` (unsigned; `n` > 0).
#[inline(always)]
pub fn below(x: Lanes, n: u8) -> Lanes {
    x.min(u8x16::splat(n - 1)).cmp_eq(x)
}

/// Lanes set where a byte of `x` is at least `n` (unsigned).
#[inline(always)]
pub fn at_least(x: Lanes, n: u8) -> Lanes {
    x.max(u8x16::splat(n)).cmp_eq(x)
}

/// Lanes set where a byte of `x` is `b`.
#[inline(always)]
pub fn equal(x: Lanes, b: u8) -> Lanes {
    x.cmp_eq(u8x16::splat(b))
}

/// Lanes set where a byte of `x` lies in `low..=high`.
#[inline(always)]
pub fn within(x: Lanes, low: u8, high: u8) -> Lanes {
    x.max(u8x16::splat(low)).min(u8x16::splat(high)).cmp_eq(x)
}

/// The bytes of `class` among the sixteen from `at` on, as bits (bit `k` for byte
/// `at + k`); `None` when fewer than sixteen bytes are left there.
#[inline(always)]
pub fn mask_at(bytes: &[u8], at: usize, class: impl Fn(Lanes) -> Lanes) -> Option<u32> {
    let chunk: [u8; WIDTH] = bytes.get(at..at + WIDTH)?.try_into().ok()?;
    Some(bits(class(u8x16::new(chunk))))
}

/// The lanes of a class as bits (bit `k` for lane `k`).
#[inline(always)]
pub fn bits(lanes: Lanes) -> u32 {
    lanes.move_mask() as u32 & 0xffff
}

/// Offset of the first byte from `from` on that `class` marks; `wanted` is the same
/// test on one byte, for the last bytes that do not fill a step.
#[inline(always)]
pub fn find(
    bytes: &[u8],
    from: usize,
    class: impl Fn(Lanes) -> Lanes,
    wanted: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut at = from;
    while let Some(mask) = mask_at(bytes, at, &class) {
        if mask != 0 {
            return Some(at + mask.trailing_zeros() as usize);
        }
        at += WIDTH;
    }
    bytes
        .get(at..)?
        .iter()
        .position(|&b| wanted(b))
        .map(|p| at + p)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// Each comparison against the byte-by-byte test it stands for, over every byte.
    #[test]
    fn comparisons_mark_exactly_their_bytes() {
        for start in (0..=255u8).step_by(16) {
            let chunk: [u8; 16] = std::array::from_fn(|k| start + k as u8);
            let bits = |class: &dyn Fn(Lanes) -> Lanes| mask_at(&chunk, 0, class).unwrap();
            let expect = |test: &dyn Fn(u8) -> bool| -> u32 {
                (0..16).filter(|&k| test(chunk[k])).map(|k| 1 << k).sum()
            };
            for n in [1u8, 0x20, 0x7f, 0x80, 0xff] {
                assert_eq!(bits(&|x| below(x, n)), expect(&|b| b < n));
                assert_eq!(bits(&|x| at_least(x, n)), expect(&|b| b >= n));
                assert_eq!(bits(&|x| equal(x, n)), expect(&|b| b == n));
            }
            assert_eq!(
                bits(&|x| within(x, b'A', b'Z')),
                expect(&|b| b.is_ascii_uppercase())
            );
        }
    }

    proptest! {
        /// `find` finds what a byte-by-byte search finds, from any offset, in texts of
        /// every length around the step.
        #[test]
        fn finds_the_first_byte_of_a_class(
            bytes in proptest::collection::vec(
                prop_oneof![Just(b'a'), Just(b'"'), Just(0x05u8), Just(0xc3u8), any::<u8>()],
                0..70,
            ),
            from in 0usize..72,
        ) {
            let class = |x: Lanes| below(x, 0x20) | equal(x, b'"');
            let wanted = |b: u8| b < 0x20 || b == b'"';
            let naive = bytes
                .get(from..)
                .and_then(|rest| rest.iter().position(|&b| wanted(b)))
                .map(|p| from + p);
            prop_assert_eq!(find(&bytes, from, class, wanted), naive);
        }
    }
}
