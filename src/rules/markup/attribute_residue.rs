//! Removes what a tag stripper left of an HTML tag's attributes: a line that opens with
//! the quote closing one attribute's value and goes on with the next attribute
//! (`" data-image-headline="`, `' data-parent-link="true" data-auto-height="true">`), or
//! a line of three attributes or more that ends the tag (`<iframe width="476"
//! height="267" src="…"></iframe>`); and the attribute values the quotes mark: the
//! line before one that opens with a quote, when it shows the value's markup (bare
//! tags such as `</p>` between them, or a tag at its end) or runs on in the same
//! paragraph, and the line after one that ends by opening a value (`="`).
//!
//! Why: a stripper that cuts `<…>` without reading quotes ends a tag at the first `>`
//! inside an attribute's value (an image's caption written as HTML), and the rest of
//! the tag comes out as text: attribute names, file addresses, and the caption and
//! credit that the image's attributes repeat once or twice more.
//!
//! Known false positives: none seen; prose never opens with a quote mark, a space and
//! `name="`. An article about HTML that shows such a line outside a code block loses it.
//!
//! Example: `" data-image-headline="` and the caption on the line under it (the
//! value it opens), above `" data-image-copyright="© Pferderevue">`, are removed.

use std::sync::LazyLock;

use regex::Regex;

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};

pub struct AttributeResidue;

static META: RuleMeta = RuleMeta {
    code: "MD004",
    name: "attribute-residue",
    source: include_str!("attribute_residue.rs"),
};

/// Fewest attributes of a line that holds no quote at its start but ends a tag.
const MIN_ATTRIBUTES: usize = 3;

/// Most words of an attribute's value: a caption, a title, a credit.
const MAX_VALUE_WORDS: usize = 60;

impl Rule for AttributeResidue {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        let text = doc.text(i).trim();
        if is_attribute_line(text) {
            return Some(Action::Remove);
        }
        if doc.words(i) > MAX_VALUE_WORDS {
            return None;
        }
        let attribute = |j: usize| Some(doc.text(j).trim()).filter(|t| is_attribute_line(t));
        // The value of the attribute before: the quote that opens the next line closes
        // it. The value shows the markup it was written in (bare tags between, or a tag
        // at its end), or runs on in the same paragraph; a paragraph on its own above
        // the line is the page's.
        let next = (i + 1..doc.len()).find(|&j| !is_only_tags(doc.text(j).trim()));
        let closed_by = next
            .and_then(|j| Some((j, attribute(j)?)))
            .filter(|(_, a)| a.starts_with(['"', '\'']));
        if let Some((j, _)) = closed_by {
            let marked = j > i + 1 || ends_with_tag(text) || is_only_tags(text);
            if marked || doc.block(j).para == doc.block(i).para {
                return Some(Action::Remove);
            }
        }
        // The value of an attribute that the line before opens and leaves open.
        let opened = i
            .checked_sub(1)
            .and_then(attribute)
            .is_some_and(|a| a.ends_with("=\"") || a.ends_with("='"));
        opened.then_some(Action::Remove)
    }
}

/// `" data-image-headline="`, `' data-parent-link="true" …>`: a quote, a space, and an
/// attribute with its value opening; or a line of [`MIN_ATTRIBUTES`] attributes or more
/// (`name="…"`) that ends the tag with `>`.
fn is_attribute_line(text: &str) -> bool {
    static OPENS_WITH_ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"^["']\s+[A-Za-z_:@][-A-Za-z0-9_:.@]*\s*=\s*["']"#)
            .expect("valid attribute pattern")
    });
    static ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?:^|\s)[A-Za-z_:@][-A-Za-z0-9_:.@]*="[^"]*""#)
            .expect("valid attribute pattern")
    });
    if !text.starts_with(['"', '\'']) && !text.ends_with('>') {
        return false;
    }
    OPENS_WITH_ATTRIBUTE.is_match(text)
        || (text.ends_with('>') && ATTRIBUTE.find_iter(text).count() >= MIN_ATTRIBUTES)
}

