//! Moves syndication source lines into `syndication`: "Source: Outlet", "Originally
//! published by Outlet", "This article first appeared on Outlet", and a linked outlet
//! name followed by a date (`[Outlet](url) 11 May 2017`).
//!
//! Why: republishing sites credit the outlet the article came from. That credit is
//! provenance, not article text.
//!
//! Known false positives: a line beginning "Source:" that names a document rather than
//! an outlet is moved too (it is a credit line either way).
//!
//! Example: `[Russia Beyond The Headlines](#) 11 May 2017` is removed;
//! `syndication` = {`publisher`: `Russia Beyond The Headlines`, `published`: `2017-05-11`}.

use crate::dates;
use crate::rules::{Action, DocView, Meta, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct SyndicationSource;

static META: RuleMeta = RuleMeta {
    code: "MT004",
    name: "syndication-source",
    source: include_str!("syndication_source.rs"),
};

impl Rule for SyndicationSource {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    #[rustfmt::skip]
    fn phrases(&self) -> &'static [&'static str] {
        &[
            "source:", "sources:", "originally published", "originally published by",
            "originally published on", "originally published at", "originally published in",
            "first published", "first published by", "first published on", "first published in",
            "this article was originally published", "this article was originally published on",
            "this article was originally published by", "this article originally appeared",
            "this article originally appeared on", "this article originally appeared in",
            "this article first appeared", "this article first appeared on",
            "this article first appeared in", "republished from",
            "republished with permission from", "reprinted from", "reprinted with permission from",
            "via", "quelle:", "источник:", "fuente:", "źródło:",
        ]
    }

    fn check(&self, doc: &DocView, i: usize, phrases: &PhraseSet) -> Option<Action> {
        let block = &doc.block(i);
        let text = doc.text(i);
        if doc.words(i) > 20 {
            return None;
        }
        let folded = doc.folded(i);
        let (name, date) = if let Some(prefix) = phrases.find_at_start(folded) {
            let rest = text
                .get(prefix.end..)?
                .trim()
                .trim_start_matches(':')
                .trim();
            match dates::split_trailing_date(rest) {
                Some((head, date)) if !head.is_empty() => (head, Some(date)),
                _ => (rest.to_string(), None),
            }
        } else if block.link_density() >= 0.5 {
            let (head, date) = dates::split_trailing_date(text)?;
            (head, Some(date))
        } else {
            return None;
        };
        let name = name
            .trim_end_matches(['.', ','])
            .trim()
            .trim_start_matches("by ")
            .trim_start_matches("on ")
            .trim_start_matches("in ")
            .trim_start_matches("at ")
            .to_string();
        let outlet_like =
            !name.is_empty() && shape::word_count(&name) <= 8 && shape::starts_uppercase(&name);
        outlet_like.then(|| {
            Action::Move(vec![Meta::Syndication {
                publisher: name,
                published: date,
            }])
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::provenance::Syndication;
    use crate::rules::testing::{cleaned_with, removed_by};

    #[test]
    fn moves_source_lines() {
        let c = cleaned_with(
            "MT004",
            "Title\n\n[Russia Beyond The Headlines](#) 11 May 2017\n\nBody.\n",
        );
        assert_eq!(
            c.record.syndication,
            Some(Syndication {
                publisher: "Russia Beyond The Headlines".into(),
                published: Some("2017-05-11".into())
            })
        );
        let c = cleaned_with(
            "MT004",
            "Body.\n\nThis article was originally published on The Conversation.\n",
        );
        assert_eq!(
            c.record.syndication.map(|s| s.publisher).as_deref(),
            Some("The Conversation")
        );
    }

    #[test]
    fn leaves_prose() {
        assert!(removed_by(
            "MT004",
            "Sources close to the Kremlin said the talks went well and more.\n"
        )
        .is_empty());
        assert!(removed_by("MT004", "Global Research, May 14, 2017\n").is_empty());
        assert!(removed_by("MT004", "via the usual channels, they said\n").is_empty());
    }
}
