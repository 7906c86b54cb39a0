//! Dates as they appear in bylines and datelines, in several languages, to ISO 8601.
//! Parsing is strict: the whole string must be a date (weekday and time of day allowed),
//! so a sentence that merely contains a date is never taken for a dateline.

use std::sync::LazyLock;

#[rustfmt::skip]
const MONTHS: &[(&str, u32)] = &[
    // English
    ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3),
    ("april", 4), ("apr", 4), ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7),
    ("august", 8), ("aug", 8), ("september", 9), ("sep", 9), ("sept", 9), ("october", 10),
    ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    // German
    ("januar", 1), ("jänner", 1), ("februar", 2), ("märz", 3), ("mär", 3), ("mrz", 3),
    ("mai", 5), ("juni", 6), ("juli", 7), ("oktober", 10), ("okt", 10), ("dezember", 12),
    ("dez", 12),
    // French
    ("janvier", 1), ("février", 2), ("fevrier", 2), ("mars", 3), ("avril", 4), ("juin", 6),
    ("juillet", 7), ("août", 8), ("aout", 8), ("septembre", 9), ("octobre", 10),
    ("novembre", 11), ("décembre", 12),
    // Spanish, Portuguese, Italian
    ("enero", 1), ("febrero", 2), ("marzo", 3), ("abril", 4), ("mayo", 5), ("junio", 6),
    ("julio", 7), ("agosto", 8), ("septiembre", 9), ("setiembre", 9), ("octubre", 10),
    ("noviembre", 11), ("diciembre", 12), ("janeiro", 1), ("fevereiro", 2), ("março", 3),
    ("maio", 5), ("junho", 6), ("julho", 7), ("setembro", 9), ("outubro", 10),
    ("novembro", 11), ("dezembro", 12), ("gennaio", 1), ("febbraio", 2), ("aprile", 4),
    ("maggio", 5), ("giugno", 6), ("luglio", 7), ("settembre", 9), ("ottobre", 10),
    ("dicembre", 12),
    // Russian and Polish (genitive, as used in dates)
    ("января", 1), ("февраля", 2), ("марта", 3), ("апреля", 4), ("мая", 5), ("июня", 6),
    ("июля", 7), ("августа", 8), ("сентября", 9), ("октября", 10), ("ноября", 11),
    ("декабря", 12), ("stycznia", 1), ("lutego", 2), ("marca", 3), ("kwietnia", 4),
    ("maja", 5), ("czerwca", 6), ("lipca", 7), ("sierpnia", 8), ("września", 9),
    ("października", 10), ("listopada", 11), ("grudnia", 12),
    // Dutch, Swedish, Danish and Norwegian (the forms the languages above lack)
    ("januari", 1), ("februari", 2), ("maart", 3), ("mei", 5), ("augustus", 8),
    ("augusti", 8), ("maj", 5), ("marts", 3), ("desember", 12),
];

#[rustfmt::skip]
const WEEKDAYS: &[&str] = &[
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "montag", "dienstag",
    "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves",
    "viernes", "sábado", "domingo", "maandag", "dinsdag", "woensdag", "donderdag",
    "vrijdag", "zaterdag", "zondag", "måndag", "tisdag", "onsdag", "torsdag", "fredag",
    "lördag", "söndag", "mandag", "tirsdag", "lørdag", "søndag",
];

/// Words that may stand between the parts of a date ("14 de mayo de 2017", "2017 г.").
const FILLERS: &[&str] = &[
    "de", "del", "of", "the", "г", "года", "r", "roku", "am", "le",
];

/// Words that lead from a date to its time of day.
const TIME_LEADS: &[&str] = &[
    "at", "um", "à", "a", "las", "às", "alle", "ore", "om", "o", "godz.", "kl.",
];

const ZONES: &[&str] = &[
    "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "msk", "cet", "cest",
    "bst", "uhr", "am", "pm", "a.m", "p.m", "h", "hs", "hrs",
];

/// Whether `s` ends as a date [`parse_date`] reads can: its last part is the year or a
/// numeric date, unless a time of day or a filler word follows. Lines whose last word
/// is none of these are most lines a date is tried on, and are turned away before
/// anything is allocated.
fn may_end_date(s: &str) -> bool {
    let last = s
        .rsplit(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '•'))
        .find(|t| !t.is_empty());
    last.is_some_and(|last| {
        last.starts_with(|c: char| c.is_ascii_digit() || matches!(c, '.' | '/' | '-'))
            || is_time_token(last)
            || is_filler(last)
            || has_cjk_year(s)
    })
}

