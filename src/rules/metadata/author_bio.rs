//! Moves an author's biography out of the text, and the author's name into `authors`:
//! a short paragraph that introduces a writer by name and role ("Jane Doe is a professor
//! of law at …", "Martin has worked as …", "Markus Reuter beschäftigt sich mit …"), with
//! the "About the author" label and the name line of its box. A paragraph counts as a
//! biography when such a label stands right above it, when the line above is the very
//! name it starts with, or when it is the article's last paragraph of prose and names a
//! writer's role ("journalist", "founder", "Professorin", "periodista"). A writer who
//! introduces themself counts the same way: a paragraph that opens, after a greeting
//! at most, with "I'm", "Ich bin", "Je suis", "Soy" and the like and names a writer's
//! role in that first sentence ("Hej! Ich bin Christoph, Angler und Autor dieses
//! Artikels."), under an author box's label, under "About me" or "Über Kathrin", or as
//! the article's last paragraph of prose. An author box's link to the writer's other
//! posts ("View all posts by Jane Doe →", "Zeige alle Beiträge von Jane Doe") goes
//! too, its name into `authors`, and so does the paragraph right above it when that
//! paragraph opens with the name or stands under the box's name line or "About Jane
//! Doe" (with that line). A count of the writer's posts between the name line and
//! the biography ("300 posts", "42 Beiträge") goes with them.
//!
//! Why: the box about the author that closes a blog post or an op-ed is the site's, not
//! the article's, and it repeats on every article of that writer; who wrote it belongs
//! in metadata. On an HTML page, whose metadata names its authors, the text is only
//! removed; the ledger keeps it either way.
//!
//! Known false positives: a news story whose last paragraph introduces someone by full
//! name and a writer's role ("Anna Berg is a professor of history at Uppsala.") loses
//! that paragraph, and the name goes into `authors`; so does an essay whose last
//! paragraph opens "I am a writer, and …". A paragraph that starts with a
//! name and a verb inside the article, with no label or name line above it, is kept;
//! so are name lines over biographies on a page that has more than three of them (a
//! team's or a conference's page, where the people are the text).
//!
//! Example: `Heiko Sauer is a Professor of Public Law at the University of Bonn.` under
//! a line `Heiko Sauer` is removed with that line, and `authors` gets `Heiko Sauer`.

use std::sync::LazyLock;

use crate::rules::{about_label, Action, DocView, Meta, PhraseSet, Rule, RuleMeta};
use crate::shape;

pub struct AuthorBio;

static META: RuleMeta = RuleMeta {
    code: "MT007",
    name: "author-bio",
    source: include_str!("author_bio.rs"),
};

/// Labels of an author box, lowercase, matched at the start of a short line.
#[rustfmt::skip]
static LABELS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "about the author", "about the authors", "about the writer", "about the contributor",
        "about the reporter", "über den autor", "über die autorin", "über die autoren",
        "über den autor/die autorin", "zum autor", "zur autorin", "zu den autoren",
        "sobre el autor", "sobre la autora", "sobre los autores", "acerca del autor",
        "à propos de l'auteur", "a propos de l'auteur", "à propos de l'autrice",
        "sull'autore", "informazioni sull'autore", "over de auteur", "o autorze", "об авторе",
    ])
});

/// Labels of a box in which writers introduce themselves, lowercase: the whole line.
const SELF_LABELS: &[&str] = &[
    "about me",
    "über mich",
    "sobre mí",
    "sobre mi",
    "à propos de moi",
    "a propos de moi",
    "chi sono",
    "o mnie",
    "over mij",
];

/// How an author box's link to the writer's other posts opens, lowercase; the writer's
/// name follows.
#[rustfmt::skip]
static ARCHIVE_LINKS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        // English
        "view all posts by", "see all posts by", "all posts by", "more posts by",
        "view all articles by", "see all articles by", "all articles by", "more articles by",
        "view all stories by", "more stories by",
        // German
        "zeige alle beiträge von", "alle beiträge von", "weitere beiträge von",
        "mehr beiträge von", "alle artikel von", "weitere artikel von", "mehr artikel von",
        // French, Spanish, Portuguese, Italian, Dutch, Polish
        "voir tous les articles de", "voir tous les articles par", "tous les articles de",
        "tous les articles par", "ver todas las entradas de", "ver todos los artículos de",
        "todas las entradas de", "todos los artículos de", "ver todos os posts de",
        "ver todos os artigos de", "todos os posts de", "vedi tutti gli articoli di",
        "tutti gli articoli di", "bekijk alle berichten van", "alle berichten van",
        "zobacz wszystkie wpisy autora", "wszystkie wpisy autora", "wszystkie artykuły autora",
    ])
});

