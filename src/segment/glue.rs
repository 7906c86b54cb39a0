//! Lines a tag stripper glued together: a minified page (no line breaks between its
//! elements) stripped of its tags with nothing in their place is one long line in
//! which menu entries, teasers and the article's paragraphs run into each other
//! ("…Local NewsSan FranciscoEast BayNapa Co. enters…"). Such a line is cut where one
//! element's text runs into the next, so that the rules judge the pieces one by one;
//! kept pieces that stood side by side join again with nothing between.

/// Fewest letters and digits a line must have to be looked at. A page written without
/// line breaks makes lines of thousands; a paragraph, or a menu of a few entries
/// glued into a short line (for `BP011`), is judged whole. Lengths here are counted
/// in letters and digits, which normalization leaves as they are where it changes
/// other characters' number ("…" for "...", one space for two), so that the output,
/// cleaned again, is cut where the source was. The bound also keeps the cost down:
/// most lines are shorter and never scanned.
const MIN_LETTERS: usize = 800;

/// A line is cut when it holds at least this many glue points…
const MIN_POINTS: usize = 4;

/// …and at least one for every this many letters and digits. A long paragraph of
/// prose that names "YouTube", "TikTok" and "WordPress" has three points; a glued
/// page has one every few words.
const LETTERS_PER_POINT: usize = 150;

/// Most words of a line of glued menu entries that is left whole: `BP011` removes such
/// a line of up to sixty words.
const MENU_WORDS: usize = 60;

/// Whether `line` has bytes enough to be cut: `cuts` refuses a shorter one at once.
pub fn long_enough(line: &str) -> bool {
    line.len() >= MIN_LETTERS
}

/// Where `line` is to be cut, as byte offsets of the pieces' starts after the first,
/// or `None` when it is not a glued line.
pub fn cuts(line: &str) -> Option<Vec<usize>> {
    if !long_enough(line) || candidates(line.as_bytes()) < MIN_POINTS {
        return None;
    }
    // A glued menu of no sentence is judged whole by `BP011` up to its length.
    if line.split_whitespace().nth(MENU_WORDS).is_none() && !ends_a_sentence(line) {
        return None;
    }
    let (points, letters) = glue_points(line);
    (letters >= MIN_LETTERS && points.len() >= MIN_POINTS.max(letters / LETTERS_PER_POINT))
        .then_some(points)
}

/// A byte count no smaller than the number of glue points, to refuse most lines
/// (prose, where a capital follows a space) without decoding them: a byte that may
/// start a capital (an ASCII one, a Latin-1 or Cyrillic capital's lead byte with the
/// byte after it, any other lead byte from Latin Extended to Armenian but Cyrillic
/// lowercase's) right after a byte that is no space or control character. One pass
/// of plain comparisons, which the compiler turns into vector instructions: most
/// lines of most documents are measured here and nowhere else.
fn candidates(bytes: &[u8]) -> usize {
    fn before(a: u8) -> bool {
        a > b' '
    }
    fn capital(b: u8, next: u8) -> bool {
        (b.wrapping_sub(b'A') < 26)
            | ((b == 0xC3) & (next <= 0x9E))
            | ((b == 0xD0) & (next <= 0xAF))
            | (b.wrapping_sub(0xC4) < 0x0C)
            | (b.wrapping_sub(0xD2) < 0x04)
    }
    let n = bytes.len();
    if n < 2 {
        return 0;
    }
    // Three views of one length, so that the loop has no bounds to check.
    let (prev, at, next) = (&bytes[..n - 2], &bytes[1..n - 1], &bytes[2..]);
    let (at, next) = (&at[..prev.len()], &next[..prev.len()]);
    // Counted in sixteen byte-wide lanes, emptied before they can overflow: one
    // vector step per sixteen positions.
    let mut count = usize::from(before(bytes[n - 2]) & capital(bytes[n - 1], 0));
    let mut lanes = [0u8; 16];
    let mut steps = 0;
    let chunks = prev
        .chunks_exact(16)
        .zip(at.chunks_exact(16))
        .zip(next.chunks_exact(16));
    for ((p, a), x) in chunks {
        for l in 0..16 {
            lanes[l] += u8::from(before(p[l]) & capital(a[l], x[l]));
        }
        steps += 1;
        if steps == 255 {
            count += lanes.iter().map(|&c| usize::from(c)).sum::<usize>();
            lanes = [0; 16];
            steps = 0;
        }
    }
    count += lanes.iter().map(|&c| usize::from(c)).sum::<usize>();
    let tail = prev.len() / 16 * 16;
    for k in tail..prev.len() {
        count += usize::from(before(prev[k]) & capital(at[k], next[k]));
    }
    count
}

