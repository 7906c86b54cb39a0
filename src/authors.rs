//! What a part of an author field is: a person, or one of the things bylines carry
//! beside names. A byline such as "By JORDAN ROBERTSON and RACHEL METZ — AP Technology
//! Writers", "Ed Hornick, CNN" or "Bryan Walsh Tuesday, Aug. 17, 2010" holds a role
//! ("Senior Washington Correspondent", "Staff Writer"), a news agency ("CNN", "AP"),
//! the day of the week its date starts with, and names set in capitals. Both the
//! HTML metadata and the byline rule (`MT002`) read their parts here, so that
//! `authors` holds people, written as names are written.

use crate::shape;

/// What a part of an author field is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Part {
    /// A person's name, with a role or weekday after it cut and capitals recased
    /// ("Andrea Stone Senior Washington Correspondent" gives "Andrea Stone",
    /// "LILIAN ALEMAGNA" gives "Lilian Alemagna"). Whether it is shaped like a name
    /// is left to the caller.
    Person(String),
    /// A news agency's or a broadcaster's short name: "AP", "CNN", "Reuters".
    Agency,
    /// A role without a name: "Executive Editor", "Verge Staff", "AP Technology
    /// Writers", "Redaktion".
    Role,
    /// Nothing: no words, a day of the week alone, or a site's address.
    Other,
}

/// News agencies' short names, lowercase: bylines and wire signatures name them.
#[rustfmt::skip]
pub const AGENCIES: &[&str] = &[
    "dpa", "afp", "ap", "reuters", "pap", "kna", "epd", "apa", "sda", "ats", "ansa", "efe",
    "tass", "ria", "interfax", "ukrinform", "upi", "xinhua", "ddp", "dapd", "sid", "ots",
    "belga", "anp", "ctk", "mti", "bta", "lusa", "europa press",
];

/// Nouns that end a role in a byline, lowercase.
#[rustfmt::skip]
const ROLE_NOUNS: &[&str] = &[
    "writer", "writers", "correspondent", "correspondents", "editor", "editors", "reporter",
    "reporters", "columnist", "columnists", "contributor", "contributors", "staff",
    "producer", "journalist", "journalists", "critic", "redakteur", "redakteurin",
    "redaktion", "korrespondent", "korrespondentin", "journaliste", "rédacteur",
    "rédactrice", "correspondant", "correspondante", "corresponsal", "redactor",
    "redactora", "periodista", "giornalista", "redattore", "redattrice", "corrispondente",
    "report", "reports", "desk", "team", "newsroom", "newsdesk", "redaktionsteam",
    "rédaction", "redactie", "redacción", "redazione", "redação", "redakcja", "редакция",
    "korrespondenten", "verslaggever", "verslaggeefster", "inviato", "inviata", "enviado",
    "enviada", "envoyé", "envoyée",
];

/// Words for "our" that open a role before a name ("Door onze verslaggever Jan de
/// Vries", "Von unserem Korrespondenten Max Weber"), lowercase.
#[rustfmt::skip]
const POSSESSIVES: &[&str] = &[
    "our", "onze", "unser", "unsere", "unserem", "unserer", "unseren", "notre", "nuestro",
    "nuestra", "nostro", "nostra", "vår", "vores",
];

/// A newsroom's name for itself, which may open a byline before the paper's name.
#[rustfmt::skip]
const NEWSROOMS: &[&str] = &[
    "redaktion", "redacción", "rédaction", "redazione", "redação", "redactie", "redakcja",
    "newsroom", "редакция",
];

/// Words that open a role before its noun ("Senior Washington Correspondent",
/// "Contributing Writer"), lowercase.
#[rustfmt::skip]
const ROLE_WORDS: &[&str] = &[
    "senior", "chief", "executive", "contributing", "special", "deputy", "managing",
    "associate", "assistant", "political", "politics", "national", "foreign",
    "international", "technology", "tech", "business", "sports", "science", "health",
    "investigative", "freelance", "guest", "lead", "staff", "news", "digital", "online",
    "editorial", "leitender", "leitende", "stellvertretender", "stellvertretende", "freier",
    "freie",
];