/// Whether `s` has the year character of a Chinese, Japanese or Korean date
/// ("2024年3月12日"), which [`cjk_date`] reads apart from the others.
fn has_cjk_year(s: &str) -> bool {
    !s.is_ascii() && (s.contains('年') || s.contains('년'))
}

/// Whether `word`, in lowercase, is one of `list`'s (lowercase) words.
fn in_list(list: &[&str], word: &str) -> bool {
    list.contains(&Lower::of(word).as_str())
}

/// Whether `t` is a word that may stand between a date's parts ([`FILLERS`]).
fn is_filler(t: &str) -> bool {
    in_list(FILLERS, t.trim_end_matches('.'))
}

/// A word in lowercase, kept on the stack when it is short ASCII, as nearly every
/// word the date tests read is: they run at many words of every short line, and an
/// allocation for each was most of their cost.
struct Lower {
    ascii: [u8; Lower::STACK_BYTES],
    len: usize,
    other: Option<String>,
}

impl Lower {
    const STACK_BYTES: usize = 32;

    fn of(word: &str) -> Self {
        let mut lower = Lower {
            ascii: [0; Lower::STACK_BYTES],
            len: 0,
            other: None,
        };
        if word.len() <= Lower::STACK_BYTES && word.is_ascii() {
            lower.ascii[..word.len()].copy_from_slice(word.as_bytes());
            lower.ascii[..word.len()].make_ascii_lowercase();
            lower.len = word.len();
        } else {
            lower.other = Some(word.to_lowercase());
        }
        lower
    }

    fn as_str(&self) -> &str {
        match &self.other {
            Some(other) => other,
            // ASCII bytes, lowercased: always UTF-8.
            None => std::str::from_utf8(&self.ascii[..self.len]).unwrap_or_default(),
        }
    }
}

/// The month a name or abbreviation stands for, in any case, with a trailing period.
/// Looked up in a hash map: dates are tried at many words of every short line.
fn month_number(word: &str) -> Option<u32> {
    static BY_NAME: LazyLock<foldhash::HashMap<&'static str, u32>> =
        LazyLock::new(|| MONTHS.iter().copied().collect());
    // A word this long is no month however it lowercases (a character's lowercase
    // form takes at least a third of its bytes).
    const LONGEST: usize = {
        let (mut at, mut longest) = (0, 0);
        while at < MONTHS.len() {
            if MONTHS[at].0.len() > longest {
                longest = MONTHS[at].0.len();
            }
            at += 1;
        }
        3 * longest
    };
    let word = word.trim_end_matches('.');
    if word.len() > LONGEST {
        return None;
    }
    BY_NAME.get(Lower::of(word).as_str()).copied()
}

/// Whether `t` is a time of day ("17:13", "5pm") or a time zone ("UTC").
pub fn is_time_token(t: &str) -> bool {
    // "8時15分", "8时15分": the hour and minutes of Japanese and Chinese.
    if let Some((hour, minutes)) = (!t.is_ascii())
        .then(|| t.split_once(['時', '时']))
        .flatten()
    {
        let minutes = minutes.strip_suffix('分').unwrap_or(minutes);
        return (1..=2).contains(&hour.len())
            && hour.bytes().all(|b| b.is_ascii_digit())
            && minutes.len() <= 2
            && minutes.bytes().all(|b| b.is_ascii_digit());
    }
    let lower = Lower::of(t.trim_end_matches('.'));
    let t = lower.as_str();
    if ZONES.contains(&t) {
        return true;
    }
    // "14h32", "9h", as French writes the hour.
    if let Some((hour, minutes)) = t.split_once('h') {
        if (1..=2).contains(&hour.len())
            && hour.bytes().all(|b| b.is_ascii_digit())
            && (minutes.is_empty()
                || minutes.len() == 2 && minutes.bytes().all(|b| b.is_ascii_digit()))
        {
            return true;
        }
    }
    let core = t.trim_start_matches(['+', '-']);
    // "17:13", "17:13:04+02:00", "17:13:04.031886+02:00" (fractions of a second).
    !core.is_empty()
        && core.contains(':')
        && core
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '+' | '-' | '.'))
        || t.ends_with("am")
            && t[..t.len() - 2]
                .chars()
                .all(|c| c.is_ascii_digit() || c == ':')
            && t.len() > 2
        || t.ends_with("pm")
            && t[..t.len() - 2]
                .chars()
                .all(|c| c.is_ascii_digit() || c == ':')
            && t.len() > 2
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        4 | 6 | 9 | 11 => 30,
        2 if year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) => 29,
        2 => 28,
        _ => 31,
    }
}