/// Most words of an archive link: the longest opening and a name.
const MAX_ARCHIVE_WORDS: usize = 9;

/// Greetings a self-introduction may open with, lowercase.
const GREETINGS: &[&str] = &[
    "hallo", "hello", "hi", "hey", "hej", "moin", "servus", "hola", "bonjour", "salut", "ciao",
    "cześć", "hoi",
];

/// How writers introduce themselves, lowercase, at the start of a paragraph.
#[rustfmt::skip]
static INTRODUCTIONS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "i'm", "i am", "my name is", "ich bin", "mein name ist", "ich heiße", "je suis",
        "je m'appelle", "soy", "me llamo", "mi nombre es", "sono", "mi chiamo", "jestem",
        "nazywam się", "eu sou", "ik ben",
    ])
});

/// What follows a writer's name in the first sentence of a biography, lowercase.
#[rustfmt::skip]
static VERBS: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        // English
        "is a", "is an", "is the", "is currently", "was a", "was the", "has worked",
        "has been", "has written", "has covered", "has spent", "has taught", "writes",
        "covers", "reports on", "lives in", "teaches", "holds a", "joined", "works as",
        "works at", "studied", "graduated",
        // German
        "ist", "war", "arbeitet", "schreibt", "beschäftigt sich", "lebt", "studierte",
        "lehrt", "forscht", "leitet",
        // Spanish, French, Italian
        "es", "fue", "trabaja", "escribe", "vive", "est", "travaille", "écrit", "vit",
        "è", "lavora", "scrive",
    ])
});

/// Roles a biography gives its writer, lowercase: a paragraph with no label or name
/// line above it must name one of them to count.
#[rustfmt::skip]
static ROLES: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        // English
        "writer", "journalist", "editor", "author", "contributor", "columnist", "founder",
        "co-founder", "professor", "lecturer", "fellow", "researcher", "reporter",
        "correspondent", "freelance", "blogger", "phd", "principal consultant",
        "contributing", "based in", "expert",
        // German
        "autor", "autorin", "journalistin", "redakteur", "redakteurin", "professorin",
        "gründer", "gründerin", "freie", "freier", "wissenschaftler", "wissenschaftlerin",
        "doktorand", "doktorandin", "kolumnist", "kolumnistin", "bloggerin", "experte",
        "expertin",
        // Spanish, French, Italian
        "periodista", "escritor", "escritora", "profesor", "profesora", "investigador",
        "investigadora", "columnista", "fundador", "fundadora", "journaliste", "écrivain",
        "auteur", "autrice", "professeur", "rédacteur", "rédactrice", "chercheur",
        "chercheuse", "fondateur", "fondatrice", "giornalista", "scrittore", "scrittrice",
    ])
});

/// Pronouns and verbs that speak of a person, lowercase.
#[rustfmt::skip]
static PERSONAL: LazyLock<PhraseSet> = LazyLock::new(|| {
    PhraseSet::new(&[
        "he", "she", "his", "her", "him", "er", "sie", "sein", "seine", "ihr", "ihre",
        "él", "ella", "il", "elle", "lui", "lei", "has worked", "lives in", "writes", "lebt",
        "arbeitet", "studierte", "beschäftigt sich", "schreibt", "vive", "trabaja", "escribe",
        "vit", "travaille", "écrit",
    ])
});

/// Words a sentence starts with that are no one's name.
#[rustfmt::skip]
const NOT_NAMES: &[&str] = &[
    "the", "this", "that", "these", "it", "he", "she", "we", "they", "our", "his", "her",
    "der", "die", "das", "dies", "er", "sie", "es", "unser", "unsere", "el", "la", "los",
    "las", "le", "les", "il", "elle", "lo",
];

/// Lowercase words inside names ("Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "da", "di", "du", "del", "la", "zu",
];

