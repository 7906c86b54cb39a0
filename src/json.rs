//! JSON read and written by hand where serde_json's value tree would cost a stream its
//! time or its fidelity. The string escaper, and the provenance record (the `docclean`
//! field of every streamed record): serde_json escapes a string byte by byte, and the
//! clean text and removed blocks' texts are most of an output line; what is written
//! from values here is byte for byte what serde_json's compact writer writes, which
//! the tests below hold it to. And [`RawObject`], which reads a record with its fields
//! kept as the text they came as, so that those a record passes through (a streamed
//! `html` field among them) are copied out, not parsed and written again.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use indexmap::IndexMap;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, Visitor};
use serde_json::value::RawValue;
use serde_json::Value;

use crate::provenance::{OutputInfo, PipelineInfo, Record, Removed, SourceInfo, Syndication};

/// Appends `s` as a JSON string literal, escaped exactly as serde_json escapes it
/// (`\"`, `\\`, the short escapes `\n`, `\t`, `\r`, `\b`, `\f`, and `\u00XX` for other
/// control characters), sixteen bytes at a time where none needs escaping (see
/// [`crate::bytescan`]). The clean text is most of an output line, and serde_json
/// looks at it byte by byte.
pub fn write_str(out: &mut Vec<u8>, s: &str) {
    use crate::bytescan::{below, equal, Lanes};
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    let escaped = |x: Lanes| below(x, 0x20) | equal(x, b'"') | equal(x, b'\\');
    // Bytes before `start` are written.
    let mut start = 0;
    while let Some(at) = crate::bytescan::find(bytes, start, escaped, needs_escape) {
        out.extend_from_slice(&bytes[start..at]);
        push_escape(out, bytes[at]);
        start = at + 1;
    }
    out.extend_from_slice(&bytes[start..]);
    out.push(b'"');
}

fn needs_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

/// The escape serde_json writes for byte `b`, which [`needs_escape`].
fn push_escape(out: &mut Vec<u8>, b: u8) {
    let short: &[u8] = match b {
        b'"' => b"\\\"",
        b'\\' => b"\\\\",
        b'\n' => b"\\n",
        b'\r' => b"\\r",
        b'\t' => b"\\t",
        0x08 => b"\\b",
        0x0c => b"\\f",
        _ => {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"\\u00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xf)]);
            return;
        }
    };
    out.extend_from_slice(short);
}

/// A value that writes itself as compact JSON, as serde_json's `to_writer` writes its
/// `Serialize` form.
pub trait WriteJson {
    fn write_json(&self, out: &mut Vec<u8>);
}

/// Writes an object with `fields` in the order given (a derived `Serialize` writes a
/// struct's fields in declaration order).
fn object(out: &mut Vec<u8>, fields: &[(&str, &dyn WriteJson)]) {
    out.push(b'{');
    for (i, (key, value)) in fields.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        // Field names are plain identifiers: nothing to escape.
        debug_assert!(!key.bytes().any(needs_escape));
        out.push(b'"');
        out.extend_from_slice(key.as_bytes());
        out.extend_from_slice(b"\":");
        value.write_json(out);
    }
    out.push(b'}');
}

impl WriteJson for str {
    fn write_json(&self, out: &mut Vec<u8>) {
        write_str(out, self);
    }
}

impl WriteJson for String {
    fn write_json(&self, out: &mut Vec<u8>) {
        write_str(out, self);
    }
}

macro_rules! write_integer {
    ($($t:ty),*) => {$(
        impl WriteJson for $t {
            fn write_json(&self, out: &mut Vec<u8>) {
                out.extend_from_slice(itoa::Buffer::new().format(*self).as_bytes());
            }
        }
    )*};
}
write_integer!(u32, u64, usize);

impl<T: WriteJson> WriteJson for Option<T> {
    fn write_json(&self, out: &mut Vec<u8>) {
        match self {
            Some(value) => value.write_json(out),
            None => out.extend_from_slice(b"null"),
        }
    }
}

/// Writes `[v1,v2,...]`.
fn array<'a, T: WriteJson + 'a>(out: &mut Vec<u8>, values: impl Iterator<Item = &'a T>) {
    out.push(b'[');
    for (i, value) in values.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        value.write_json(out);
    }
    out.push(b']');
}