fn iso(year: u32, month: u32, day: u32) -> Option<String> {
    let valid = (1900..=2100).contains(&year)
        && (1..=12).contains(&month)
        && day >= 1
        && day <= days_in_month(year, month);
    valid.then(|| format!("{year:04}-{month:02}-{day:02}"))
}

fn number(t: &str) -> Option<u32> {
    // Ordinal endings as `trim_end_matches` would take them, each repeated, without
    // building a substring searcher per ending (this runs for most words of a line
    // tried as a date).
    let mut t = t.trim_end_matches(['.', ',']);
    for ending in ["st", "nd", "rd", "th"] {
        while let Some(rest) = t.strip_suffix(ending) {
            t = rest;
        }
    }
    if t.is_empty() || t.len() > 4 || !t.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    t.parse().ok()
}

/// A numeric date in one token: 2017-05-14, 2017/05/14, 14.05.2017, with an optional
/// ISO time part.
fn numeric_date(t: &str) -> Option<String> {
    let t = t.split('T').next().unwrap_or(t);
    let parts: Vec<&str> = t.split(['-', '/', '.']).filter(|p| !p.is_empty()).collect();
    if parts.len() != 3 || !parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit())) {
        return None;
    }
    let n: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
    if n.len() != 3 {
        return None;
    }
    if parts[0].len() == 4 && !t.contains('.') {
        iso(n[0], n[1], n[2])
    } else if parts[0].len() == 4 && parts[1].len() == 2 && parts[2].len() == 2 {
        // "2024.03.12", as Korea, China and Hungary write the date; both numbers padded
        // to two digits, which a version number such as "2023.10.2" seldom is.
        iso(n[0], n[1], n[2])
    } else if parts[2].len() == 4 && t.contains('.') {
        iso(n[2], n[1], n[0])
    } else if parts[2].len() == 4 {
        // "25/03/2024" or "03/25/2024": day and month in the order that papers on either
        // side of the Atlantic write them, told apart only by a day past the 12th.
        match (n[0] > 12, n[1] > 12) {
            (true, false) => iso(n[2], n[1], n[0]),
            (false, true) => iso(n[2], n[0], n[1]),
            _ => None,
        }
    } else {
        None
    }
}

/// What stands before a time of day that ends `s`, without the word that leads to
/// the time, and whether such a word was there: "mis à jour à 12h30" gives ("mis à
/// jour", true), "updated 10:45 GMT" gives ("updated", false). `None` unless the end
/// is a time with a number in it.
pub fn before_trailing_time(s: &str) -> Option<(&str, bool)> {
    let (rest, timed) = strip_trailing_times(s.trim(), &[]);
    if !timed {
        return None;
    }
    match rest.rsplit_once(char::is_whitespace) {
        Some((before, lead)) if in_list(TIME_LEADS, lead) => Some((before.trim_end(), true)),
        _ => Some((rest, false)),
    }
}

/// Whether [`parse_date`] can accept `s`, by its first token alone: a date's first
/// token is a weekday, a filler, a month or a number. Ruling out the other starts
/// spares the full parse (with its lowercased copies) for all but a few of the word
/// positions a line is tried at.
pub fn may_open_date(s: &str) -> bool {
    let Some(first) = s
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '·' | '•'))
        .find(|t| !t.is_empty())
    else {
        return false;
    };
    if first.starts_with(|c: char| c.is_ascii_digit()) || month_number(first).is_some() {
        return true;
    }
    let word = Lower::of(first.trim_end_matches('.'));
    WEEKDAYS.contains(&word.as_str()) || FILLERS.contains(&word.as_str())
}

/// Whether `s` is a weekday's name alone ("Freitag", "Mon.").
pub fn is_weekday(s: &str) -> bool {
    in_list(WEEKDAYS, s.trim().trim_end_matches(['.', ',']))
}