/// Whether a full stop, question or exclamation mark ends a word somewhere in `line`,
/// before a space, a capital or the line's end.
fn ends_a_sentence(line: &str) -> bool {
    let bytes = line.as_bytes();
    bytes.iter().enumerate().skip(1).any(|(i, &b)| {
        matches!(b, b'.' | b'!' | b'?')
            && (bytes[i - 1].is_ascii_alphabetic() || bytes[i - 1] >= 0x80)
            && bytes
                .get(i + 1)
                .is_none_or(|&n| n.is_ascii_whitespace() || n.is_ascii_uppercase() || n >= 0x80)
    })
}

/// Byte offsets where one element's text runs into the next with nothing between,
/// and the line's number of letters and digits. A point is a capital after two
/// lowercase letters, with a lowercase letter after it ("NewsSan", "BayPeninsula");
/// a capital after the full stop, question or exclamation mark that ends a word or a
/// number ("today!Full", "Berryessa.NAPA"); or a capitalized word after a number, a
/// euro sign or a closing bracket ("27.01.2022Mineralöl", "84,99 €Apple"). "iPhone",
/// "McDonald", "ASP.NET" and "U.S.Army" have none, and neither has a word with a
/// quotation mark or a character of an address or of code in it ("%3Csvg%20viewBox",
/// "mailto:a@b.de?subject=Anmerkung", "[Home](/)News", "getElementById()",
/// `"paywallComments":"Sie`): cut there, a link's markup or a script's data would
/// fall apart, and normalization changes quotation marks.
fn glue_points(line: &str) -> (Vec<usize>, usize) {
    let mut points = Vec::new();
    let mut visible = 0;
    // Points of the word being read, and whether it has an address's character.
    let mut pending = Vec::new();
    let mut code = false;
    let mut chars = line.char_indices().peekable();
    let (mut before2, mut before1) = (' ', ' ');
    while let Some((at, c)) = chars.next() {
        if c.is_whitespace() {
            if !code {
                points.append(&mut pending);
            }
            pending.clear();
            code = false;
        } else {
            visible += usize::from(c.is_alphanumeric());
            if is_code_char(c) {
                code = true;
            } else if c.is_uppercase() && !code {
                let lower_next = chars.peek().is_some_and(|&(_, n)| n.is_lowercase());
                let glued = (lower_next && before2.is_lowercase() && before1.is_lowercase())
                    || (matches!(before1, '.' | '!' | '?')
                        && (before2.is_lowercase() || before2.is_ascii_digit()))
                    || (lower_next && (before1.is_ascii_digit() || matches!(before1, '€' | ')')));
                if glued {
                    pending.push(at);
                }
            }
        }
        before2 = before1;
        before1 = c;
    }
    if !code {
        points.append(&mut pending);
    }
    (points, visible)
}