/// Writes `{"k1":v1,...}` for keys that may need escaping.
fn map<'a, V: WriteJson + 'a>(
    out: &mut Vec<u8>,
    entries: impl Iterator<Item = (&'a String, &'a V)>,
) {
    map_with(out, entries, |out, value| value.write_json(out));
}

/// [`map`], with each value written by `write_value`.
fn map_with<'a, V>(
    out: &mut Vec<u8>,
    entries: impl Iterator<Item = (&'a String, V)>,
    mut write_value: impl FnMut(&mut Vec<u8>, V),
) {
    out.push(b'{');
    for (i, (key, value)) in entries.enumerate() {
        if i > 0 {
            out.push(b',');
        }
        write_str(out, key);
        out.push(b':');
        write_value(out, value);
    }
    out.push(b'}');
}

impl<T: WriteJson> WriteJson for Vec<T> {
    fn write_json(&self, out: &mut Vec<u8>) {
        array(out, self.iter());
    }
}

impl<V: WriteJson> WriteJson for BTreeMap<String, V> {
    fn write_json(&self, out: &mut Vec<u8>) {
        map(out, self.iter());
    }
}

impl WriteJson for Value {
    fn write_json(&self, out: &mut Vec<u8>) {
        match self {
            Value::Null => out.extend_from_slice(b"null"),
            Value::Bool(true) => out.extend_from_slice(b"true"),
            Value::Bool(false) => out.extend_from_slice(b"false"),
            // A number's display form is its JSON form (itoa, or ryu for a finite float).
            Value::Number(n) => out.extend_from_slice(n.to_string().as_bytes()),
            Value::String(s) => write_str(out, s),
            Value::Array(values) => array(out, values.iter()),
            Value::Object(entries) => map(out, entries.iter()),
        }
    }
}

/// Implements [`WriteJson`] for structs as objects of their fields, in declaration
/// order, named as in Rust (the record derives `Serialize` without renames).
macro_rules! write_fields {
    ($($t:ty { $($field:ident),* $(,)? })*) => {$(
        impl WriteJson for $t {
            fn write_json(&self, out: &mut Vec<u8>) {
                object(out, &[$((stringify!($field), &self.$field)),*]);
            }
        }
    )*};
}

write_fields! {
    Record {
        schema, id, title, authors, published, publisher, syndication, url, language,
        metadata_sources, source, removed, normalized, output, pipeline, error,
    }
    Syndication { publisher, published }
    SourceInfo { path, sha256, bytes, format, encoding, encoding_source, replacements }
    Removed { rule, name, text, start, end }
    OutputInfo { sha256, chars }
    PipelineInfo { version, config_sha256 }
}

/// A JSON object read with its values kept as the text they came as, so that fields a
/// record passes through go out byte for byte: no number loses digits to a float, no
/// string is unescaped and escaped again. The one field named when it is read (a
/// streamed record's `text`, which is replaced anyway) is parsed into a value in the
/// same pass, and nested objects can be read the same way to change a field in them.
#[derive(Debug, Default)]
pub struct RawObject<'a> {
    // foldhash, not the standard SipHash: a record's few keys are hashed once each, and
    // SipHash's setup cost showed in streams of short records.
    fields: IndexMap<String, Field<'a>, foldhash::fast::RandomState>,
}

