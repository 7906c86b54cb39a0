//! Finding every place where one of many short byte strings ("windows", one to four
//! bytes: the rare parts of phrases that [`super::PhraseGate`] and long phrase lists
//! look for) starts.
//!
//! Each window length present gets a bitmap of 65,536 bits indexed by a hash of that
//! many bytes. The scan reads the haystack four bytes at a time, one place after the
//! other, and tests one bit per length; only where the bit is set does it look the
//! bytes up among the windows. With a few hundred windows almost every bit is clear,
//! so almost every place costs a multiply, a shift and one load from a table that
//! stays in the processor's first-level cache: about three times the speed of the
//! aho-corasick crate's vectorized searcher once it has more than 32 patterns (its
//! "fat" kind, which compares 16 bytes a step), and with no limit on their number.
//! The phrase gate reads every second place only ([`WindowScan::for_each_even`]; it
//! looks for two windows per phrase, one byte apart), which halves that again.

use std::ops::ControlFlow;

use crate::bits::BitTable;

/// The longest window, in bytes.
pub const MAX_WINDOW: usize = 4;

/// A length's bitmap: one bit per 16-bit hash.
type Bitmap = BitTable<{ (1 << 16) / 64 }>;

#[derive(Debug, Clone)]
pub struct WindowScan {
    /// One table per window length present, longest first.
    tables: Vec<Table>,
}

/// The windows of one length.
#[derive(Debug, Clone)]
struct Table {
    len: usize,
    /// Selects the first `len` bytes of a little-endian four-byte load.
    mask: u32,
    /// Bit `hash(key)` is set for every window's key.
    bits: Bitmap,
    /// The windows as little-endian numbers, sorted and distinct.
    keys: Vec<u32>,
    /// An open-addressing index of `keys`: for a key, from the slot its hash picks
    /// (cut to the table's size) on, the first slot that holds one more than its place
    /// in `keys`, or 0 where it is absent. A place that passes the bitmap's test is
    /// looked up with a probe or two in a table of a few kilobytes, where a binary search
    /// of `keys` waits on ten loads, one after the other.
    slots: Vec<u32>,
    /// For each key, the ids the caller gave that window.
    ids: Vec<Vec<usize>>,
}

/// A window's first `len` bytes (len <= 4) as a little-endian number.
fn key_of(window: &[u8]) -> u32 {
    let mut bytes = [0u8; MAX_WINDOW];
    bytes[..window.len()].copy_from_slice(window);
    u32::from_le_bytes(bytes)
}

/// A bit index for a key: the top 16 bits of a multiplicative hash.
fn hash(key: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B1) >> 16) as usize
}

impl Table {
    fn new(len: usize, windows: &[(&[u8], usize)]) -> Self {
        let mut keyed: Vec<(u32, usize)> = windows
            .iter()
            .filter(|(w, _)| w.len() == len)
            .map(|&(w, id)| (key_of(w), id))
            .collect();
        keyed.sort_unstable();
        // A window given twice under one id is reported once.
        keyed.dedup();
        let mut keys: Vec<u32> = Vec::new();
        let mut ids: Vec<Vec<usize>> = Vec::new();
        for (key, id) in keyed {
            if keys.last() != Some(&key) {
                keys.push(key);
                ids.push(Vec::new());
            }
            if let Some(last) = ids.last_mut() {
                last.push(id);
            }
        }
        let mut bits = Bitmap::new();
        for &key in &keys {
            bits.set(hash(key));
        }
        // At most half full, so that probes stop soon at an empty slot.
        let size = (keys.len() * 2).next_power_of_two().max(16);
        let mut slots = vec![0u32; size];
        for (k, &key) in keys.iter().enumerate() {
            let mut slot = hash(key) & (size - 1);
            while slots[slot] != 0 {
                slot = (slot + 1) & (size - 1);
            }
            // Four-byte windows number at most 2^32 - 1, and so does `keys`.
            slots[slot] = (k + 1) as u32;
        }
        Table {
            len,
            mask: if len == MAX_WINDOW {
                u32::MAX
            } else {
                (1 << (8 * len)) - 1
            },
            bits,
            keys,
            slots,
            ids,
        }
    }

    /// Whether the bit for `key` is set: clear means no window is `key`.
    #[inline(always)]
    fn may_be(&self, key: u32) -> bool {
        self.bits.get(hash(key))
    }

