//! Removes advertising labels and ad-blocker notices: a line that is only "Anzeige",
//! "Advertisement", "Reklama", "Sponsored" and the like, and short blocks asking the
//! reader to turn off an ad blocker.
//!
//! Why: ad slots leave their label behind when the ad itself is gone.
//!
//! Known false positives: none seen; the label must be the whole line.
//!
//! Example: `Advertisement` on a line of its own is removed.

use std::sync::LazyLock;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta, WordSet};

pub struct AdLabel;

static META: RuleMeta = RuleMeta {
    code: "BP010",
    name: "ad-label",
    source: include_str!("ad_label.rs"),
};

static LABELS: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "advertisement",
        "advertising",
        "ad",
        "ads",
        "sponsored",
        "sponsored content",
        "promoted",
        "paid content",
        "anzeige",
        "werbung",
        "reklama",
        "publicidad",
        "publicidade",
        "publicité",
        "pubblicità",
        "реклама",
        "广告",
        "scroll to continue with content",
        "advertise with us",
        "advertise",
        "werben sie bei uns",
        "mediadaten",
        "anúnciese con nosotros",
        "anunciese con nosotros",
        "publicidad con nosotros",
    ])
});

impl Rule for AdLabel {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &["ad blocker", "ad-blocker", "adblocker", "adblock", "werbeblocker", "ad block"]
    }

    fn gated_sets<'a>(&self, configured: &'a PhraseSet) -> Vec<&'a PhraseSet> {
        vec![configured]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let folded = &doc.folded[i];
        let line = folded.trim_matches(|c: char| !c.is_alphanumeric());
        let label = LABELS.contains(line);
        let blocker = doc.words(i) <= 60 && doc.contains(i, phrases);
        (label || blocker).then_some(Action::Remove)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::removed_by;

    #[test]
    fn removes_labels() {
        assert_eq!(
            removed_by("BP010", "Body.\n\nAdvertisement\n\nMore.\n"),
            ["Advertisement"]
        );
        assert_eq!(removed_by("BP010", "Body.\n\n- Anzeige -\n").len(), 1);
        assert_eq!(
            removed_by("BP010", "Body.\n\nWerben Sie bei uns\n").len(),
            1
        );
        assert_eq!(
            removed_by("BP010", "Body.\n\nANÚNCIESE CON NOSOTROS\n").len(),
            1
        );
        assert!(removed_by("BP010", "Body.\n\nWe advertise with us in mind.\n").is_empty());
        assert_eq!(
            removed_by(
                "BP010",
                "If you're running an ad-blocker, please whitelist us.\n"
            )
            .len(),
            1
        );
    }

    #[test]
    fn leaves_sentences() {
        assert!(removed_by("BP010", "The advertisement ran for a week in May.\n").is_empty());
        assert!(removed_by("BP010", "Werbung ist teuer, sagte er.\n").is_empty());
    }
}