/// A field's value in a [`RawObject`].
#[derive(Debug)]
pub enum Field<'a> {
    /// The value as it stood in the input, checked as JSON.
    Raw(&'a RawValue),
    /// A parsed value, written as serde_json writes it.
    Value(Value),
    /// A nested object, read as a [`RawObject`].
    Object(RawObject<'a>),
    /// A place the writer fills in (see [`RawObject::write`]).
    Slot(usize),
}

impl<'a> RawObject<'a> {
    /// Reads `json`, which must be one object (and nothing after it), parsing the value
    /// of the field named `parsed`. A later field of the same name replaces an earlier
    /// one in its place, as serde_json's map does. Anything but an object is a data
    /// error (`Error::is_data`); bad JSON is a syntax or end-of-input error.
    pub fn parse(json: &'a str, parsed: Option<&str>) -> Result<Self, serde_json::Error> {
        let mut reader = serde_json::Deserializer::from_str(json);
        let object = ObjectSeed { parsed }.deserialize(&mut reader)?;
        reader.end()?;
        Ok(object)
    }

    pub fn get(&self, key: &str) -> Option<&Field<'a>> {
        self.fields.get(key)
    }

    /// Sets `key` in its place, or last when the object does not have it.
    pub fn set(&mut self, key: &str, field: Field<'a>) {
        self.fields.insert(key.to_string(), field);
    }

    /// Writes the object as compact JSON: raw values as they came, keys and parsed
    /// values as serde_json writes them, and each [`Field::Slot`] as `fill` writes it.
    pub fn write(&self, out: &mut Vec<u8>, fill: &mut dyn FnMut(usize, &mut Vec<u8>)) {
        map_with(out, self.fields.iter(), |out, field| match field {
            Field::Raw(raw) => out.extend_from_slice(raw.get().as_bytes()),
            Field::Value(value) => value.write_json(out),
            Field::Object(object) => object.write(out, fill),
            Field::Slot(slot) => fill(*slot, out),
        });
    }
}

impl<'a> Field<'a> {
    /// The field as a value: parsed now when it is raw; `None` for a nested object or
    /// a slot, which are being written, not read.
    pub fn to_value(&self) -> Option<Cow<'_, Value>> {
        match self {
            Field::Raw(raw) => serde_json::from_str(raw.get()).ok().map(Cow::Owned),
            Field::Value(value) => Some(Cow::Borrowed(value)),
            Field::Object(_) | Field::Slot(_) => None,
        }
    }

    /// The field as a string, if it is one.
    pub fn to_str(&self) -> Option<String> {
        match self {
            Field::Raw(raw) if raw.get().starts_with('"') => serde_json::from_str(raw.get()).ok(),
            Field::Value(Value::String(s)) => Some(s.clone()),
            _ => None,
        }
    }

    /// Whether the field is JSON `null`.
    pub fn is_null(&self) -> bool {
        match self {
            Field::Raw(raw) => raw.get() == "null",
            Field::Value(value) => value.is_null(),
            _ => false,
        }
    }
}

/// Reads an object into a [`RawObject`], parsing the field named `parsed`.
struct ObjectSeed<'k> {
    parsed: Option<&'k str>,
}