    /// The place of `key` in `keys`, if it is there.
    #[inline]
    fn find(&self, key: u32) -> Option<usize> {
        let mask = self.slots.len() - 1;
        let mut slot = hash(key) & mask;
        loop {
            let k = (self.slots[slot] as usize).checked_sub(1)?;
            if self.keys[k] == key {
                return Some(k);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Reports the ids of the window `key`, if there is one.
    fn report<B>(
        &self,
        key: u32,
        at: usize,
        found: &mut impl FnMut(usize, usize) -> ControlFlow<B>,
    ) -> ControlFlow<B> {
        if let Some(k) = self.find(key) {
            for &id in &self.ids[k] {
                found(at, id)?;
            }
        }
        ControlFlow::Continue(())
    }

    /// The first place from `from` on whose four bytes pass the bitmap's test: a
    /// tight loop that hands only those places to the exact lookup.
    fn next_candidate(&self, hay: &[u8], from: usize) -> Option<(usize, u32)> {
        let rest = hay.get(from..)?;
        rest.windows(MAX_WINDOW)
            .map(|four| u32::from_le_bytes([four[0], four[1], four[2], four[3]]))
            .enumerate()
            .find(|&(_, four)| self.may_be(four))
            .map(|(at, four)| (from + at, four))
    }
}

impl Table {
    /// The first even place from `from` (even) on whose four bytes pass the bitmap's
    /// test. One eight-byte load serves the places `at`, `at + 2` and `at + 4`.
    fn next_even_candidate(&self, hay: &[u8], from: usize) -> Option<(usize, u32)> {
        let mut at = from;
        while let Some(chunk) = hay.get(at..at + 8) {
            let eight = u64::from_le_bytes(chunk.try_into().ok()?);
            for k in [0, 2, 4] {
                // Truncation keeps the four bytes from place `at + k` on.
                let four = (eight >> (8 * k)) as u32;
                if self.may_be(four) {
                    return Some((at + k, four));
                }
            }
            at += 6;
        }
        while let Some(four) = hay.get(at..at + MAX_WINDOW) {
            let four = key_of(four);
            if self.may_be(four) {
                return Some((at, four));
            }
            at += 2;
        }
        None
    }
}

impl WindowScan {
    /// A scan for `windows`, each with the id it is reported under. Windows may repeat
    /// (each distinct id is reported once); empty ones are never found, and only the first
    /// [`MAX_WINDOW`] bytes of a longer one are looked for.
    pub fn new(windows: &[(&[u8], usize)]) -> Self {
        let windows: Vec<(&[u8], usize)> = windows
            .iter()
            .filter(|(w, _)| !w.is_empty())
            .map(|&(w, id)| (&w[..w.len().min(MAX_WINDOW)], id))
            .collect();
        let tables = (1..=MAX_WINDOW)
            .rev()
            .filter(|&len| windows.iter().any(|(w, _)| w.len() == len))
            .map(|len| Table::new(len, &windows))
            .collect();
        WindowScan { tables }
    }

    /// Calls `found(start, id)` for every window that starts in `hay`, in order of
    /// start (at one start, longer windows first); stops when `found` breaks.
    pub fn for_each<B>(
        &self,
        hay: &[u8],
        mut found: impl FnMut(usize, usize) -> ControlFlow<B>,
    ) -> ControlFlow<B> {
        if let [table] = self.tables.as_slice() {
            if table.len == MAX_WINDOW {
                // The common case, kept apart so that the loop tests one table.
                let mut from = 0;
                while let Some((at, four)) = table.next_candidate(hay, from) {
                    table.report(four, at, &mut found)?;
                    from = at + 1;
                }
                return ControlFlow::Continue(());
            }
        }
        // Places with four bytes left, then the last three, read with zeros after the
        // end (never part of a key there: a table reads only as many bytes as are left).
        let whole = hay.len().saturating_sub(MAX_WINDOW - 1);
        for (at, four) in hay.windows(MAX_WINDOW).enumerate() {
            let four = u32::from_le_bytes([four[0], four[1], four[2], four[3]]);
            for table in &self.tables {
                if table.may_be(four & table.mask) {
                    table.report(four & table.mask, at, &mut found)?;
                }
            }
        }
        for at in whole..hay.len() {
            let four = key_of(&hay[at..]);
            for table in self.tables.iter().filter(|t| t.len <= hay.len() - at) {
                if table.may_be(four & table.mask) {
                    table.report(four & table.mask, at, &mut found)?;
                }
            }
        }
        ControlFlow::Continue(())
    }

    /// Calls `found(start, id)` for every four-byte window that starts at an even place
    /// of `hay`, in order of start; stops when `found` breaks. Shorter windows are not
    /// looked for.
    pub fn for_each_even<B>(
        &self,
        hay: &[u8],
        mut found: impl FnMut(usize, usize) -> ControlFlow<B>,
    ) -> ControlFlow<B> {
        for table in self.tables.iter().filter(|t| t.len == MAX_WINDOW) {
            let mut from = 0;
            while let Some((at, four)) = table.next_even_candidate(hay, from) {
                table.report(four, at, &mut found)?;
                from = at + 2;
            }
        }
        ControlFlow::Continue(())
    }

    /// Whether any window occurs in `hay`.
    pub fn any(&self, hay: &[u8]) -> bool {
        self.for_each(hay, |_, _| ControlFlow::Break(())).is_break()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each window with its place in `windows` as its id.
    fn keyed(windows: &[String]) -> Vec<(&[u8], usize)> {
        windows
            .iter()
            .enumerate()
            .map(|(id, w)| (w.as_bytes(), id))
            .collect()
    }

    fn starts(scan: &WindowScan, hay: &str) -> Vec<(usize, usize)> {
        let mut found = Vec::new();
        let _ = scan.for_each::<()>(hay.as_bytes(), |at, id| {
            found.push((at, id));
            ControlFlow::Continue(())
        });
        found
    }

    #[test]
    fn reports_every_start_of_every_window() {
        let scan = WindowScan::new(&[
            (b"rved", 0),
            (b"cook", 1),
            (b"cook", 2),
            (b"co", 3),
            (b"cook", 1),
        ]);
        assert_eq!(
            starts(&scan, "cookie reserved"),
            [(0, 1), (0, 2), (0, 3), (11, 0)]
        );
        assert_eq!(starts(&scan, "nothing here"), []);
        assert_eq!(starts(&scan, "co"), [(0, 3)]);
        assert_eq!(starts(&scan, ""), []);
        assert!(scan.any(b"a cook"));
        assert!(!scan.any(b"a cab"));
    }

    #[test]
    fn thousands_of_windows_are_each_found_and_nothing_else() {
        // Enough windows that many share the first slot their hash picks.
        let windows: Vec<String> = (0..5000).map(|n| format!("{n:04}")).collect();
        let scan = WindowScan::new(&keyed(&windows));
        for (id, window) in windows.iter().enumerate().step_by(7) {
            assert_eq!(starts(&scan, &format!("x{window}")), [(1, id)], "{window}");
        }
        for absent in ["abcd", "x12y", "5000", "9999"] {
            assert!(!scan.any(absent.as_bytes()), "{absent}");
        }
    }

    #[test]
    fn a_longer_window_is_looked_for_by_its_first_four_bytes() {
        let scan = WindowScan::new(&[(b"reserved", 0), (b"", 1)]);
        assert_eq!(starts(&scan, "reserve"), [(0, 0)]);
        assert_eq!(starts(&scan, "rese"), [(0, 0)]);
        assert_eq!(starts(&scan, "res"), []);
    }

    proptest::proptest! {
        /// The scan reports exactly the places a naive search finds, windows of every
        /// length and multibyte text included.
        #[test]
        fn finds_what_a_naive_search_finds(
            hay in "(ab|abc|abcd|b|c|é|ü|x| ){0,12}",
            windows in proptest::collection::vec("(a|b|c|d|é|ü|x| ){1,3}", 1..6),
        ) {
            let pairs = keyed(&windows);
            let scan = WindowScan::new(&pairs);
            let mut naive: Vec<(usize, usize)> = Vec::new();
            for at in 0..hay.len() {
                let mut here: Vec<(usize, usize)> = pairs
                    .iter()
                    .filter(|(w, _)| hay.as_bytes()[at..].starts_with(&w[..w.len().min(MAX_WINDOW)]))
                    .map(|&(w, id)| (w.len().min(MAX_WINDOW), id))
                    .collect();
                // Longer windows first; ids of one window in the order given.
                here.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
                naive.extend(here.into_iter().map(|(_, id)| (at, id)));
            }
            proptest::prop_assert_eq!(starts(&scan, &hay), naive);
        }

        /// The even-place scan reports what a naive search finds at even places, for
        /// the windows of four bytes (or more, looked for by their first four).
        #[test]
        fn the_even_scan_finds_four_byte_windows_at_even_places(
            hay in "(ab|abc|abcd|b|c|é|ü|x| ){0,16}",
            windows in proptest::collection::vec("(a|b|c|d|é|ü|x| ){2,5}", 1..6),
        ) {
            let pairs = keyed(&windows);
            let scan = WindowScan::new(&pairs);
            let mut naive: Vec<(usize, usize)> = Vec::new();
            for at in (0..hay.len()).step_by(2) {
                naive.extend(
                    pairs
                        .iter()
                        .filter(|(w, _)| w.len() >= MAX_WINDOW)
                        .filter(|(w, _)| hay.as_bytes()[at..].starts_with(&w[..MAX_WINDOW]))
                        .map(|&(_, id)| (at, id)),
                );
            }
            let mut even = Vec::new();
            let _ = scan.for_each_even::<()>(hay.as_bytes(), |at, id| {
                even.push((at, id));
                ControlFlow::Continue(())
            });
            proptest::prop_assert_eq!(even, naive);
        }
    }
}