/// Whether `text` ends in an HTML tag after some text ("… stabilisieren.<br>").
fn ends_with_tag(text: &str) -> bool {
    text.strip_suffix('>')
        .and_then(|t| t.rfind('<'))
        .is_some_and(|open| open > 0 && is_only_tags(&text[open..]))
}

/// Whether `text` is one HTML tag or more and nothing else (`</p>`, `<br/></p>`).
fn is_only_tags(text: &str) -> bool {
    static TAGS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:</?[A-Za-z][A-Za-z0-9]*\s*/?>\s*)+$").expect("valid tag pattern")
    });
    text.starts_with('<') && TAGS.is_match(text)
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{keeps_each, removed_by};

    const BODY: &str = "The talks in Washington lasted about an hour on Wednesday, officials said.";

    #[test]
    fn removes_attribute_lines() {
        // A paragraph too long to be any attribute's value around it.
        let long = [BODY; 6].join(" ");
        for line in [
            "\" data-image-headline=\"",
            "\" data-image-copyright=\"© Pferderevue\">",
            "' data-parent-link=\"true\" data-animation-easing=\"linear\" data-auto-height=\"true\">",
            "div data-cycle-random=\"true\" data-cycle-timeout=\"5000\" data-cycle-fx=\"fade\">",
            "<iframe width=\"476\" height=\"267\" src=\"https://example.com/embed\"></iframe>",
        ] {
            let page = format!("{long}\n\n{line}\n\n{long}\n");
            assert_eq!(removed_by("MD004", &page), [line], "{line}");
        }
    }

    #[test]
    fn removes_the_values_around_attribute_lines() {
        let page = format!(
            "{BODY}\n\nGroße Beckenkreise stabilisieren.<br>\n\n</p>\n\n\" data-image-headline=\"\n\nGroße Beckenkreise stabilisieren.\n\n\" data-image-copyright=\"© Pferderevue\">\n\n{BODY}\n"
        );
        assert_eq!(
            removed_by("MD004", &page),
            [
                "Große Beckenkreise stabilisieren.<br>",
                "</p>",
                "\" data-image-headline=\"",
                "Große Beckenkreise stabilisieren.",
                "\" data-image-copyright=\"© Pferderevue\">",
            ]
        );
    }

    #[test]
    fn keeps_quotes_and_tags_in_prose() {
        keeps_each(
            "MD004",
            &[
                "\"We will not give up,\" she said.",
                "\" The talks lasted an hour,\" he said.",
                "Use the alt=\"…\" attribute on every image.",
                "The page ends with </body>",
                "Set class=\"a\" id=\"b\" and title=\"c\" on the element.",
            ],
        );
        // A line ending in a tag with prose after it, not an attribute.
        let page = format!("{BODY}\n\nThe page ends with </body>\n\n{BODY}\n");
        assert!(removed_by("MD004", &page).is_empty());
        // A tag's end closes no value: the text after it stays.
        let page = format!("' data-auto-height=\"true\">\n\n{BODY}\n");
        assert_eq!(removed_by("MD004", &page).len(), 1);
        // A paragraph of its own above the residue is the page's text.
        let page = format!("{BODY}\n\n\" data-image-headline=\"\n\nA caption.\n");
        assert_eq!(
            removed_by("MD004", &page),
            ["\" data-image-headline=\"", "A caption."]
        );
        // The same line running on into the residue is the value.
        let page = format!("{BODY}\n\nA caption.\n\" data-medium-file=\"a.jpg\"\n");
        assert_eq!(
            removed_by("MD004", &page),
            ["A caption.", "\" data-medium-file=\"a.jpg\""]
        );
        // Nor is a long paragraph ever a value.
        let long = [BODY; 6].join(" ");
        let page = format!("{long}\n\n\" data-image-headline=\"\n");
        assert_eq!(removed_by("MD004", &page), ["\" data-image-headline=\""]);
    }
}