/// Most words a biography has.
const MAX_WORDS: usize = 150;
/// Most words of a label line, and of a name.
const MAX_LABEL_WORDS: usize = 6;
const MAX_NAME_WORDS: usize = 4;

impl Rule for AuthorBio {
    fn meta(&self) -> &'static RuleMeta {
        &META
    }

    fn depends_on_context(&self) -> bool {
        true
    }

    fn check(&self, doc: &DocView, i: usize, _: &PhraseSet) -> Option<Action> {
        let words = doc.words(i);
        if words <= MAX_ARCHIVE_WORDS {
            if let Some(name) = archive_name(doc, i) {
                return Some(moved(doc, i, name));
            }
        }
        if words <= MAX_LABEL_WORDS && is_label(doc, i) {
            // The label goes with the box it heads: a biography under it, or under the
            // name line below it.
            let next = i + 1;
            let bio = (next..doc.len().min(next + 2)).find(|&j| doc.words(j) > MAX_NAME_WORDS);
            return bio
                .is_some_and(|j| bio_under_label(doc, j))
                .then_some(Action::Remove);
        }
        if words <= MAX_LABEL_WORDS && is_self_label(doc, i) {
            // "About me" goes with the introduction under it.
            let next = doc.next_kept(i)?;
            return (doc.words(next) > MAX_NAME_WORDS
                && (introduction(doc, next).is_some() || over_archive_link(doc, next).is_some()))
            .then_some(Action::Remove);
        }
        if words <= MAX_COUNT_WORDS && is_post_count(doc.folded(i)) {
            // "300 posts" between a name line and its namesake's biography.
            let (name, bio) = (doc.prev_kept(i)?, doc.next_kept(i)?);
            return named_box(doc, name, bio)
                .filter(|_| !is_page_of_people(doc))
                .map(|_| Action::Remove);
        }
        if words <= MAX_NAME_WORDS {
            // A name line with its namesake's biography right under it (a count of the
            // writer's posts may stand between them).
            let next = past_post_count(doc, doc.next_kept(i)?, true)?;
            if over_archive_link(doc, next).is_some_and(|name| name == doc.text(i).trim()) {
                return Some(moved(doc, i, doc.text(i).trim()));
            }
            let name = named_box(doc, i, next)?;
            return (!is_page_of_people(doc)).then(|| moved(doc, i, name));
        }
        if words > MAX_WORDS || !shape::starts_uppercase(doc.text(i)) {
            return None;
        }
        // Cheap tests of the position first: most paragraphs have neither a label nor a
        // name line above them, and prose after them.
        if bio_under_label(doc, i) {
            if let Some((subject, _)) = opening(doc.text(i)) {
                let full = doc.prev_kept(i).map(|p| doc.text(p).trim());
                let name = full
                    .filter(|n| shape::is_person_name(n) && same_person(n, subject))
                    .unwrap_or(subject);
                return Some(moved(doc, i, name));
            }
        }
        let above = doc
            .prev_kept(i)
            .and_then(|p| past_post_count(doc, p, false));
        if let Some(name) = above.and_then(|p| named_box(doc, p, i)) {
            return (!is_page_of_people(doc)).then(|| moved(doc, i, name));
        }
        if let Some(name) = over_archive_link(doc, i) {
            return Some(moved(doc, i, name));
        }
        // No box around it: no prose after it, a full name, and a writer's role in the
        // first sentence. Or a writer introducing themself, there or under a label.
        let last = !doc.prose_after(i);
        let labelled = || {
            doc.prev_kept(i)
                .is_some_and(|p| is_self_label(doc, p) || is_label(doc, p))
        };
        if last || labelled() {
            if let Some(name) = introduction(doc, i) {
                return Some(moved(doc, i, name.as_deref().unwrap_or("")));
            }
        }
        if !last {
            return None;
        }
        let (subject, rest) = opening(doc.text(i))?;
        let first = shape::first_sentence(rest);
        (shape::word_count(subject) >= 2
            && ROLES.contains(&shape::fold(first))
            && !is_page_of_people(doc))
        .then(|| moved(doc, i, subject))
    }
}

/// Most words of a count of a writer's posts.
const MAX_COUNT_WORDS: usize = 3;

