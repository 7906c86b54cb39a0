//! Measures the mojibake repair rules (EN001, EN002) on damage made from real text.
//!
//! Clean samples are paragraphs with non-ASCII characters from the seed documents in
//! `raw/`, from saved web pages (a folder of `.html` files, read at run time and never
//! stored), and from a few Cyrillic paragraphs and correct look-alikes of damage below. Each sample is damaged the ways
//! scrapers damage text: UTF-8 read as windows-1252, as ISO-8859-1, as windows-1252
//! twice, and (Cyrillic samples) as windows-1251 and KOI8-R. The report gives, per kind
//! of damage, the share of damaged samples repaired exactly, and the share of clean
//! samples the rules changed (the target is zero).
//!
//! ```text
//! cargo run --release --example repair_eval -- [--pages DIR] [--export FILE.jsonl] [--show-misses N]
//! ```
//!
//! `--export` writes the samples as JSONL (`id`, `damage`, `text`, `clean`) so other
//! tools can be scored on the same set (`scripts/score_ftfy.py`).

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};
use docclean::normalize::{mojibake_cyrillic, mojibake_latin};
use encoding_rs::{Encoding, KOI8_R, WINDOWS_1251, WINDOWS_1252};

const DEFAULT_PAGES: &str = "../shared/devdata/html";
/// Paragraphs per page, so a few long pages do not dominate the set.
const PER_PAGE: usize = 25;

/// Cyrillic prose written for this evaluation: the web pages at hand are mostly German,
/// English, Polish, French and Spanish.
const CYRILLIC: &[&str] = &[
    "Министр иностранных дел России заявил, что переговоры прошли «конструктивно».",
    "В Москве сегодня облачно, к вечеру ожидается дождь; температура — около +12°C.",
    "Ёжик в тумане — мультфильм Юрия Норштейна, снятый в 1975 году.",
    "Объём продаж вырос на 15%, сообщила компания в четверг.",
    "«Мы не ожидали такого результата», — сказал председатель совета директоров.",
    "Київ, Львів і Рівне: п’ять міст, які варто відвідати навесні.",
    "Україна отримала перший транш допомоги від Європейського союзу.",
    "Цены на жильё в Санкт-Петербурге снизились впервые за два года.",
    "Беларуская мова мае свае асаблівасці: ў, і, дзе, дж.",
    "Щука, съешь ещё этих мягких французских булок да выпей же чаю.",
    "Статья 5, пункт 3: «Права и обязанности сторон» — см. приложение № 2.",
    "Я\u{a0}думаю, что это\u{a0}— правильное решение.",
];

/// Correct text that looks like damage: real `Ã`, `â`, `Рі`, `Р»`, closing quotes after
/// accented capitals. Written for this evaluation; every one must come out unchanged.
const LOOK_ALIKES: &[&str] = &[
    "SÃO PAULO — A IRMÃ” disse que NÃO; a AÇÃO… começa amanhã.",
    "The letter Ã is used in Portuguese; â in French: âme, château, pâte.",
    "ÂGE D’OR — CAFÉ… PERCHÉ” COSÌ” ÅR» „GRÜẞE“ MÄDCHEN",
    "Où est la pâte à crêpes ? « déjà vu » voilà\u{a0}!",
    "Rivne in Ukrainian is Рівне; РІК means year; МАТІР’Ю; Р’ЯЗАНЬ.",
    "«ЦЕНТР» и «РЖД» сообщили; СЁМГА, Сёмга, Рёбра, Сјеница.",
    "В\u{a0}Москве, я\u{a0}думаю, и т.\u{a0}д.",
    "Kyllä… ”Hyvä”, sanoi hän. Åsa och Örjan på Ön.",
    "€100, £5, ©2024, ½ cup, 25°C, x² + y³, N° 5, 1ª edición.",
    "Łódź, Gdańsk, Kraków: zażółć gęślą jaźń; Ďábel, Šťastný, Žižkov.",
    "Ελληνικά: Καλημέρα κόσμε. Tiếng Việt: Xin chào thế giới.",
    "Română: Științe, țară, Bârlad, ÎNVĂȚĂMÂNT.",
];

