//! Removes advertising labels and ad-blocker notices: a line that is only "Anzeige",
//! "Advertisement", "Reklama", "Sponsored", a sponsor's label with the sponsor's logo
//! gone ("Supported by", "Presented by") and the like, or an ad slot's note that the
//! text goes on ("Advertisement - Continue Reading Below", "Story continues below
//! advertisement", "Weiterlesen nach der Anzeige"), and short blocks asking the reader
//! to turn off an ad blocker.
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
        "広告",
        "광고",
        "إعلان",
        "اعلان",
        "פרסומת",
        "विज्ञापन",
        "διαφήμιση",
        "reklam",
        "advertentie",
        "annons",
        "annonce",
        "skip ad",
        "skip ads",
        "werbung überspringen",
        "scroll to continue with content",
        "supported by",
        "sponsored by",
        "presented by",
        "paid post",
        "partner content",
        "advertise with us",
        "advertise",
        "werben sie bei uns",
        "mediadaten",
        "anúnciese con nosotros",
        "anunciese con nosotros",
        "publicidad con nosotros",
    ])
});

/// What an ad slot says about the text around it: the article goes on after the ad.
#[rustfmt::skip]
static CONTINUES: LazyLock<WordSet> = LazyLock::new(|| {
    WordSet::new(&[
        "continue reading below", "story continues below", "article continues below",
        "story continues below advertisement", "article continues below advertisement",
        "continue reading below advertisement", "content continues below",
        "story continues after advertisement", "article continues after advertisement",
        "continue reading after advertisement", "weiterlesen nach der anzeige",
        "artikel wird nach der anzeige fortgesetzt", "lesen sie nach der anzeige weiter",
        "nach der anzeige weiterlesen", "la suite après la publicité",
        "la suite après cette publicité", "sigue leyendo después de la publicidad",
        "el artículo continúa después de la publicidad", "continua a leggere dopo la pubblicità",
        "scroll to continue",
    ])
});

/// "Advertisement - Continue Reading Below", "Story continues below advertisement": an
/// ad slot's note that the text goes on, with or without its label in front.
fn is_continuation(line: &str) -> bool {
    // The longest note with its label takes some 70 bytes: the rest may be dashes and
    // spaces between them, not a paragraph.
    if line.len() > 160 {
        return false;
    }
    // At most eight words.
    let mut slots = [""; 8];
    let mut count = 0;
    for word in line
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        if count == slots.len() {
            return false;
        }
        slots[count] = word;
        count += 1;
    }
    let words = &slots[..count];
    let joined = words.join(" ");
    CONTINUES.contains(&joined)
        || words.split_first().is_some_and(|(first, rest)| {
            LABELS.contains(first) && CONTINUES.contains(&rest.join(" "))
        })
}

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
        let folded = doc.folded(i);
        let line = folded.trim_matches(|c: char| !c.is_alphanumeric());
        let label = LABELS.contains(line) || is_continuation(line);
        let blocker = doc.words(i) <= 60 && doc.contains(i, phrases);
        (label || blocker).then_some(Action::Remove)
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{removed_by, removes_each_between};

    #[test]
    fn removes_continuation_notes() {
        for line in [
            "Advertisement - Continue Reading Below",
            "Story continues below advertisement",
            "ARTICLE CONTINUES BELOW",
            "Weiterlesen nach der Anzeige",
            "Publicidad — El artículo continúa después de la publicidad —",
            "ADVERTISEMENT  ·  ·  ·  CONTINUE READING BELOW  ·  ·  ·",
            "Advertisement - Scroll to continue",
            "Supported by",
            "Sponsored by",
        ] {
            assert_eq!(
                removed_by("BP010", &format!("Body.\n\n{line}\n\nMore.\n")),
                [line]
            );
        }
        assert!(removed_by(
            "BP010",
            "Body.\n\nThe story continues below the fold in the print edition.\n"
        )
        .is_empty());
        assert!(removed_by(
            "BP010",
            "Body.\n\nSupported by the council, the plan passed in May.\n"
        )
        .is_empty());
    }

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

    #[test]
    fn removes_ad_labels_in_more_languages() {
        removes_each_between(
            "BP010",
            &[
                "광고",
                "広告",
                "إعلان",
                "פרסומת",
                "Διαφήμιση",
                "Reklam",
                "Advertentie",
                "Annons",
                "Skip Ad",
            ],
        );
    }
}