/// Parses a string that is a date and nothing else, to `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<String> {
    if has_cjk_year(s) {
        return cjk_date(s);
    }
    if !may_end_date(s) {
        return None;
    }
    let cleaned: String = s
        .chars()
        .map(|c| {
            if c == ',' || c == '|' || c == '·' || c == '•' {
                ' '
            } else {
                c
            }
        })
        .collect();
    let mut tokens: Vec<&str> = cleaned.split_whitespace().collect();
    while tokens
        .first()
        .is_some_and(|t| in_list(WEEKDAYS, t.trim_end_matches('.')))
    {
        tokens.remove(0);
    }
    // A time after the date, and the word that leads to it ("at 10:32", "um 14:32 Uhr",
    // "à 14h32", "a las 10:32"), or a dash or a slash set between them ("Mar 12, 2024 /
    // 05:45 PM EDT").
    let mut timed = false;
    // A zone seen, and a time with a number in it: "12.04" counts as a time only
    // right before a zone ("12.04 BST"), as [`strip_trailing_times`] has it.
    let (mut zoned, mut clocked) = (false, false);
    while tokens.last().is_some_and(|t| {
        is_time_token(t) || *t == "-" || *t == "/" || zoned && !clocked && is_dotted_clock(t)
    }) {
        let token = tokens.pop().unwrap_or_default();
        let numbered = token.bytes().any(|b| b.is_ascii_digit());
        let mark = token == "-" || token == "/";
        zoned |= !numbered && !mark;
        clocked |= numbered;
        timed |= !mark;
    }
    while timed && tokens.last().is_some_and(|t| in_list(TIME_LEADS, t)) {
        tokens.pop();
    }
    tokens.retain(|t| !is_filler(t));
    match tokens.as_slice() {
        [one] => numeric_date(one),
        [a, b, c] => {
            let year = number(c).filter(|&y| y >= 1000)?;
            if let (Some(month), Some(day)) = (month_number(a), number(b)) {
                return iso(year, month, day);
            }
            if let (Some(day), Some(month)) = (number(a), month_number(b)) {
                return iso(year, month, day);
            }
            None
        }
        _ => None,
    }
}

/// "2024年3月12日", "2024年3月12日(火) 8時15分", "2024년 3월 12일": a date written with
/// the year, month and day characters of Chinese, Japanese and Korean, a weekday in
/// parentheses and a time of day after it allowed.
fn cjk_date(s: &str) -> Option<String> {
    let mut rest = s.trim();
    let mut parts = [0u32; 3];
    for (part, marks) in parts
        .iter_mut()
        .zip([['年', '년'], ['月', '월'], ['日', '일']])
    {
        let digits = rest
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(rest.len());
        if digits == 0 || digits > 4 {
            return None;
        }
        *part = rest[..digits].parse().ok()?;
        rest = rest[digits..].strip_prefix(marks)?.trim_start();
    }
    // "(火)", "（火）": the day of the week.
    if let Some(after) = rest.strip_prefix(['(', '（']) {
        let close = after.find([')', '）'])?;
        rest = after[close..].trim_start_matches([')', '）']).trim_start();
    }
    if !rest.split_whitespace().all(is_time_token) {
        return None;
    }
    let [year, month, day] = parts;
    iso(year, month, day)
}

/// Splits "Name, May 14, 2017" into ("Name", "2017-05-14"): the longest tail of the
/// line that is a date, and what comes before it (possibly empty). A time of day just
/// before the date belongs to it, not to the head ("Name 12:45 PM EST, May 14, 2017").
pub fn split_trailing_date(s: &str) -> Option<(String, String)> {
    // Every date tried ends where `s` ends.
    if !may_end_date(s) {
        return None;
    }
    tail_date(s).or_else(|| first_of_glued_pair(s))
}

/// [`split_trailing_date`] for a tail that is one date.
fn tail_date(s: &str) -> Option<(String, String)> {
    let words: Vec<(usize, &str)> = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
        .collect();
    // A date has a year (or is numeric): four digits at least; and it is at most eight
    // words long ("Wednesday, 10 May 2017, 10:32 GMT").
    if words.len() > 16 || s.bytes().filter(u8::is_ascii_digit).count() < 4 {
        return None;
    }
    for &(offset, _) in words.iter().skip(words.len().saturating_sub(8)) {
        if !may_open_date(&s[offset..]) {
            continue;
        }
        if let Some(date) = parse_date(&s[offset..]) {
            return Some((date_head(&s[..offset]), date));
        }
    }
    None
}