/// "300 posts", "42 Beiträge", "1.204 articles": an author box's count of the writer's
/// posts, with nothing else on the line.
fn is_post_count(folded: &str) -> bool {
    #[rustfmt::skip]
    const POSTS: &[&str] = &[
        "posts", "post", "articles", "article", "beiträge", "beitrag", "artikel", "artículos",
        "publicaciones", "articoli", "artykuły", "artykułów", "wpisy", "wpisów", "publications",
    ];
    // Most lines start with a letter: one byte turns them away.
    if !folded
        .trim_start()
        .starts_with(|c: char| c.is_ascii_digit())
    {
        return false;
    }
    let mut words = folded.split_whitespace();
    let (Some(number), Some(noun), None) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    number.starts_with(|c: char| c.is_ascii_digit())
        && number
            .chars()
            .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
        && POSTS.contains(&noun)
}

/// Block `j`, or the next kept block beyond it (after it when `forward`, else before
/// it) when `j` is a count of posts.
fn past_post_count(doc: &DocView, j: usize, forward: bool) -> Option<usize> {
    if doc.words(j) > MAX_COUNT_WORDS || !is_post_count(doc.folded(j)) {
        Some(j)
    } else if forward {
        doc.next_kept(j)
    } else {
        doc.prev_kept(j)
    }
}

/// Removes block `i`, moving `name` into `authors` when it is a full name and the
/// document is text (a page's own metadata names its authors better).
fn moved(doc: &DocView, i: usize, name: &str) -> Action {
    if doc.block(i).html.is_some() || shape::word_count(name) < 2 {
        Action::Remove
    } else {
        Action::Move(vec![Meta::Author(name.to_string())])
    }
}

/// The writer's name when block `i` is an author box's link to their other posts:
/// an archive link's opening, then a name and at most an arrow ("→", "»").
fn archive_name<'a>(doc: &'a DocView, i: usize) -> Option<&'a str> {
    let opening = ARCHIVE_LINKS.find_at_start(doc.folded(i).trim_start())?;
    let text = doc.text(i).trim();
    // The opening's words as written, then the rest.
    let skip = shape::word_count(&doc.folded(i).trim_start()[..opening.end]);
    let at = text
        .split_whitespace()
        .nth(skip)
        .map(|word| word.as_ptr() as usize - text.as_ptr() as usize)?;
    let name = text[at..]
        .trim_end_matches(['→', '»', '›', '>', ' ', '.', '…'])
        .trim_end();
    (shape::word_count(name) <= MAX_NAME_WORDS && shape::is_person_name(name)).then_some(name)
}

/// The writer's name when paragraph `i` is the biography of an author box that ends
/// with a link to the writer's other posts: the next line is that link, and the
/// paragraph opens with the name (or its first word) and a biography's verb, or
/// stands under the name line or under "About" and the name.
fn over_archive_link<'a>(doc: &'a DocView, i: usize) -> Option<&'a str> {
    if doc.words(i) > MAX_WORDS || doc.words(i) <= MAX_NAME_WORDS {
        return None;
    }
    let next = doc.next_kept(i)?;
    if doc.words(next) > MAX_ARCHIVE_WORDS {
        return None;
    }
    let name = archive_name(doc, next)?;
    let headed = doc.prev_kept(i).is_some_and(|p| {
        let name = shape::fold(name);
        let above = doc.folded(p).trim().trim_end_matches(':');
        above == name || about_label(above).is_some_and(|(_, rest)| rest.trim() == name)
    });
    (headed || opens_with(doc.text(i), name)).then_some(name)
}

/// Whether block `i` is an author box's label.
fn is_label(doc: &DocView, i: usize) -> bool {
    let folded = doc.folded(i).trim_end_matches([':', ' ']);
    !folded.is_empty() && LABELS.starts(folded) && !shape::ends_like_sentence(doc.text(i))
}

