//! Repairs UTF-8 text that was decoded as windows-1251 or KOI8-R, the two legacy
//! Cyrillic encodings scrapers fall back to.
//!
//! Why: Russian pages read with the wrong charset turn `Привет` into `РџСЂРёРІРµС‚`
//! (windows-1251) or `п÷я─п╦п╡п╣я┌` (KOI8-R), and punctuation into `вЂ”` or `В«`.
//! Mapping the characters back to the legacy bytes and decoding them as UTF-8 restores
//! the text exactly. windows-1251 is tried first, then KOI8-R.
//!
//! Correct Russian or Ukrainian text is full of the same letters, so the rule is strict:
//! a sequence is re-decoded only when its bytes are valid UTF-8 for a Cyrillic letter,
//! a Latin-1 character or common punctuation, and the text holds at least one
//! unambiguous sequence: a run of two or more (a damaged word), or a continuation that is
//! a symbol rather than a letter or closing punctuation. A lone `Рі` (Ukrainian `Рівне`)
//! or `Р»` (`«ЦЕНТР»`) never proves damage on its own.
//!
//! Known false positives: in a text that is damaged elsewhere, such lone look-alikes are
//! re-decoded too; plain-text tables drawn with box characters right after a Cyrillic
//! `п` or `я` look like KOI8-R damage.
//!
//! Example: `РџСЂРёРІРµС‚, РјРёСЂ вЂ” В«С‚РµСЃС‚В»` becomes `Привет, мир — «тест»`.

use crate::normalize::mojibake;
use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "EN002",
    name: "mojibake-cyrillic",
    source: include_str!("mojibake_cyrillic.rs"),
};

/// The repaired text and the number of sequences re-decoded, or `None`.
pub fn apply(s: &str) -> Option<(String, usize)> {
    // A lead is a letter А..я, U+0410..=U+044F: UTF-8 bytes D0 90..=D0 BF or
    // D1 80..=D1 8F.
    if !mojibake::has_pair(s, 0xd0, 0x90..=0xbf) && !mojibake::has_pair(s, 0xd1, 0x80..=0x8f) {
        return None;
    }
    mojibake::repair(s, &[mojibake::windows_1251(), mojibake::koi8_r()])
}

#[cfg(test)]
mod tests {
    use super::apply;
    use encoding_rs::{Encoding, KOI8_R, WINDOWS_1251};

    fn damage(s: &str, encoding: &'static Encoding) -> String {
        encoding
            .decode_without_bom_handling(s.as_bytes())
            .0
            .into_owned()
    }

    fn repaired(s: &str) -> String {
        apply(s).map_or_else(|| s.to_string(), |r| r.0)
    }

    const TEXTS: &[&str] = &[
        "Привет, мир — «тест».",
        "Министр иностранных дел России Сергей Лавров заявил, что…",
        "Київ, Рівне, Львів: п’ять років і ґанок",
        "Ёжик в тумане, а я\u{a0}здесь",
        "Short: и, а, в.",
    ];

    #[test]
    fn repairs_windows_1251_and_koi8_r() {
        assert_eq!(
            repaired("РџСЂРёРІРµС‚, РјРёСЂ вЂ” В«С‚РµСЃС‚В»"),
            "Привет, мир — «тест»"
        );
        for text in TEXTS {
            assert_eq!(repaired(&damage(text, WINDOWS_1251)), *text, "1251: {text}");
            assert_eq!(repaired(&damage(text, KOI8_R)), *text, "koi8: {text}");
        }
    }

    #[test]
    fn leaves_correct_text_alone() {
        for text in TEXTS.iter().chain(&[
            "«ЦЕНТР» и «РЖД» сообщили; СЁМГА, Сёмга, Рёбра",
            "Рівне, РІК, МАТІР’Ю, Р’ЯЗАНЬ",
            "В\u{a0}Москве, я\u{a0}думаю, п\u{a0}и т.д.",
            "Сјеница, Рјечник, Ђорђе",
            "її, є, ї — Україна",
        ]) {
            assert_eq!(apply(text), None, "{text}");
        }
    }

    #[test]
    fn lone_weak_sequences_need_evidence() {
        // `Рё` alone could be a real word start; next to a damaged word it is damage.
        assert_eq!(apply("Рё"), None);
        assert_eq!(repaired("Рё РјРёСЂ"), "и мир");
    }
}