struct Sample {
    id: String,
    damage: &'static str,
    text: String,
    clean: String,
}

fn main() -> Result<()> {
    let mut pages = PathBuf::from(DEFAULT_PAGES);
    let mut export: Option<PathBuf> = None;
    let mut show_misses = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--pages" => pages = args.next().context("--pages needs a folder")?.into(),
            "--export" => export = Some(args.next().context("--export needs a file")?.into()),
            "--show-misses" => {
                show_misses = args
                    .next()
                    .context("--show-misses needs a count")?
                    .parse()?
            }
            other => anyhow::bail!("unknown argument `{other}`"),
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts: Vec<(String, String)> = Vec::new();
    texts.extend(seed_paragraphs(&root.join("raw"))?);
    let page_count = match page_paragraphs(&pages) {
        Ok((found, n)) => {
            texts.extend(found);
            n
        }
        Err(e) => {
            eprintln!("repair-eval: skipping web pages: {e:#}");
            0
        }
    };
    texts.extend(
        CYRILLIC
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("cyrillic#{i}"), t.to_string())),
    );
    texts.extend(
        LOOK_ALIKES
            .iter()
            .enumerate()
            .map(|(i, t)| (format!("look-alike#{i}"), t.to_string())),
    );
    let samples = build_samples(&texts);
    if let Some(path) = &export {
        write_jsonl(path, &samples)?;
    }
    report(&samples, texts.len(), page_count, show_misses);
    Ok(())
}

/// Non-empty lines with non-ASCII characters from the seed documents (not the variant
/// fixtures, which are copies).
fn seed_paragraphs(raw: &Path) -> Result<Vec<(String, String)>> {
    let mut names: Vec<String> = std::fs::read_dir(raw)
        .with_context(|| format!("{}: cannot list", raw.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".txt") && n.matches('.').count() == 1)
        .collect();
    names.sort();
    let mut out = Vec::new();
    for name in names {
        let text =
            std::fs::read_to_string(raw.join(&name)).with_context(|| format!("raw/{name}"))?;
        for (i, line) in text.lines().map(str::trim).enumerate() {
            if is_sample(line) {
                out.push((format!("{name}#{i}"), line.to_string()));
            }
        }
    }
    Ok(out)
}

/// Paragraph texts with non-ASCII characters from saved pages, decoded as docclean
/// decodes them.
fn page_paragraphs(dir: &Path) -> Result<(Vec<(String, String)>, usize)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| format!("{}: cannot list", dir.display()))?
        .filter_map(|e| e.ok())
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "html" || e == "htm"))
        .collect();
    files.sort();
    let selector = scraper::Selector::parse("p, h1, h2, h3, li, blockquote, td")
        .map_err(|e| anyhow::anyhow!("selector: {e:?}"))?;
    let mut out = Vec::new();
    for file in &files {
        let bytes = std::fs::read(file).with_context(|| format!("{}", file.display()))?;
        let decoded = docclean::decode::decode(&bytes, None, None);
        let page = scraper::Html::parse_document(&decoded.text);
        let name = file
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut seen = std::collections::HashSet::new();
        for (i, el) in page.select(&selector).enumerate() {
            let text = el
                .text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            if is_sample(&text) && seen.insert(text.clone()) {
                out.push((format!("{name}#{i}"), text));
                if seen.len() >= PER_PAGE {
                    break;
                }
            }
        }
    }
    Ok((out, files.len()))
}

/// Long enough to be prose, short enough to be one paragraph, with something to damage.
/// Text that already carries U+FFFD or C1 controls is itself damaged and left out.
fn is_sample(text: &str) -> bool {
    let chars = text.chars().count();
    (20..=1500).contains(&chars)
        && !text.is_ascii()
        && !text
            .chars()
            .any(|c| c == '\u{fffd}' || ('\u{80}'..='\u{9f}').contains(&c))
}