/// Whether block `i` is the label of a box in which a writer introduces themself:
/// "About me", "Über mich", or "Über"/"About" and a name ("Über Kathrin").
fn is_self_label(doc: &DocView, i: usize) -> bool {
    if doc.words(i) > 4 || shape::ends_like_sentence(doc.text(i)) {
        return false;
    }
    let folded = doc.folded(i).trim().trim_end_matches(':');
    SELF_LABELS.contains(&folded)
        || about_label(folded).is_some_and(|(_, rest)| {
            // The same words as written, for the name's capitals.
            let text = doc.text(i).trim().trim_end_matches(':');
            let words: Vec<&str> = text.split_whitespace().collect();
            let name = words[words.len().saturating_sub(shape::word_count(rest))..].join(" ");
            shape::word_count(rest) <= 2 && shape::is_person_name(&name)
        })
}

/// When paragraph `i` is a writer introducing themself ("Hej! 👋 Ich bin Christoph,
/// leidenschaftlicher Angler und Autor dieses Artikels. …", "Hi, I'm Jane Doe, a
/// freelance writer …"): its first sentence after a greeting opens with an
/// introduction and names a writer's role. Gives the full name it introduces, if any.
fn introduction(doc: &DocView, i: usize) -> Option<Option<String>> {
    /// The first words of [`INTRODUCTIONS`]: a paragraph that opens with none of them
    /// (after a greeting) is no introduction, and most are refused on that one word.
    const FIRST_WORDS: &[&str] = &[
        "i'm", "i", "my", "ich", "mein", "je", "soy", "me", "mi", "sono", "jestem", "nazywam",
        "eu", "ik",
    ];
    let folded = after_greeting(doc.folded(i).trim_start());
    if !FIRST_WORDS.contains(&first_word(folded)) {
        return None;
    }
    let intro = INTRODUCTIONS.find_at_start(folded)?;
    if !ROLES.contains(shape::first_sentence(folded)) {
        return None;
    }
    // The name: the capitalized words right after the introduction, up to a comma,
    // unless they are a role ("Ich bin Autorin …").
    let text = after_greeting(doc.text(i).trim_start());
    let skip = shape::word_count(&folded[..intro.end]);
    let mut name = Vec::new();
    for word in text.split_whitespace().skip(skip).take(MAX_NAME_WORDS) {
        let bare = word.trim_end_matches([',', '.', '!', ';', ':']);
        if !shape::starts_uppercase(bare) {
            break;
        }
        name.push(bare);
        if bare.len() < word.len() {
            break;
        }
    }
    let name = Some(name.join(" ")).filter(|n| is_full_name(n) && !ROLES.contains(&shape::fold(n)));
    Some(name)
}

/// `s` after the greeting it opens with and the punctuation or emoji after that
/// ("Hej! 👋 Ich bin …"), or all of `s`.
fn after_greeting(s: &str) -> &str {
    let greeting = first_word(s);
    if GREETINGS.iter().any(|g| g.eq_ignore_ascii_case(greeting)) {
        s[greeting.len()..].trim_start_matches(|c: char| !c.is_alphanumeric())
    } else {
        s
    }
}

/// The first word of `s`, up to a space, comma or exclamation mark.
fn first_word(s: &str) -> &str {
    s.split([' ', ',', '!']).next().unwrap_or("")
}

/// Whether block `j` stands under an author box's label, directly or under a name
/// line, and opens with a name and a biography's verb.
fn bio_under_label(doc: &DocView, j: usize) -> bool {
    let mut above = (0..j).rev().take(2);
    let Some(p) = above.next() else {
        return false;
    };
    let labelled = doc.words(p) <= MAX_LABEL_WORDS
        && (is_label(doc, p)
            || doc.words(p) <= MAX_NAME_WORDS
                && above.next().is_some_and(|q| is_label(doc, q))
                && shape::is_person_name(doc.text(p).trim()));
    labelled
        && doc.words(j) <= MAX_WORDS
        && (opening(doc.text(j)).is_some() || introduction(doc, j).is_some())
}

/// Whether `text` opens with `name` (or part of it) and a biography's verb.
fn opens_with(text: &str, name: &str) -> bool {
    opening(text).is_some_and(|(subject, _)| same_person(name, subject))
}

