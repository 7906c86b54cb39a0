//! Repairs UTF-8 text that was decoded as windows-1252 or ISO-8859-1 ("mojibake"),
//! including text damaged twice.
//!
//! Why: a scraper that guesses the wrong charset turns `café` into `cafÃ©` and `it’s`
//! into `itâ€™s`; saved again, the damage compounds (`cafÃƒÂ©`). Every such sequence
//! is a UTF-8 byte sequence read one byte at a time, so mapping the characters back to
//! their windows-1252 bytes and decoding those as UTF-8 restores the text exactly.
//!
//! A sequence is re-decoded only when its bytes are valid UTF-8 standing for a plausible
//! character (a letter of a common script, punctuation, a symbol), and the text holds at
//! least one unambiguous sequence (a run like `Ã¢â‚¬`, a symbol such as `€` or `©` in
//! continuation position, or an uppercase lead after a lowercase letter as in `cafÃ©`).
//! Correct French, German, Portuguese or Polish text is never touched: accented letters
//! followed by ordinary letters or spaces are not sequences at all.
//!
//! Known false positives: text that quotes mojibake on purpose (an article about
//! encodings) is repaired too; in a text that is damaged elsewhere, an uppercase word
//! ending in `Ã` or `Å` right before a closing quote or dash (`IRMÃ”`) is re-decoded.
//! Not repaired: damage where the undefined windows-1252 bytes were dropped or replaced
//! by U+FFFD (`â€�`), since the original byte is gone.
//!
//! Example: `Itâ€™s a cafÃ© â€” naÃ¯ve` becomes `It’s a café — naïve`.

use crate::normalize::mojibake;
use crate::rules::RuleMeta;

pub static META: RuleMeta = RuleMeta {
    code: "EN001",
    name: "mojibake-latin",
    source: include_str!("mojibake_latin.rs"),
};

/// The repaired text and the number of sequences re-decoded, or `None`.
pub fn apply(s: &str) -> Option<(String, usize)> {
    // A lead is one of U+00C2..=U+00F4: the UTF-8 bytes C3 82..=C3 B4.
    if !mojibake::has_pair(s, 0xc3, 0x82..=0xb4) {
        return None;
    }
    mojibake::repair(s, &[mojibake::windows_1252()])
}

#[cfg(test)]
mod tests {
    use super::apply;
    use encoding_rs::{WINDOWS_1251, WINDOWS_1252};

    fn damage(s: &str) -> String {
        WINDOWS_1252
            .decode_without_bom_handling(s.as_bytes())
            .0
            .into_owned()
    }

    fn repaired(s: &str) -> String {
        apply(s).map_or_else(|| s.to_string(), |r| r.0)
    }

    #[test]
    fn repairs_single_and_double_damage() {
        assert_eq!(repaired("Itâ€™s a cafÃ© â€” naÃ¯ve"), "It’s a café — naïve");
        assert_eq!(repaired("cafÃƒÂ©"), "café");
        assert_eq!(repaired("Ã¢â‚¬Å“quotedÃ¢â‚¬\u{9d}"), "“quoted”");
        for text in [
            "Müller aß Spätzle in Köln; „Grüße“ — Straße",
            "Łódź, Gdańsk, Kraków: żółć, zażółć gęślą jaźń",
            "Où est la pâte à crêpes ? « déjà vu » voilà\u{a0}!",
            "Καλημέρα κόσμε",
            "Привет, мир",
            "São Paulo, ação, coração, irmã",
            "Tiếng Việt có dấu",
            "😀 emoji and ™ and € 12",
        ] {
            assert_eq!(repaired(&damage(text)), text, "{text}");
            assert_eq!(repaired(&damage(&damage(text))), text, "double: {text}");
        }
    }

    #[test]
    fn latin1_controls_count_as_bytes() {
        // ISO-8859-1 turns byte 0x92 into U+0092, not into ’.
        assert_eq!(repaired("itâ\u{80}\u{99}s"), "it’s");
    }

    #[test]
    fn leaves_correct_text_alone() {
        for text in [
            "Müller aß Spätzle in Köln; „Grüße“ — Straße",
            "Où est la pâte à crêpes ? « déjà vu » voilà\u{a0}!",
            "Łódź, Gdańsk, Kraków: żółć, zażółć gęślą jaźń",
            "SÃO PAULO, NÃO, IRMÃ” disse; AÇÃO…",
            "The letter Ã is used in Portuguese; â in French (âme, château).",
            "ÂGE D’OR — CAFÉ… PERCHÉ” COSÌ” ÅR» MÄDCHEN\u{ad}HAFT",
            "ä…” and Ö’s and ÉTÉ—",
            "Привет, мир! Ёлка, щи, объём.",
            "€100, £5, ©2024, ½ cup, 25°C, x² + y³",
        ] {
            assert_eq!(apply(text), None, "{text}");
        }
    }

    #[test]
    fn cyrillic_decoded_as_1251_is_not_this_rule() {
        let damaged = WINDOWS_1251
            .decode_without_bom_handling("Привет".as_bytes())
            .0;
        assert_eq!(apply(&damaged), None);
    }
}
