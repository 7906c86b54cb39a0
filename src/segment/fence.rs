//! Fenced code blocks: the one way plain text marks a run of lines whose layout is
//! its meaning. Markdown-ish input opens one with a line of three or more backticks
//! or tildes and closes it with a line of at least as many of the same; the text
//! segmenter keeps such a block whole, and the HTML segmenter writes the code of a
//! `<pre>` element between fences, so that the output reads the same way when it is
//! cleaned again.

/// The fence a line opens: its character and length. At most three spaces may come
/// before it; a backtick fence's info string (`rust`, `console`) may hold no backtick.
pub fn opening(line: &str) -> Option<(u8, usize)> {
    let indent = line.len() - line.trim_start_matches(' ').len();
    if indent > 3 {
        return None;
    }
    let rest = &line[indent..];
    let mark = *rest.as_bytes().first()?;
    if mark != b'`' && mark != b'~' {
        return None;
    }
    let len = rest.bytes().take_while(|&b| b == mark).count();
    if len < 3 || (mark == b'`' && rest[len..].contains('`')) {
        return None;
    }
    Some((mark, len))
}

/// Whether `line` closes a fence opened with `len` times `mark`: at least as many of
/// the same character, at most three spaces before them, nothing but spaces after.
pub fn closes(line: &str, (mark, len): (u8, usize)) -> bool {
    let indent = line.len() - line.trim_start_matches(' ').len();
    let rest = line[indent..].trim_end();
    indent <= 3 && rest.len() >= len && rest.bytes().all(|b| b == mark)
}

/// `code` between backtick fences, each longer than any run of backticks that opens a
/// line of the code, so that no line of it can close the block early.
pub fn wrap(code: &str) -> String {
    let longest = code
        .lines()
        .map(|l| {
            l.trim_start_matches(' ')
                .bytes()
                .take_while(|&b| b == b'`')
                .count()
        })
        .max()
        .unwrap_or(0);
    let fence = "`".repeat(longest.max(2) + 1);
    let mut out = String::with_capacity(code.len() + 2 * fence.len() + 2);
    out.push_str(&fence);
    out.push('\n');
    out.push_str(code);
    out.push('\n');
    out.push_str(&fence);
    out
}

/// Preformatted text as a code block keeps it: line ends made `\n`, spaces and tabs
/// at line ends dropped, blank lines at either end dropped. Indentation stays.
pub fn tidy(raw: &str) -> String {
    let mut lines: Vec<&str> = raw
        .split('\n')
        .map(|l| l.trim_end_matches([' ', '\t', '\r']))
        .collect();
    while lines.last().is_some_and(|l| l.trim().is_empty()) {
        lines.pop();
    }
    let start = lines
        .iter()
        .position(|l| !l.trim().is_empty())
        .unwrap_or(lines.len());
    lines[start..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn opening_fences() {
        assert_eq!(opening("```"), Some((b'`', 3)));
        assert_eq!(opening("  ````rust"), Some((b'`', 4)));
        assert_eq!(opening("~~~ python"), Some((b'~', 3)));
        // Too short, too far in, or inline code.
        assert_eq!(opening("``"), None);
        assert_eq!(opening("    ```"), None);
        assert_eq!(opening("```a` b```"), None);
        assert_eq!(opening("Some ``` text"), None);
    }

    #[test]
    fn closing_fences() {
        assert!(closes("```", (b'`', 3)));
        assert!(closes(" ````  ", (b'`', 3)));
        assert!(!closes("``", (b'`', 3)));
        assert!(!closes("~~~", (b'`', 3)));
        assert!(!closes("```rust", (b'`', 3)));
    }

    #[test]
    fn wrap_outgrows_backticks_in_the_code() {
        assert_eq!(wrap("let x = 1;"), "```\nlet x = 1;\n```");
        let wrapped = wrap("```\ninner\n```");
        assert!(wrapped.starts_with("````\n") && wrapped.ends_with("\n````"));
    }

    #[test]
    fn tidy_keeps_indentation() {
        assert_eq!(
            tidy("\r\n\nfn main() {  \r\n    go();\t\n}\n\n"),
            "fn main() {\n    go();\n}"
        );
        assert_eq!(tidy(" \n\t\n"), "");
    }
}