/// The name a paragraph opens with and the text after it, when a biography's verb
/// follows the name: "Jane Doe" and "is a professor …".
fn opening(text: &str) -> Option<(&str, &str)> {
    let text = text.trim_start();
    let first = text.split(' ').next().unwrap_or("");
    if NOT_NAMES.iter().any(|n| n.eq_ignore_ascii_case(first)) {
        return None;
    }
    // The name runs up to the first word that is neither capitalized nor a name's
    // particle ("von", "de"), which must be where the verb starts: one fold and one
    // lookup per paragraph.
    let end = text
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b' ')
        .map(|(at, _)| at)
        .take(MAX_NAME_WORDS + 1)
        .find(|&at| {
            let next = &text[at + 1..];
            let word = next.split(' ').next().unwrap_or("");
            !shape::starts_uppercase(next) && !PARTICLES.contains(&word)
        })?;
    let subject = &text[..end];
    if !shape::is_person_name(subject) {
        return None;
    }
    let rest = text[end..].trim_start();
    // The verbs are short: the first few words of the rest are enough to fold.
    let mut cut = rest.len().min(40);
    while !rest.is_char_boundary(cut) {
        cut -= 1;
    }
    VERBS
        .starts(&shape::fold(&rest[..cut]))
        .then_some((subject, rest))
}

/// Whether `subject` is `name` or its first word ("Martin" of "Martin Chikilian"): a
/// biography opens so, where a heading over a paragraph ("About Python" / "Python
/// is …") ends with the word the paragraph opens with.
fn same_person(name: &str, subject: &str) -> bool {
    subject.split_whitespace().eq(name.split_whitespace())
        || name.split_whitespace().next() == Some(subject)
}

/// The name on line `p` when it is a full name and paragraph `j` is that person's
/// biography: it opens with the name and a biography's verb, and speaks of a person.
fn named_box<'a>(doc: &'a DocView, p: usize, j: usize) -> Option<&'a str> {
    if doc.words(p) > MAX_NAME_WORDS || doc.words(j) > MAX_WORDS {
        return None;
    }
    let name = doc.text(p).trim();
    (shares_first_word(doc.text(j), name)
        && is_full_name(name)
        && opens_with(doc.text(j), name)
        && is_personal(doc, j))
    .then_some(name)
}

/// Most name-and-biography boxes an article has; a page with more is about the people
/// it introduces (a team, the speakers of a conference), and they are its text.
const MAX_BOXES: usize = 3;

/// Whether the document holds more than [`MAX_BOXES`] name lines over their namesakes'
/// biographies. Asked only once a box is found, which few documents have.
fn is_page_of_people(doc: &DocView) -> bool {
    let mut boxes = 0;
    let mut prev: Option<usize> = None;
    for j in (0..doc.len()).filter(|&j| doc.is_kept(j)) {
        if prev.is_some_and(|p| named_box(doc, p, j).is_some()) {
            boxes += 1;
            if boxes > MAX_BOXES {
                return true;
            }
        }
        prev = Some(j);
    }
    false
}

/// Whether `text` opens with the first word of `name`: a quick test before the
/// others, which most lines above a paragraph fail.
fn shares_first_word(text: &str, name: &str) -> bool {
    let first = name.split(' ').next().unwrap_or("");
    !first.is_empty()
        && text
            .trim_start()
            .strip_prefix(first)
            .is_some_and(|rest| rest.starts_with(' '))
}

/// Whether a line is a person's full name: two words or more, shaped like a name.
fn is_full_name(line: &str) -> bool {
    shape::word_count(line) >= 2 && shape::is_person_name(line)
}