/// Days of the week, lowercase: a byline's date often opens with one ("Bryan Walsh
/// Tuesday, Aug. 17, 2010"), and cut at its comma the day sticks to the name. Not
/// their abbreviations: "Sun" and "Mon" end names too.
#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag",
    "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles",
    "jueves", "viernes", "sábado", "domingo", "maandag", "dinsdag", "woensdag", "donderdag",
    "vrijdag", "zaterdag", "zondag",
];

/// The longest short name in capitals read as an agency or broadcaster ("CNN", "BBC",
/// "AFP"); longer words in capitals are names set in capitals ("MADONNA").
const MAX_AGENCY_LETTERS: usize = 5;

/// Reads one part of an author field, already split at commas, "and" and the like.
pub fn read(part: &str) -> Part {
    let mut words: Vec<&str> = part.split_whitespace().collect();
    // "onze verslaggever Jan de Vries", "our chief correspondent": the paper's own
    // writer, named after the role or not at all.
    if words.len() >= 2 && listed(words[0], POSSESSIVES) {
        let role = words[1..]
            .iter()
            .take_while(|w| listed(w, ROLE_WORDS) || listed(w, ROLE_NOUNS))
            .count();
        if role > 0 && listed(words[role], ROLE_NOUNS) {
            words.drain(..=role);
            if words.is_empty() {
                return Part::Role;
            }
        }
    }
    // "Redacción El Diario", "Redaktion Eurailpress": the newsroom of a paper, no one.
    if words.len() >= 2 && words.first().is_some_and(|w| listed(w, NEWSROOMS)) {
        return Part::Role;
    }
    while words.last().is_some_and(|w| listed(w, WEEKDAYS)) {
        words.pop();
    }
    if words.last().is_some_and(|w| listed(w, ROLE_NOUNS)) {
        // The role starts at its first role word; a name keeps at least two words
        // before it ("Verge Staff", "AP Technology Writers" name no one).
        let start = words
            .iter()
            .position(|w| listed(w, ROLE_NOUNS) || listed(w, ROLE_WORDS))
            .unwrap_or(0);
        if start < 2 {
            return Part::Role;
        }
        words.truncate(start);
    }
    // A brand or a section in capitals before a name ("ABOUTFINTECH Tobias
    // Baumgarten"): the name is the rest.
    if words.len() >= 3
        && words[0].chars().filter(|c| c.is_alphabetic()).count() >= 4
        && words[0]
            .chars()
            .all(|c| !c.is_alphabetic() || c.is_uppercase())
        && words[1..].iter().all(|w| w.chars().any(char::is_lowercase))
    {
        words.remove(0);
    }
    match words.as_slice() {
        [] => Part::Other,
        [word] if is_agency(word) => Part::Agency,
        // A site's address ("Interia.pl", "Greentech.LIVE"), not an initial ("J.").
        [word] if word.trim_end_matches('.').contains('.') => Part::Other,
        _ => Part::Person(recased(&words.join(" "))),
    }
}

/// The pieces of `s` between spaced dashes ("Name — Role – Agency - Time"): bylines
/// set a writer's role, desk, agency and time apart so. A dash inside a word
/// ("Jean-Luc") splits nothing.
pub fn split_at_dashes(s: &str) -> impl Iterator<Item = &str> {
    s.split(" — ")
        .flat_map(|p| p.split(" – "))
        .flat_map(|p| p.split(" - "))
}

/// Whether `word`, without the punctuation around it, is on `list` (lowercase) in any
/// case. Without allocating: every part of every author field is asked several times.
fn listed(word: &str, list: &[&str]) -> bool {
    let core = word.trim_matches(|c: char| !c.is_alphanumeric());
    if core.is_ascii() {
        list.iter().any(|l| l.eq_ignore_ascii_case(core))
    } else {
        list.iter()
            .any(|l| core.chars().flat_map(char::to_lowercase).eq(l.chars()))
    }
}

