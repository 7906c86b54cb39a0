//! Records the news agency named in a dateline as the document's `publisher`, keeping
//! the text: "WASHINGTON (Sputnik) — …", "MOSCOW, May 11 (Reuters) - …", "MOSCOW, May
//! 11. /TASS/. …", "МОСКВА, 11 мая — РИА Новости. …" (up to three capitalized words
//! between the dash and a full stop), and with the place in ordinary case when the agency is a known one
//! ("Berlin (dpa) - …", "Frankfurt/Main (dpa/lhe) – …").
//!
//! Why: wire stories name their agency only in the dateline. The dateline is part of
//! the article as agencies write it, so it stays; the agency is what `publisher` asks.
//!
//! Known false positives: a republished wire story names the agency, not the site that
//! republished it; `metadata_sources.publisher` says the value came from this rule, and
//! a publisher line found by `publisher-dateline` wins.
//!
//! Example: `WASHINGTON (Sputnik) — Prior to the meeting…` stays as it is and
//! `publisher` = `Sputnik`.

use std::sync::LazyLock;

use regex::Regex;

use crate::authors;
use crate::rules::{Action, DocView, Meta, PhraseSet, Rule, RuleMeta};

pub struct DatelineAgency;

static META: RuleMeta = RuleMeta {
    code: "MT005",
    name: "dateline-agency",
    source: include_str!("dateline_agency.rs"),
};

static DATELINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?P<place>\p{Lu}[\p{L}.'\-/ ]+?)(?:,\s*[\p{L}\d.\- ]+?)?\s*",
        r"(?:\((?P<agency>\p{L}[\p{L}&.\-/ ]+)\)\s*[—–-]\s|/(?P<slashed>\p{Lu}[\p{L}&.\- ]+)/\.?\s",
        r"|[—–-]\s+(?P<dashed>\p{Lu}[\p{L}]*(?:\s\p{Lu}[\p{L}]*){0,2})\.\s)",
    ))
    .expect("valid dateline pattern")
});

impl Rule for DatelineAgency {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        let text = doc.text(i);
        // Cheap tests first: a dateline opens with a capital (Unicode's Uppercase holds
        // every letter of the pattern's category Lu), has a parenthesis, a slash or a
        // dash early and opens the document.
        let head = text.get(..80).unwrap_or(text);
        if !text.starts_with(char::is_uppercase)
            || (memchr::memchr3(b'(', b'/', b'-', head.as_bytes()).is_none()
                && !has_long_dash(head))
            || doc.kept_before(i).nth(2).is_some()
        {
            return None;
        }
        let caps = DATELINE.captures(text)?;
        let agency = caps
            .name("agency")
            .or_else(|| caps.name("slashed"))
            .or_else(|| caps.name("dashed"))?
            .as_str()
            .trim();
        if caps.get(0)?.len() > 90 || agency.chars().count() > 30 {
            return None;
        }
        // A place in capitals says it is a dateline ("WASHINGTON"); a place in ordinary
        // case ("Berlin (dpa)") only beside an agency that is known as one, since a
        // name with a party or a role in parentheses opens sentences too.
        let place = caps.name("place")?.as_str();
        let shouting = !place.chars().any(char::is_lowercase);
        let first = agency.split('/').next().unwrap_or(agency).trim();
        let known = authors::AGENCIES
            .iter()
            .any(|a| a.eq_ignore_ascii_case(first));
        if !(shouting && agency.starts_with(char::is_uppercase) || known) {
            return None;
        }
        Some(Action::Note(vec![Meta::Publisher(agency.to_string())]))
    }
}

/// Whether `text` holds an em or an en dash: both are E2 80 9x in UTF-8, and a
/// vectorized search for their last byte goes first.
fn has_long_dash(text: &str) -> bool {
    memchr::memchr2_iter(0x94, 0x93, text.as_bytes())
        .any(|at| at >= 2 && text.as_bytes()[at - 2..at] == [0xE2, 0x80])
}

#[cfg(test)]
mod tests {
    use super::has_long_dash;
    use crate::rules::testing::cleaned_with;

    #[test]
    fn finds_em_and_en_dashes_only() {
        assert!(has_long_dash("BERLIN (dpa) — Die"));
        assert!(has_long_dash("Paris – Le"));
        for text in ["Kyiv - The", "“Quoted” … • x", "", "\u{2015}"] {
            assert!(!has_long_dash(text), "{text}");
        }
    }

    #[test]
    fn records_the_agency_and_keeps_the_text() {
        let doc = "WASHINGTON (Sputnik) — Prior to the meeting, Lavrov spoke.\n";
        let c = cleaned_with("MT005", doc);
        assert_eq!(c.record.publisher.as_deref(), Some("Sputnik"));
        assert_eq!(c.text, doc);
        let c = cleaned_with("MT005", "MOSCOW, May 11 (Reuters) - The Kremlin said.\n");
        assert_eq!(c.record.publisher.as_deref(), Some("Reuters"));
        for (line, agency) in [
            ("MOSCOW, May 11. /TASS/. The Kremlin said.", "TASS"),
            ("Berlin (dpa) - Die Regierung hat entschieden.", "dpa"),
            ("Frankfurt/Main (dpa/lhe) – Die Stadt plant neu.", "dpa/lhe"),
            (
                "МОСКВА, 11 мая — РИА Новости. Министр сказал.",
                "РИА Новости",
            ),
        ] {
            let c = cleaned_with("MT005", &format!("{line}\n"));
            assert_eq!(c.record.publisher.as_deref(), Some(agency), "{line}");
            assert_eq!(c.text, format!("{line}\n"));
        }
    }

    #[test]
    fn ignores_parentheses_elsewhere() {
        let c = cleaned_with(
            "MT005",
            "Tillerson (R) shakes hands with Lavrov (L) - Site\n",
        );
        assert_eq!(c.record.publisher, None);
        let c = cleaned_with(
            "MT005",
            "One.\n\nTwo.\n\nThree.\n\nPARIS (AFP) — Late paragraph.\n",
        );
        assert_eq!(c.record.publisher, None);
        // A dash after the place leads to the story as often as to the agency.
        let c = cleaned_with("MT005", "MOSCOW, May 11 — The Kremlin said so.\n");
        assert_eq!(c.record.publisher, None);
        // A name in ordinary case beside a party's initials is no dateline.
        let c = cleaned_with("MT005", "Merkel (CDU) - Die Kanzlerin sprach.\n");
        assert_eq!(c.record.publisher, None);
        // The dateline opens its line.
        let c = cleaned_with("MT005", "from WASHINGTON (Sputnik) — Lavrov spoke.\n");
        assert_eq!(c.record.publisher, None);
    }

    #[test]
    fn datelines_open_with_any_capital() {
        let c = cleaned_with("MT005", "ÉVIAN (AFP) — The summit opened.\n");
        assert_eq!(c.record.publisher.as_deref(), Some("AFP"));
        let c = cleaned_with("MT005", "МОСКВА (ТАСС) — Встреча прошла.\n");
        assert_eq!(c.record.publisher.as_deref(), Some("ТАСС"));
    }
}