/// [`split_trailing_date`] for a tail of two dates glued together: the first.
fn first_of_glued_pair(s: &str) -> Option<(String, String)> {
    let words = s
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - s.as_ptr() as usize, w));
    // "Published on 19. Juni 201619. Juni 2016": a page's date of publication and of
    // its last change, glued together where a tag stripper dropped the markup between
    // them. The first is the one the line is about.
    let glued = words.rev().find_map(|(offset, word)| {
        let year = word.get(..4)?;
        let next = word[4..].chars().next()?;
        (year.bytes().all(|b| b.is_ascii_digit())
            && (year.starts_with("19") || year.starts_with("20"))
            && next.is_alphanumeric())
        .then_some(offset + 4)
    })?;
    parse_date(&s[glued..])?;
    tail_date(&s[..glued])
}

/// Words that lead from a name to its date ("Posted by Jane Doe on May 14, 2017").
const DATE_LEADS: &[&str] = &[
    "on", "at", "op", "em", "el", "il", "den", "vom", "du", "dnia",
];

/// What stands before a date, without the separators, the time of day and the word
/// that leads to the date between them.
fn date_head(head: &str) -> String {
    const SEPARATORS: [char; 9] = [',', '|', '-', '–', '—', '·', '•', '»', '›'];
    let trim = |s: &str| s.trim().trim_end_matches(SEPARATORS).trim_end().to_string();
    let mut head = trim(head);
    if let Some((before, last)) = head.rsplit_once(char::is_whitespace) {
        if DATE_LEADS.contains(&last) {
            head = trim(before);
        }
    }
    // Only a time with a number in it: a zone's name or "am" alone is a word of the
    // head ("Publiziert am").
    let (rest, timed) = strip_trailing_times(&head, &SEPARATORS);
    if timed {
        rest.to_string()
    } else {
        head
    }
}

/// `s` without the times of day and zones that end it, each with the `separators`
/// beside it, and whether one of them had a number in it ("12:45 GMT" has, "GMT"
/// alone has not).
fn strip_trailing_times<'a>(s: &'a str, separators: &[char]) -> (&'a str, bool) {
    let mut rest = s;
    let mut timed = false;
    let mut zoned = false;
    loop {
        let (before, last) = rest.rsplit_once(char::is_whitespace).unwrap_or(("", rest));
        let last = last.trim_end_matches(separators);
        // "12.04 BST": British papers set the minutes off with a full stop. Alone, such
        // a token is as likely a number or a version, so only a zone after it makes it
        // a time.
        let dotted = zoned && !timed && is_dotted_clock(last);
        if last.is_empty() || !(dotted || is_time_token(last)) {
            break;
        }
        let numbered = last.bytes().any(|b| b.is_ascii_digit());
        zoned |= !numbered;
        timed |= numbered;
        rest = before.trim_end().trim_end_matches(separators).trim_end();
    }
    (rest, timed)
}