/// A character of an address, of code or of quoted data.
fn is_code_char(c: char) -> bool {
    matches!(
        c,
        '/' | '\\'
            | '='
            | '_'
            | '@'
            | '%'
            | '<'
            | '>'
            | '{'
            | '}'
            | '['
            | ']'
            | '('
            | '#'
            | '"'
            | '\''
            | '‘'
            | '’'
            | '“'
            | '”'
            | '„'
            | '«'
            | '»'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(line: &str) -> Vec<&str> {
        let Some(cuts) = cuts(line) else {
            return vec![line];
        };
        let mut starts = vec![0];
        starts.extend(cuts);
        starts.push(line.len());
        starts.windows(2).map(|w| &line[w[0]..w[1]]).collect()
    }

    /// A paragraph of about 400 characters without a glue point, to make a line long.
    const PROSE: &str = "A plan to bring a resort to the lake is one step closer, officials \
                         said on Tuesday, after the board of supervisors agreed to enter \
                         into exclusive negotiations with a local developer who has built \
                         two hotels in the county. Residents who spoke at the meeting were \
                         worried about traffic on the only road to the shore, and about \
                         the water, which supplies three towns downstream.";

    #[test]
    fn cuts_a_glued_page_where_elements_meet() {
        let line = format!(
            "Local NewsSan FranciscoEast BaySouth BayPeninsulaWeatherSports \
             & MoreLog Out BUSINESSNapa Co. enters an agreement.NAPA COUNTY -- {PROSE} {PROSE} \
             {PROSE}Related StoriesMore Videos27.01.2022Mineralöl report84,99 €Apple"
        );
        let got = pieces(&line);
        assert_eq!(
            got[..8],
            [
                "Local News",
                "San Francisco",
                "East Bay",
                "South Bay",
                "Peninsula",
                "Weather",
                "Sports & More",
                "Log Out BUSINESSNapa Co. enters an agreement.",
            ]
        );
        assert_eq!(got[8], format!("NAPA COUNTY -- {PROSE} {PROSE} {PROSE}"));
        assert_eq!(
            got[9..],
            [
                "Related Stories",
                "More Videos27.01.2022",
                "Mineralöl report84,99 €",
                "Apple"
            ]
        );
    }

    #[test]
    fn cuts_in_other_scripts() {
        let line = "НовостиПолитикаЭкономикаСпортКультура ".repeat(30)
            + "Москва.Правительство объявило о новых мерах.";
        let got = pieces(&line);
        assert!(got.contains(&"Политика"));
        assert_eq!(got.last(), Some(&"Правительство объявило о новых мерах."));
    }

    #[test]
    fn leaves_addresses_and_code_whole() {
        let line = "![](data:image/svg+xml,%3Csvg%20xmlns='http://www.w3.org/2000/svg'%20\
                    viewBox='0%200%201%201'%3E%3C/svg%3E) "
            .repeat(12)
            + "[per E-Mail](mailto:redaktion@example.de?subject=AnmerkungZumArtikel) \
               document.getElementById('MainMenu').addEventListener(onClickHandler)";
        assert!(line.len() > MIN_LETTERS);
        assert_eq!(pieces(&line), [line.as_str()]);
    }

    #[test]
    fn leaves_prose_and_short_lines_alone() {
        // Names glue now and then in a long paragraph: not often enough to cut it.
        let prose = format!(
            "{PROSE} The clip went viral on YouTube and TikTok within hours, and by the \
             evening the iPhone maker's shares had fallen. {PROSE} McDonald's said the \
             campaign, built on WordPress and shown at U.S.Army bases, would go on as \
             planned.Its spokesman said so. {PROSE}"
        );
        assert_eq!(pieces(&prose), [prose.as_str()]);
        // A short glued line is judged whole, and so is a glued menu of no sentence.
        let short = "Local NewsSan FranciscoEast BaySouth Bay. More news.";
        assert_eq!(pieces(short), [short]);
        let menu = "HomeWeatherTrafficWatchPhotosAppsSportsNewsWorld".repeat(30);
        assert_eq!(pieces(&menu), [menu.as_str()]);
    }
}
