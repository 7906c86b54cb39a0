//! Removes data that a page's scripts carried and a tag stripper left in the text: a
//! block of 300 bytes or more that is mostly JSON, key after key (`"zip":"PLZ",
//! "city":"Ort",…`), with escaped characters such as `\u00f6` where letters were, or a
//! block of 200 bytes or more of ASCII with no space in it at all (an encoded image or
//! embed, `PGRpdiBjbGFzcz0i…`; a web address stays).
//!
//! Why: inline state of a web application (a paywall's messages, a form's labels, an
//! article's own text as a script string) turns into one long line when the markup is
//! stripped without the scripts; it is no text a reader saw, and it repeats the page.
//!
//! Known false positives: a long JSON document quoted in one line of a programming
//! article (an example printed without line breaks). A short JSON example, or one
//! printed over several lines, has too few keys per line to count.
//!
//! Example: `{"title":"Abo","passwordNew":"Bitte vergeben Sie ein neues Passwort.",
//! "zip":"PLZ","city":"Ort","country":"Land"}` repeated to 300 bytes is removed.

use crate::rules::{Action, DocView, PhraseSet, Rule, RuleMeta};

pub struct ScriptData;

static META: RuleMeta = RuleMeta {
    code: "MD003",
    name: "script-data",
    source: include_str!("script_data.rs"),
};

/// Fewest bytes of a block of JSON data.
const MIN_JSON_BYTES: usize = 300;
/// Most bytes of the block per key-value joint (`":"`, `","`, `":{`, `":[`): data has
/// one every few dozen bytes, a sentence that quotes a little JSON far fewer.
const BYTES_PER_JOINT: usize = 60;
/// Fewest bytes of a block that is one unbroken string.
const MIN_UNBROKEN_BYTES: usize = 200;

impl Rule for ScriptData {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        let text = doc.text(i).trim();
        (is_json_data(text) || is_unbroken_string(text)).then_some(Action::Remove)
    }
}

/// Whether `text` is mostly JSON: at least [`MIN_JSON_BYTES`], and a key-value joint for
/// every [`BYTES_PER_JOINT`] bytes of it.
fn is_json_data(text: &str) -> bool {
    if text.len() < MIN_JSON_BYTES {
        return false;
    }
    // Every joint has a quote and a colon or comma: a vectorized count of quotes first,
    // which prose has few of.
    let quotes = memchr::memchr_iter(b'"', text.as_bytes()).count();
    if quotes * BYTES_PER_JOINT < text.len() * 2 {
        return false;
    }
    let joints = text
        .as_bytes()
        .windows(3)
        .filter(|w| matches!(w, [b'"', b':', b'"' | b'{' | b'['] | [b'"', b',', b'"']))
        .count();
    joints * BYTES_PER_JOINT >= text.len()
}

/// Whether `text` is one unbroken string of [`MIN_UNBROKEN_BYTES`] or more of ASCII
/// (base64, an encoded embed), never a word; a long web address alone on its line is
/// a reference, and stays.
fn is_unbroken_string(text: &str) -> bool {
    text.len() >= MIN_UNBROKEN_BYTES
        && text.bytes().all(|b| b.is_ascii_graphic())
        && !text.contains("://")
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{keeps_each, removes_each};

    #[test]
    fn removes_script_data() {
        let json = r#"{"title":"Abo","passwordNew":"Bitte vergeben Sie ein neues Passwort.","zip":"PLZ","city":"Ort","country":"Land","customer":{"id":"Kundennummer","hint":"Sie finden sie auf Ihrer Rechnung."},"errors":["Bitte geben Sie eine g\u00fcltige E-Mail-Adresse ein.","Das Passwort muss mindestens eine Ziffer enthalten."]}"#;
        let blob = "PGRpdiBjbGFzcz0ic3AtZHNndm8gc3AtZHNndm8tZW1iZWRkaW5nLWNvbnRhaW5lciBzcC1kc2d2by1lbWJlZGRpbmctdmlkZW9feW91dHViZSI+PGRpdiBjbGFzcz0ic3AtZHNndm8tYmxvY2tlZC1lbWJlZGRpbmctcGxhY2Vob2xkZXIiPjxkaXYgY2xhc3M9InNwLWRzZ3ZvLWJsb2NrZWQ";
        removes_each("MD003", &[json, blob]);
    }

    #[test]
    fn keeps_prose_and_small_examples() {
        keeps_each("MD003", &[
            // A short example in a programming article.
            r#"The API answers {"id":"42","name":"Ada"} for every user, and the client reads the name from it before it draws the page, which takes a few milliseconds on a phone and less on a laptop, as the benchmark in the next section shows in some detail for both."#,
            // Quoted speech with commas between quotes.
            r#"She listed the words "freedom","justice","peace" and "bread", and the crowd repeated each of them after her, louder every time, until the police asked the organisers to end the rally before nightfall, which they did at last, an hour later than planned."#,
            // A long address, but with spaces around it.
            "See https://example.org/reports/2021/annual/full-text-with-appendices-and-tables for the whole report.",
            "https://example.org/reports/2021/annual/full-text-with-appendices-and-tables-and-figures/part-one/chapter-two/section-three/the-long-title-of-the-section-that-goes-on-and-on-until-it-is-very-long",
        ]);
    }
}