/// "12.04", "9.30": an hour and its minutes with a full stop between.
fn is_dotted_clock(t: &str) -> bool {
    let Some((hour, minutes)) = t.split_once('.') else {
        return false;
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    (1..=2).contains(&hour.len())
        && minutes.len() == 2
        && digits(hour)
        && digits(minutes)
        && hour.parse::<u32>().is_ok_and(|h| h <= 23)
        && minutes.parse::<u32>().is_ok_and(|m| m <= 59)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_time_with_a_full_stop_counts_before_its_zone() {
        assert_eq!(
            parse_date("Tue 17 Sep 2024 12.04 BST").as_deref(),
            Some("2024-09-17")
        );
        assert_eq!(
            before_trailing_time("Updated 9.30 GMT"),
            Some(("Updated", false))
        );
        // Without a zone after it, such a number may be anything.
        assert_eq!(before_trailing_time("Ubuntu 12.04"), None);
        assert_eq!(parse_date("Tue 17 Sep 2024 12.04"), None);
        assert_eq!(before_trailing_time("Ubuntu 12.60 GMT"), None);
    }

    #[test]
    fn dutch_and_scandinavian_dates() {
        assert_eq!(
            parse_date("12 mei 2024, 09:15").as_deref(),
            Some("2024-05-12")
        );
        assert_eq!(
            parse_date("zaterdag 4 mei 2024").as_deref(),
            Some("2024-05-04")
        );
        assert_eq!(parse_date("14 augusti 2023").as_deref(), Some("2023-08-14"));
        assert_eq!(
            parse_date("lørdag 3. marts 2022").as_deref(),
            Some("2022-03-03")
        );
        assert_eq!(
            parse_date("1 maart 2021 om 10:30").as_deref(),
            Some("2021-03-01")
        );
        // The words stay words outside a date.
        assert_eq!(parse_date("Mei en juni"), None);
    }

    #[test]
    fn day_numbers_take_ordinal_endings() {
        assert_eq!(parse_date("March 3rd, 2019").as_deref(), Some("2019-03-03"));
        assert_eq!(parse_date("1st June 2020").as_deref(), Some("2020-06-01"));
        assert_eq!(parse_date("22nd May 2018").as_deref(), Some("2018-05-22"));
        assert_eq!(parse_date("May 4th, 2018").as_deref(), Some("2018-05-04"));
        assert_eq!(number("11th."), Some(11));
        assert_eq!(number("2017,"), Some(2017));
        // An ending alone, or on letters, is no number.
        assert_eq!(number("th"), None);
        assert_eq!(number("north"), None);
        assert_eq!(number("12345"), None);
    }

    proptest::proptest! {
        /// Skipping the positions whose first token cannot open a date changes nothing:
        /// the result is the longest date-only suffix, as parsing at every position finds.
        #[test]
        fn trailing_dates_are_found_as_parsing_every_position_finds(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "Global", "Research", "by", "Anna", "May", "mayo", "de", "14,", "14", "2017",
                "2017-05-11", "|", "·", "Wednesday,", "mittwoch", "10:32", "GMT", "at", "-",
                "the", "of", "11th", "Dec.", "14.05.2017", "said", "г.", ",May",
            ]), 0..12)
        ) {
            let s = words.join(" ");
            let every_position = s
                .split_whitespace()
                .map(|w| w.as_ptr() as usize - s.as_ptr() as usize)
                .collect::<Vec<_>>();
            let skip = every_position.len().saturating_sub(8);
            let digits = s.bytes().filter(u8::is_ascii_digit).count();
            let expected = (every_position.len() <= 16 && digits >= 4)
                .then(|| {
                    every_position.iter().skip(skip).find_map(|&offset| {
                        parse_date(&s[offset..]).map(|date| (date_head(&s[..offset]), date))
                    })
                })
                .flatten();
            proptest::prop_assert_eq!(tail_date(&s), expected);
        }
    }

    #[test]
    fn cjk_formats() {
        for (text, date) in [
            ("2024年3月12日", "2024-03-12"),
            ("2024年3月12日 8時15分", "2024-03-12"),
            ("2024年3月12日(火) 08:15", "2024-03-12"),
            ("2024년 3월 12일", "2024-03-12"),
            ("2024.03.12", "2024-03-12"),
            ("2024.03.12.", "2024-03-12"),
        ] {
            assert_eq!(parse_date(text).as_deref(), Some(date), "{text}");
        }
        for text in [
            "2024年3月",
            "2024年13月1日",
            "3月12日",
            "2024年3月12日に発表",
            "2023.10.2",
        ] {
            assert_eq!(parse_date(text), None, "{text}");
        }
    }

    #[test]
    fn formats() {
        assert_eq!(parse_date("May 14, 2017").as_deref(), Some("2017-05-14"));
        assert_eq!(parse_date("11 May 2017").as_deref(), Some("2017-05-11"));
        assert_eq!(parse_date("2017-05-11").as_deref(), Some("2017-05-11"));
        assert_eq!(
            parse_date("2021-04-29 17:13:04.031886+02:00").as_deref(),
            Some("2021-04-29")
        );
        assert_eq!(
            parse_date("2017-05-11T10:00:00Z").as_deref(),
            Some("2017-05-11")
        );
        assert_eq!(parse_date("14.05.2017").as_deref(), Some("2017-05-14"));
        assert_eq!(
            parse_date("Wednesday, May 10, 2017 10:32 GMT").as_deref(),
            Some("2017-05-10")
        );
        assert_eq!(parse_date("14. Mai 2017").as_deref(), Some("2017-05-14"));
        assert_eq!(
            parse_date("14 de mayo de 2017").as_deref(),
            Some("2017-05-14")
        );
        assert_eq!(parse_date("14 мая 2017 г.").as_deref(), Some("2017-05-14"));
        // A time after the date, led to by a word in the date's language.
        for s in [
            "May 14, 2017 at 10:32",
            "14. Mai 2017 um 14:32 Uhr",
            "14 mai 2017 à 14h32",
            "14 de mayo de 2017 a las 10:32",
        ] {
            assert_eq!(parse_date(s).as_deref(), Some("2017-05-14"), "{s}");
        }
        // Such a word without a time is no part of a date.
        assert_eq!(parse_date("May 14, 2017 at"), None);
        // Day and month with slashes, in the one order the numbers allow.
        assert_eq!(
            parse_date("25/03/2024 10:45 h").as_deref(),
            Some("2024-03-25")
        );
        assert_eq!(parse_date("03/25/2024").as_deref(), Some("2024-03-25"));
        assert_eq!(parse_date("12-03-2024"), None);
        assert_eq!(parse_date("31/02/2024"), None);
    }

    #[test]
    fn reads_what_stands_before_a_time() {
        assert_eq!(
            before_trailing_time(" mis à jour à 12h30"),
            Some(("mis à jour", true))
        );
        assert_eq!(
            before_trailing_time("updated 10:45 GMT"),
            Some(("updated", false))
        );
        assert_eq!(before_trailing_time("updated GMT"), None);
        assert_eq!(before_trailing_time("in the afternoon"), None);
    }

    #[test]
    fn knows_every_month_name_in_any_case() {
        for &(name, n) in MONTHS {
            assert_eq!(month_number(name), Some(n), "{name}");
            assert_eq!(month_number(&name.to_uppercase()), Some(n), "{name}");
            assert_eq!(month_number(&format!("{name}.")), Some(n), "{name}");
        }
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("ПАЗДЗЕРНІКА"), None);
        assert_eq!(month_number("Mayday"), None);
        assert_eq!(month_number(&"january".repeat(9)), None);
        assert_eq!(month_number(""), None);
    }

    #[test]
    fn rejects_non_dates() {
        assert_eq!(parse_date("May the force be with you"), None);
        assert_eq!(parse_date("February 30, 2017"), None);
        assert_eq!(parse_date("On May 8 they met"), None);
        assert_eq!(parse_date("35 diplomats 2016"), None);
    }

    #[test]
    fn trailing_date() {
        assert_eq!(split_trailing_date("The talks went on for hours"), None);
        for (line, head, date) in [
            (
                "Global Research, May 14, 2017",
                "Global Research",
                "2017-05-14",
            ),
            // A time of day before the date is part of it.
            (
                "Updated: 12:45 PM EST, Mon March 4, 2024",
                "Updated:",
                "2024-03-04",
            ),
            ("Reuters 17:13, 14.05.2017", "Reuters", "2017-05-14"),
            ("12:45 PM | May 14, 2017", "", "2017-05-14"),
            // The word that leads to the date, and a chevron before it, are neither.
            (
                "Posted by Jane Doe on May 14, 2017",
                "Posted by Jane Doe",
                "2017-05-14",
            ),
            (
                "Posted by Jane Doe » Mon Mar 04, 2024 10:32 am",
                "Posted by Jane Doe",
                "2024-03-04",
            ),
            // A zone's name or "am" without a time is no time of day: here "am" is
            // German and goes with the date.
            (
                "Publiziert am 12. März 2024 um 14:32 Uhr",
                "Publiziert",
                "2024-03-12",
            ),
            // "hs", as Argentina writes the hours.
            (
                "Actualizado el 12 de marzo de 2024 - 09:30 hs",
                "Actualizado",
                "2024-03-12",
            ),
            // Published and updated, glued where the markup between them went.
            (
                "Published on 19. Juni 201619. Juni 2016",
                "Published",
                "2016-06-19",
            ),
            (
                "Posted on June 19, 2016June 20, 2016",
                "Posted",
                "2016-06-19",
            ),
        ] {
            assert_eq!(
                split_trailing_date(line),
                Some((head.to_string(), date.to_string())),
                "{line}"
            );
        }
    }
}