/// Whether block `j` speaks of a person: it names a writer's role or calls its subject
/// "she" or "his". A heading over a paragraph that defines it ("Machine Learning" /
/// "Machine Learning is a field of …") does neither.
fn is_personal(doc: &DocView, j: usize) -> bool {
    ROLES.contains(doc.folded(j)) || PERSONAL.contains(doc.folded(j))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::{cleaned_with, removed_by};

    const BODY: &str = "The committee met on Tuesday and agreed on the budget for next year.\n\n";

    #[test]
    fn moves_a_biography_under_its_name() {
        let c = cleaned_with(
            "MT007",
            "Crisis Experts\n\nHeiko Sauer\n\nHeiko Sauer is a Professor of Public Law at the University of Bonn.\n\nThe experts disagree on almost everything, as the debate showed.\n",
        );
        assert_eq!(c.record.authors, ["Heiko Sauer"]);
        assert_eq!(
            c.text,
            "Crisis Experts\n\nThe experts disagree on almost everything, as the debate showed.\n"
        );
    }

    #[test]
    fn removes_a_labelled_box() {
        let c = cleaned_with(
            "MT007",
            &format!("{BODY}About the author\n\nMartin has worked as a professional Python developer since 2007.\n\nHire Martin\n"),
        );
        assert_eq!(c.text, format!("{BODY}Hire Martin\n"));
        // A first name alone is no author to record.
        assert!(c.record.authors.is_empty());
        let c = cleaned_with(
            "MT007",
            &format!("{BODY}Über den Autor/ die Autorin\n\nMarkus Reuter\n\nMarkus Reuter beschäftigt sich mit den Themen Digital Rights und Hate Speech.\n"),
        );
        assert_eq!(c.text, BODY.trim_end().to_string() + "\n");
        assert_eq!(c.record.authors, ["Markus Reuter"]);
    }

    #[test]
    fn removes_a_box_that_links_to_the_writers_posts() {
        // "About" and the name over the biography, the archive link under it.
        let c = cleaned_with(
            "MT007",
            &format!("{BODY}Über Simon Dückert\n\nScholarch der Cogneon Akademie. Ich brenne für Lernende Organisationen.\n\nZeige alle Beiträge von Simon Dückert →\n\nKommentar verfassen\n"),
        );
        assert_eq!(c.text, format!("{BODY}Kommentar verfassen\n"));
        assert_eq!(c.record.authors, ["Simon Dückert"]);
        // The name line over it, and a biography that opens with the first name.
        let c = cleaned_with(
            "MT007",
            &format!("{BODY}Jane Doe\n\nJane covers science and the people who make it.\n\nView all posts by Jane Doe\n"),
        );
        assert_eq!(c.text, BODY.trim_end().to_string() + "\n");
        assert_eq!(c.record.authors, ["Jane Doe"]);
        // The link alone goes; the article's last paragraph above it stays.
        let c = cleaned_with(
            "MT007",
            &format!("{BODY}The vote is expected before the summer recess.\n\nView all posts by Jane Doe →\n"),
        );
        assert_eq!(
            c.text,
            format!("{BODY}The vote is expected before the summer recess.\n")
        );
        assert_eq!(c.record.authors, ["Jane Doe"]);
    }

    #[test]
    fn removes_a_box_with_a_count_of_posts() {
        let c = cleaned_with(
            "MT007",
            &format!("{BODY}Jule Radeck\n\n300 posts\n\nJule Radeck studierte Sportwissenschaften, bevor sie als Volontärin nach Hamburg zog.\n\nMehr lesen\n"),
        );
        assert_eq!(c.text, format!("{BODY}Mehr lesen\n"));
        assert_eq!(c.record.authors, ["Jule Radeck"]);
        // A count with no name line and biography around it stays.
        let text = format!("{BODY}300 posts\n\nThe forum opened in May.\n");
        assert!(removed_by("MT007", &text).is_empty());
    }

    #[test]
    fn keeps_lines_that_only_look_like_archive_links() {
        // No name after the opening, or a sentence that goes on.
        for text in [
            "All posts by category are listed in the archive.",
            "Alle Beiträge von heute",
            "All articles by our staff are reviewed by an editor before they run.",
        ] {
            assert!(
                removed_by("MT007", &format!("{BODY}{text}\n")).is_empty(),
                "{text}"
            );
        }
    }

    #[test]
    fn moves_a_closing_biography_that_names_a_role() {
        let c = cleaned_with(
            "MT007",
            &format!("{BODY}Candice Sealey is the Founder & Principal Consultant at Ignite, a marketing consultancy.\n\nFacebook\n"),
        );
        assert_eq!(c.record.authors, ["Candice Sealey"]);
        assert_eq!(c.text, format!("{BODY}Facebook\n"));
        let c = cleaned_with(
            "MT007",
            &format!("{BODY}Ana Ruiz es periodista y vive en Montevideo.\n"),
        );
        assert_eq!(c.record.authors, ["Ana Ruiz"]);
        let c = cleaned_with(
            "MT007",
            &format!("{BODY}Jan van der Berg ist freier Journalist in Köln.\n"),
        );
        assert_eq!(c.record.authors, ["Jan van der Berg"]);
    }

    #[test]
    fn removes_a_writer_introducing_themself() {
        // The last paragraph of prose, with a greeting and an emoji before it.
        let c = cleaned_with(
            "MT007",
            &format!("{BODY}Hej! 👋 Ich bin Christoph, leidenschaftlicher Angler und Autor dieses Artikels. Hier teile ich mein Wissen mit euch.\n\nImpressum & Datenschutz\n"),
        );
        assert_eq!(c.text, format!("{BODY}Impressum & Datenschutz\n"));
        assert!(c.record.authors.is_empty());
        // A full name goes into `authors`.
        let c = cleaned_with(
            "MT007",
            &format!(
                "{BODY}Hi, I'm Jane Doe, a freelance writer based in Leeds. I write about food.\n"
            ),
        );
        assert_eq!(c.record.authors, ["Jane Doe"]);
        assert_eq!(c.text, BODY.trim_end().to_string() + "\n");
        // Under "Über Kathrin" or "About me", with prose after it, label and all.
        let comments = "Anna: Der Kuchen ist mir super gelungen, vielen Dank für das Rezept!\n";
        for label in ["Über Kathrin", "About me", "Über mich"] {
            let text = format!("{BODY}{label}\n\nHallo, ich bin Foodbloggerin, Backbuchautorin und Journalistin. Seit 2012 findet ihr hier alles rund ums Backen.\n\n{comments}");
            let c = cleaned_with("MT007", &text);
            assert_eq!(c.text, format!("{BODY}{comments}"), "{label}");
        }
    }

    #[test]
    fn keeps_first_person_prose() {
        for text in [
            // Prose follows, and no label stands above.
            format!("Ich bin Journalistin und habe zehn Jahre in Kairo gelebt.\n\n{BODY}"),
            // No writer's role in the first sentence.
            format!("{BODY}Hallo, ich bin Anna und heute backen wir einen Zitronenkuchen.\n"),
            format!("{BODY}I am still not sure what the committee will decide next year.\n"),
            // Under a label, still no writer's role.
            format!("{BODY}Über Kathrin\n\nIch bin Kathrin und backe seit meiner Kindheit gern.\n\n{BODY}"),
        ] {
            assert!(removed_by("MT007", &text).is_empty(), "{text}");
        }
    }

    #[test]
    fn keeps_a_page_of_people() {
        let people = [
            (
                "Anna Berg",
                "Anna Berg is a historian who writes about archives.",
            ),
            (
                "Jan Kowalski",
                "Jan Kowalski is a journalist based in Warsaw.",
            ),
            (
                "Maria Lopez",
                "Maria Lopez is a professor of law in Madrid.",
            ),
            ("Tom Reed", "Tom Reed is an editor and lives in Leeds."),
        ];
        let page: String = people
            .iter()
            .map(|(name, bio)| format!("{name}\n\n{bio}\n\n"))
            .collect();
        let text = format!("Our speakers\n\n{page}");
        assert!(removed_by("MT007", &text).is_empty());
        // Three are an article's authors.
        let text = format!("{BODY}{}", &page[..page.find("Tom Reed").unwrap()]);
        assert_eq!(removed_by("MT007", &text).len(), 6);
    }

    #[test]
    fn keeps_people_introduced_in_the_article() {
        for text in [
            // Prose follows: the article is still going.
            "Anna Berg is a professor of history at Uppsala.\n\nShe says the archive was never catalogued and that the work will take years.\n".to_string(),
            // No role of a writer, no box.
            format!("{BODY}Maria Lopez is the mayor of the city since 2019.\n"),
            format!("{BODY}Angela Merkel ist Bundeskanzlerin.\n"),
            // A name line over a paragraph about someone else.
            format!("{BODY}Heiko Sauer\n\nAnna Berg is a professor of history at Uppsala.\n\nShe says the archive was never catalogued.\n"),
            // A sentence that starts with a common word.
            format!("{BODY}Ursula von der Leyen\n\nUrsula von der Leyen sagte, die Kommission sei bereit.\n"),
            format!("{BODY}The Founder is a writer of some renown.\n"),
            // A label over a paragraph that opens with no name.
            format!("{BODY}About the author\n\nthis page lists what we know about the author of the letters.\n"),
        ] {
            assert!(removed_by("MT007", &text).is_empty(), "{text}");
        }
    }
}