fn decode_as(text: &str, encoding: &'static Encoding) -> String {
    encoding
        .decode_without_bom_handling(text.as_bytes())
        .0
        .into_owned()
}

/// ISO-8859-1 proper: every byte is the code point of the same number.
fn decode_latin1(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

fn build_samples(texts: &[(String, String)]) -> Vec<Sample> {
    let mut samples = Vec::new();
    for (id, clean) in texts {
        let cyrillic = clean.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c));
        let mut damaged: Vec<(&'static str, String)> = vec![
            ("windows-1252", decode_as(clean, WINDOWS_1252)),
            ("iso-8859-1", decode_latin1(clean)),
            (
                "windows-1252 twice",
                decode_as(&decode_as(clean, WINDOWS_1252), WINDOWS_1252),
            ),
        ];
        if cyrillic {
            damaged.push(("windows-1251", decode_as(clean, WINDOWS_1251)));
            damaged.push(("koi8-r", decode_as(clean, KOI8_R)));
        }
        samples.push(Sample {
            id: id.clone(),
            damage: "none",
            text: clean.clone(),
            clean: clean.clone(),
        });
        for (damage, text) in damaged {
            if text != *clean {
                samples.push(Sample {
                    id: id.clone(),
                    damage,
                    text,
                    clean: clean.clone(),
                });
            }
        }
    }
    samples
}

/// What docclean does to a plain-text document's mojibake (EN001, then EN002).
fn repair(text: &str) -> String {
    let latin = mojibake_latin::apply(text).map_or_else(|| text.to_string(), |r| r.0);
    mojibake_cyrillic::apply(&latin).map_or(latin, |r| r.0)
}

fn write_jsonl(path: &Path, samples: &[Sample]) -> Result<()> {
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(path)
            .with_context(|| format!("{}: cannot create", path.display()))?,
    );
    for s in samples {
        let line =
            serde_json::json!({"id": s.id, "damage": s.damage, "text": s.text, "clean": s.clean});
        writeln!(out, "{line}")?;
    }
    out.flush()?;
    eprintln!(
        "repair-eval: wrote {} samples to {}",
        samples.len(),
        path.display()
    );
    Ok(())
}

fn report(samples: &[Sample], texts: usize, pages: usize, show_misses: usize) {
    let mut by_damage: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut changed_clean = Vec::new();
    let mut misses = Vec::new();
    for s in samples {
        let ok = repair(&s.text) == s.clean;
        let entry = by_damage.entry(s.damage).or_default();
        entry.0 += 1;
        entry.1 += usize::from(ok);
        if s.damage == "none" && !ok {
            changed_clean.push(s);
        } else if !ok {
            misses.push(s);
        }
    }
    println!(
        "repair-eval: {texts} clean texts ({pages} web pages read), {} samples",
        samples.len()
    );
    println!();
    println!("| damage | samples | repaired exactly |");
    println!("|---|---:|---:|");
    let (mut damaged, mut repaired) = (0, 0);
    for (damage, (n, ok)) in &by_damage {
        if *damage != "none" {
            damaged += n;
            repaired += ok;
            println!("| {damage} | {n} | {} |", percent(*ok, *n));
        }
    }
    let (clean, unchanged) = by_damage.get("none").copied().unwrap_or_default();
    println!(
        "| **all damaged** | {damaged} | {} |",
        percent(repaired, damaged)
    );
    println!();
    println!(
        "clean texts wrongly changed: {} of {clean} ({})",
        clean - unchanged,
        percent(clean - unchanged, clean)
    );
    for s in changed_clean.iter().take(10) {
        println!("  {}: {:?} -> {:?}", s.id, s.text, repair(&s.text));
    }
    for s in misses.iter().take(show_misses) {
        println!(
            "  missed {} ({}): {:?} -> {:?}",
            s.id,
            s.damage,
            s.text,
            repair(&s.text)
        );
    }
}

fn percent(part: usize, whole: usize) -> String {
    if whole == 0 {
        return "-".into();
    }
    format!("{:.1}%", 100.0 * part as f64 / whole as f64)
}