impl<'de> DeserializeSeed<'de> for ObjectSeed<'_> {
    type Value = RawObject<'de>;

    fn deserialize<D: Deserializer<'de>>(self, reader: D) -> Result<Self::Value, D::Error> {
        reader.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for ObjectSeed<'_> {
    type Value = RawObject<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut entries: A) -> Result<Self::Value, A::Error> {
        let mut object = RawObject::default();
        while let Some(key) = entries.next_key::<String>()? {
            let field = if self.parsed == Some(key.as_str()) {
                Field::Value(entries.next_value()?)
            } else {
                Field::Raw(entries.next_value()?)
            };
            object.fields.insert(key, field);
        }
        Ok(object)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A record with every field set, several entries in each list and map, and text
    /// that needs escaping.
    fn full_record(text: &str) -> Record {
        let removed = |rule: &str, at: usize| Removed {
            rule: rule.into(),
            name: format!("name of {rule}"),
            text: format!("{text} \"{rule}\"\n"),
            start: at,
            end: at.saturating_add(text.len()),
        };
        Record {
            schema: 1,
            id: format!("doc/{text}"),
            title: Some(text.into()),
            authors: vec![text.into(), "Anna Ivanova".into()],
            published: Some("2024-03-01".into()),
            publisher: Some(format!("{text} Daily")),
            syndication: Some(Syndication {
                publisher: "Wire".into(),
                published: None,
            }),
            url: Some("https://example.org/a?b=\"c\"".into()),
            language: Some("en".into()),
            metadata_sources: [("title", "first-line"), ("url", text)]
                .into_iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            source: SourceInfo {
                path: format!("raw/{text}.txt"),
                sha256: "ab".repeat(32),
                bytes: u64::MAX,
                format: "text".into(),
                encoding: "windows-1251".into(),
                encoding_source: "detected".into(),
                replacements: 3,
            },
            removed: vec![removed("BP001", 0), removed("MD002", usize::MAX - 64)],
            normalized: [("NM001".to_string(), 7), (text.to_string(), 0)]
                .into_iter()
                .collect(),
            output: Some(OutputInfo {
                sha256: "cd".repeat(32),
                chars: 42,
            }),
            pipeline: PipelineInfo {
                version: "1.2.3".into(),
                config_sha256: "ef".repeat(32),
            },
            error: Some(format!("{text}: no text")),
        }
    }

    fn serde_bytes(record: &Record) -> Vec<u8> {
        serde_json::to_vec(record).unwrap()
    }

    fn hand_bytes(record: &Record) -> Vec<u8> {
        let mut out = Vec::new();
        record.write_json(&mut out);
        out
    }

    #[test]
    fn raw_objects_keep_values_as_they_came() {
        let line = r#"{ "n" : 123456789012345678901234567890, "f":1.10, "s":"caf\u00e9 \/",
            "text":"a\u0062c", "n":1e2, "o":{ "k" : [1, 2] } }"#;
        let mut object = RawObject::parse(line, Some("text")).unwrap();
        // The named field is parsed; a repeated key keeps its first place, last value.
        assert!(matches!(object.get("text"), Some(Field::Value(Value::String(s))) if s == "abc"));
        assert_eq!(
            object.get("s").and_then(Field::to_str).as_deref(),
            Some("café /")
        );
        object.set("added", Field::Slot(7));
        object.set("f", Field::Value(Value::Null));
        let mut out = Vec::new();
        object.write(&mut out, &mut |slot, out| {
            out.extend_from_slice(format!("\"slot {slot}\"").as_bytes())
        });
        assert_eq!(
            String::from_utf8(out).unwrap(),
            r#"{"n":1e2,"f":null,"s":"caf\u00e9 \/","text":"abc","o":{ "k" : [1, 2] },"added":"slot 7"}"#
        );
        for not_object in ["[1]", "\"x\"", "3", "null"] {
            let error = RawObject::parse(not_object, None).unwrap_err();
            assert!(error.is_data(), "{not_object}: {error}");
        }
        for bad in ["{\"a\":}", "{\"a\":1} x", "{\"a\":\"\t\"}", "{"] {
            let error = RawObject::parse(bad, None).unwrap_err();
            assert!(!error.is_data(), "{bad}: {error}");
        }
    }

    #[test]
    fn records_are_written_as_serde_json_writes_them() {
        // Every field filled: a field added to the record and not to the writer shows.
        for text in [
            "plain",
            "tab\there",
            "quote \" and \\ backslash",
            "\u{1}\u{7f}é—𐍈",
            "",
        ] {
            let record = full_record(text);
            assert_eq!(
                String::from_utf8(hand_bytes(&record)).unwrap(),
                String::from_utf8(serde_bytes(&record)).unwrap()
            );
        }
        let empty = Record::default();
        assert_eq!(hand_bytes(&empty), serde_bytes(&empty));
    }

    proptest::proptest! {
        /// Any JSON value a record may pass through.
        #[test]
        fn any_value_is_written_as_serde_json_writes_it(value in json_value()) {
            let mut out = Vec::new();
            value.write_json(&mut out);
            proptest::prop_assert_eq!(out, serde_json::to_vec(&value).unwrap());
        }

        /// An object read raw and written again is the same JSON; written compactly
        /// to begin with, it is the same bytes.
        #[test]
        fn raw_objects_pass_through(
            entries in proptest::collection::vec(("[a-z\"\\\\é]{0,4}", json_value()), 0..6),
        ) {
            let value = Value::Object(entries.into_iter().collect());
            let compact = serde_json::to_string(&value).unwrap();
            let pretty = serde_json::to_string_pretty(&value).unwrap();
            for (input, same_bytes) in [(&compact, true), (&pretty, false)] {
                let object = RawObject::parse(input, None).unwrap();
                let mut out = Vec::new();
                object.write(&mut out, &mut |_, _| unreachable!("no slots"));
                // Compared as serde_json reads both: its float parsing may round a
                // value's last digit, the same way on either side.
                let back: Value = serde_json::from_slice(&out).unwrap();
                let expected: Value = serde_json::from_str(input).unwrap();
                proptest::prop_assert_eq!(back, expected);
                if same_bytes {
                    proptest::prop_assert_eq!(out, compact.as_bytes());
                }
            }
        }
    }

    fn json_value() -> impl proptest::strategy::Strategy<Value = Value> {
        use proptest::prelude::*;
        let leaf = prop_oneof![
            Just(Value::Null),
            any::<bool>().prop_map(Value::Bool),
            any::<i64>().prop_map(Value::from),
            any::<u64>().prop_map(Value::from),
            any::<f64>().prop_map(Value::from),
            (-1e6f64..1e6).prop_map(Value::from),
            "(?s).{0,24}".prop_map(Value::String),
        ];
        leaf.prop_recursive(3, 24, 4, |inner| {
            prop_oneof![
                proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
                proptest::collection::vec(("(?s).{0,8}", inner), 0..4)
                    .prop_map(|fields| Value::Object(fields.into_iter().collect())),
            ]
        })
    }

    proptest::proptest! {
        /// Any texts in any of the record's strings and lists.
        #[test]
        fn any_record_is_written_as_serde_json_writes_it(
            texts in proptest::collection::vec("(?s).{0,40}", 0..6),
            numbers in proptest::collection::vec(proptest::num::u64::ANY, 3),
        ) {
            let first = texts.first().cloned().unwrap_or_default();
            let mut record = full_record(&first);
            record.authors = texts.clone();
            record.removed = texts
                .iter()
                .zip(numbers.iter().cycle())
                .map(|(t, &n)| Removed {
                    rule: t.clone(),
                    name: first.clone(),
                    text: t.repeat(3),
                    start: n as usize,
                    end: (n / 2) as usize,
                })
                .collect();
            record.normalized = texts.iter().cloned().zip(numbers.iter().copied()).collect();
            record.title = texts.get(1).cloned();
            record.source.replacements = numbers[2];
            proptest::prop_assert_eq!(hand_bytes(&record), serde_bytes(&record));
        }
    }

    #[test]
    fn json_strings_escape_neighbouring_specials() {
        // Specials side by side at many places of a string: what
        // follows an escape must be tested afresh.
        let specials = [
            '\u{1f}', ' ', '"', '\\', '\n', '\0', '!', '\u{7f}', 'é', '#',
        ];
        for a in specials {
            for b in specials {
                for at in 0..10 {
                    let s: String = (0..20)
                        .map(|i| match i {
                            i if i == at => a,
                            i if i == at + 1 => b,
                            _ => 'x',
                        })
                        .collect();
                    let mut escaped = Vec::new();
                    write_str(&mut escaped, &s);
                    assert_eq!(
                        escaped,
                        serde_json::to_vec(&s).unwrap(),
                        "{a:?}{b:?} at {at}"
                    );
                }
            }
        }
    }

    #[test]
    fn json_strings_escape_every_ascii_character_anywhere() {
        for c in (0u8..0x80).map(char::from).chain(['é', '—', '\u{10348}']) {
            for at in 0..17 {
                let s: String = (0..24).map(|i| if i == at { c } else { 'a' }).collect();
                let mut escaped = Vec::new();
                write_str(&mut escaped, &s);
                assert_eq!(escaped, serde_json::to_vec(&s).unwrap(), "{c:?} at {at}");
            }
        }
    }

    proptest::proptest! {
        /// The fast escaper writes what serde_json writes, for any text.
        #[test]
        fn json_strings_are_escaped_as_serde_json_does(
            s in "([a é]{0,12}([\u{0}-\u{1f}\"\\\\\u{7f}—\u{10348}]|(?s).)){0,6}"
        ) {
            let mut escaped = Vec::new();
            write_str(&mut escaped, &s);
            proptest::prop_assert_eq!(escaped, serde_json::to_vec(&s).unwrap());
        }
    }
}
