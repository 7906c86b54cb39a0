//! Removes a site's address alone on its line ("FoxNews.com", "| www.example.de",
//! "Zoopla.co.uk"), a separator before it at most, as a page's logo, its list of
//! sister sites and a picture's source leave it. An address the output joins to the
//! line above it stays, as part of that line: the web site of an entry in a list
//! ("Weingut Feiler-Artinger, Rust" / "feiler-artinger.at"). So does an address whose
//! sentence runs on into the next line, as a tag stripper that sets each link on a
//! line of its own leaves a sentence about a site ("Reisefinder.de" / "ist ein
//! kostenloser Dienst …"). The address must end in
//! a country's or a common generic top-level domain, written in lowercase: "Node.js",
//! "Socket.io", "ASP.NET" and file names ("README.md") are names a text may use as
//! headings.
//!
//! Why: a web address on its own says nothing; where it stands alone it is a link to
//! somewhere else (a family of sites, a shop, the source of a picture), not the text.
//!
//! Known false positives: an article whose subheadings are bare site names
//! ("Booking.com" over a paragraph about it).
//!
//! Example: `| FoxNews.com` on a line of its own is removed.

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct SiteAddress;

static META: RuleMeta = RuleMeta {
    code: "BP015",
    name: "site-address",
    source: include_str!("site_address.rs"),
};

impl Rule for SiteAddress {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    // Whether the output joins the address to the line above depends on that line
    // being kept.
    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        if doc.words(i) > 2 || !is_site_address(doc.text(i)) {
            return None;
        }
        (!joins_line_above(doc, i) && !doc.runs_on(i)).then_some(Action::Remove)
    }
}

/// Whether the output will join line `i` to the kept line above it in its paragraph, as
/// it joins a line broken inside a sentence: then the address is part of that line. A
/// line above that is an address too does not count (a family of sites, one per line).
fn joins_line_above(doc: &DocView, i: usize) -> bool {
    let para = doc.block(i).para;
    (0..i)
        .rev()
        .take_while(|&j| doc.block(j).para == para)
        .find(|&j| doc.is_kept(j))
        .is_some_and(|j| {
            let above = doc.text(j);
            !(doc.words(j) <= 2 && is_site_address(above))
                && shape::is_soft_wrap(above, doc.text(i))
        })
}

/// Top-level domains an address may end in: countries and the common generic ones.
/// Not those that are also file extensions or name software ("io", "js", "md", "ai").
#[rustfmt::skip]
const TLDS: &[&str] = &[
    "com", "org", "net", "info", "biz", "edu", "gov", "eu", "de", "at", "ch", "li", "fr",
    "be", "nl", "lu", "es", "pt", "it", "pl", "cz", "sk", "hu", "ro", "dk", "se", "no",
    "fi", "ru", "ua", "uk", "ie", "us", "ca", "mx", "br", "ar", "uy", "cl", "au", "nz",
    "jp", "cn", "kr", "in", "tv",
];

/// "FoxNews.com", "| www.example.de": names of letters, digits and hyphens joined by
/// dots, the last one a listed top-level domain; a separator may stand before.
fn is_site_address(text: &str) -> bool {
    let address = text
        .trim()
        .trim_start_matches(['|', '•', '·', '–', '—', '-', ' ']);
    let Some((names, tld)) = address.rsplit_once('.') else {
        return false;
    };
    TLDS.contains(&tld)
        && names.split('.').all(|name| {
            !name.is_empty()
                && !name.starts_with('-')
                && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        })
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{keeps_each, removed_by, removes_each};

    #[test]
    fn removes_addresses_alone_on_their_line() {
        removes_each(
            "BP015",
            &[
                "FoxNews.com",
                "| FoxNews.com",
                "www.kirche-und-leben.de",
                "Zoopla.co.uk",
                "— falstaff.at",
            ],
        );
    }

    #[test]
    fn keeps_names_and_sentences_that_look_like_addresses() {
        keeps_each(
            "BP015",
            &[
                "Node.js",
                "Socket.io",
                "ASP.NET",
                "README.md",
                "U.S.",
                "Visit example.com for details.",
                "Example.com was founded in 1998.",
            ],
        );
    }

    #[test]
    fn keeps_the_address_the_output_joins_to_a_list_entry() {
        let doc = "Our picks.\n\nWeingut Feiler-Artinger, Rust\nfeiler-artinger.at\n\nMore text.\n";
        assert!(removed_by("BP015", doc).is_empty());
        // A family of sites lists only addresses.
        let doc = "Our picks.\n\nfalstaff.de\nfalstaff.at\n\nMore text.\n";
        assert_eq!(removed_by("BP015", doc), ["falstaff.de", "falstaff.at"]);
        // A label's colon ends its line: the address under it is not joined to it, and
        // the label goes with the address it introduced.
        let doc = "Body.\n\nMore information here:\nwww.example-embassy.de\n\nMore text.\n";
        assert_eq!(
            removed_by("BP015", doc),
            ["More information here:", "www.example-embassy.de"]
        );
    }

    #[test]
    fn keeps_an_address_whose_sentence_runs_on() {
        // Each link on a line of its own: the address is the sentence's subject, and
        // the line under it goes on in lowercase.
        let doc = "Body.\n\nReisefinder.de\nist ein kostenloser Dienst für Ferienwohnungen.\n";
        assert!(removed_by("BP015", doc).is_empty());
        // A line in capitals under it is a new entry, not the sentence going on.
        let doc = "Body.\n\nReisefinder.de\nImpressum\n\nMore text.\n";
        assert_eq!(removed_by("BP015", doc), ["Reisefinder.de"]);
    }
}