/// Whether `word` is a news agency's or broadcaster's short name: a known agency, or
/// two to five capital letters ("CNN", "BBC", "NDR").
pub fn is_agency(word: &str) -> bool {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric());
    listed(word, AGENCIES)
        || (2..=MAX_AGENCY_LETTERS).contains(&word.chars().count())
            && word.chars().all(char::is_uppercase)
}

/// A name set in capitals, written as names are ("JORDAN ROBERTSON" becomes "Jordan
/// Robertson", "JEAN-LUC O'NEIL" becomes "Jean-Luc O'Neil", particles after the first
/// word in lowercase); any other name as it is.
fn recased(name: &str) -> String {
    let letters = name.chars().filter(|c| c.is_alphabetic());
    if letters.clone().count() < 2 || letters.clone().any(|c| !c.is_uppercase()) {
        return name.to_string();
    }
    let mut out = String::with_capacity(name.len());
    for (k, word) in name.split(' ').enumerate() {
        if k > 0 {
            out.push(' ');
        }
        let lower = word.to_lowercase();
        if k > 0 && shape::NAME_PARTICLES.contains(&lower.as_str()) {
            out.push_str(&lower);
            continue;
        }
        let mut start = true;
        for c in lower.chars() {
            if start {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
            start = matches!(c, '-' | '\'' | '’');
        }
    }
    out
}

/// The names a site's address spells ("usatoday" of www.usatoday.com, "n-land" of
/// n-land.de as "nland"): every label of the host but the last and "www",
/// lowercase, letters and digits only.
#[derive(Debug, Clone, Default)]
pub struct Host {
    labels: Vec<String>,
}

impl Host {
    pub fn of(url: &str) -> Host {
        let host = url
            .split_once("://")
            .map_or(url, |(_, rest)| rest)
            .split(['/', ':', '?', '#'])
            .next()
            .unwrap_or("");
        let mut labels: Vec<&str> = host.split('.').collect();
        // "com" or "de" names no site.
        labels.pop();
        Host {
            labels: labels
                .into_iter()
                .map(squeeze)
                .filter(|l| !l.is_empty() && l != "www")
                .collect(),
        }
    }

    /// Whether `name` is the site's own name as its address spells it ("USA TODAY"
    /// on usatoday.com, "CNN" on cnn.com), or starts with it when that is five letters
    /// or more ("El Colombiano Contactar", a link beside it, on elcolombiano.com): a
    /// publisher, not a writer.
    pub fn is_named_by(&self, name: &str) -> bool {
        if self.labels.is_empty() {
            return false;
        }
        let squeezed = squeeze(name);
        squeezed.len() >= 2
            && self.labels.iter().any(|label| {
                *label == squeezed || label.len() >= 5 && squeezed.starts_with(label.as_str())
            })
    }
}

/// `s` in lowercase, letters and digits only.
fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(s: &str) -> Part {
        Part::Person(s.to_string())
    }

    #[test]
    fn cuts_roles_after_names() {
        assert_eq!(
            read("Andrea Stone Senior Washington Correspondent"),
            person("Andrea Stone")
        );
        assert_eq!(read("Maria Lopez Staff Writer"), person("Maria Lopez"));
        assert_eq!(read("Executive Editor"), Part::Role);
        assert_eq!(read("AP Technology Writers"), Part::Role);
        assert_eq!(read("Verge Staff"), Part::Role);
        assert_eq!(read("HLNF Staff Report"), Part::Role);
        assert_eq!(read("Sports Desk"), Part::Role);
        assert_eq!(read("World's Editorial Writers"), Part::Role);
        assert_eq!(read("Leitende Redakteurin"), Part::Role);
        // A newsroom in place of a name: "Door onze redactie", "Par la rédaction".
        assert_eq!(read("onze redactie"), Part::Role);
        assert_eq!(read("la rédaction"), Part::Role);
        assert_eq!(read("Redacción El Diario"), Part::Role);
        assert_eq!(read("Redaktion Eurailpress"), Part::Role);
        // A role noun inside a name, not at its end, is left alone.
        assert_eq!(read("Writer Jones Smith"), person("Writer Jones Smith"));
        assert_eq!(read("Anna Editor"), Part::Role);
    }

    #[test]
    fn cuts_the_papers_own_role_before_a_name() {
        assert_eq!(
            read("onze verslaggever Jan de Vries"),
            person("Jan de Vries")
        );
        assert_eq!(
            read("unserem Korrespondenten Max Weber"),
            person("Max Weber")
        );
        assert_eq!(
            read("our chief correspondent Mary Jones"),
            person("Mary Jones")
        );
        assert_eq!(read("our correspondent"), Part::Role);
        // "Our" before anything but a role is left alone.
        assert_eq!(read("Our Lady"), person("Our Lady"));
    }

    #[test]
    fn tells_agencies_from_names() {
        assert_eq!(read("CNN"), Part::Agency);
        assert_eq!(read("AP"), Part::Agency);
        assert_eq!(read("Reuters"), Part::Agency);
        assert_eq!(read("dpa"), Part::Agency);
        assert_eq!(read("MADONNA"), person("Madonna"));
        assert_eq!(read("Cher"), person("Cher"));
        assert_eq!(read("Ed Hornick"), person("Ed Hornick"));
        assert_eq!(read("INTERIA.PL"), Part::Other);
        assert_eq!(read("J.R.R. Tolkien"), person("J.R.R. Tolkien"));
    }

    #[test]
    fn drops_the_day_a_date_starts_with() {
        assert_eq!(read("Bryan Walsh Tuesday"), person("Bryan Walsh"));
        assert_eq!(read("Anna Weber Montag,"), person("Anna Weber"));
        assert_eq!(read("Friday"), Part::Other);
        assert_eq!(read("Yang Sun"), person("Yang Sun"));
        assert_eq!(read("Sunday Morgan"), person("Sunday Morgan"));
    }

    #[test]
    fn recases_names_set_in_capitals() {
        assert_eq!(read("JORDAN ROBERTSON"), person("Jordan Robertson"));
        assert_eq!(read("JEAN-LUC O'NEIL"), person("Jean-Luc O'Neil"));
        assert_eq!(read("LUDWIG VAN DER BERG"), person("Ludwig van der Berg"));
        assert_eq!(read("DAVID LIEBERMAN"), person("David Lieberman"));
        assert_eq!(read("Anna McDONALD"), person("Anna McDONALD"));
        // A brand in capitals before a name is no part of it.
        assert_eq!(
            read("ABOUTFINTECH Tobias Baumgarten"),
            person("Tobias Baumgarten")
        );
        assert_eq!(read("JR Smith Jones"), person("JR Smith Jones"));
    }

    #[test]
    fn splits_at_spaced_dashes_only() {
        let pieces: Vec<&str> =
            split_at_dashes("Jean-Luc Roy — Staff Writer – AP - 1 hr ago").collect();
        assert_eq!(pieces, ["Jean-Luc Roy", "Staff Writer", "AP", "1 hr ago"]);
    }

    #[test]
    fn knows_the_site_by_its_address() {
        let names_host = |name: &str, url: &str| Host::of(url).is_named_by(name);
        assert!(names_host("USA TODAY", "https://www.usatoday.com/story/1"));
        assert!(names_host("CNN", "http://edition.cnn.com/2010/x.html"));
        assert!(!names_host(
            "Doug Stanglin",
            "https://www.usatoday.com/story/1"
        ));
        assert!(!names_host("Com", "https://example.com/"));
        assert!(!names_host("", "https://example.com/"));
        assert!(names_host(
            "El Colombiano Contactar",
            "https://www.elcolombiano.com/a"
        ));
        assert!(names_host("N-Land N-Land", "https://www.n-land.de/x"));
        assert!(!names_host("Cnnor Smith", "https://cnn.com/x"));
        assert!(!names_host("Www", "https://www.example.com/"));
    }
}
