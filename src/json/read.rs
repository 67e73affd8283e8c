//! Strict JSON read by hand. The core reads pages' JSON-LD and the reader's
//! preferences; serde_json's reader (with its float parsing tables and the sorted maps
//! of its `Value`) made the gzipped wasm about 10 KB larger than this one does.
//!
//! It accepts the JSON that `serde_json::from_str::<Value>` accepts (RFC 8259, nesting
//! up to 127 deep), which the tests check on awkward input and on every JSON-LD script
//! of the corpora (tests/json.rs), and the fuzzer on arbitrary text. Numbers are kept
//! as their text, since nothing Lede reads needs one as a float; so a number too large
//! for a float (`1e400`), which serde_json refuses, is read.

/// A JSON value. An object keeps its members in source order; when a key repeats,
/// [`Json::get`] finds the last, as serde_json's map does.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as written.
    Number(Box<str>),
    /// A string, escapes decoded.
    String(String),
    /// An array.
    Array(Vec<Json>),
    /// An object's members in source order.
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `key` of an object (the last, if it repeats).
    pub fn get(&self, key: &str) -> Option<&Json> {
        self.as_object()?
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
    }

    /// Takes member `key` out of an object (every copy of a repeated key; the last
    /// one's value is returned).
    pub fn remove(&mut self, key: &str) -> Option<Json> {
        let Json::Object(members) = self else {
            return None;
        };
        let mut found = None;
        members.retain_mut(|(k, v)| {
            if k == key {
                found = Some(std::mem::replace(v, Json::Null));
                false
            } else {
                true
            }
        });
        found
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(s) => Some(s),
            _ => None,
        }
    }

    /// The value of `true` or `false`.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Json::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// A number written as a whole number from 0 to `u64::MAX`.
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Json::Number(n) => n.parse().ok(),
            _ => None,
        }
    }

    /// The items of an array.
    pub fn as_array(&self) -> Option<&[Json]> {
        match self {
            Json::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The members of an object.
    pub fn as_object(&self) -> Option<&[(String, Json)]> {
        match self {
            Json::Object(members) => Some(members),
            _ => None,
        }
    }

    /// True for `null`.
    pub fn is_null(&self) -> bool {
        matches!(self, Json::Null)
    }
}

/// How deep arrays and objects may nest (serde_json's limit too), so that a hostile
/// page cannot exhaust the stack.
const MAX_DEPTH: usize = 127;

/// Parses `text` as one JSON value with nothing but whitespace around it; `None` for
/// anything else.
pub fn parse(text: &str) -> Option<Json> {
    let mut reader = Reader {
        bytes: text.as_bytes(),
        at: 0,
        depth: 0,
    };
    let value = reader.value()?;
    reader.skip_space();
    (reader.at == reader.bytes.len()).then_some(value)
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    depth: usize,
}

impl Reader<'_> {
    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.at).copied()
    }

    fn skip_space(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    /// Consumes `word` if the text continues with it.
    fn eat(&mut self, word: &str) -> bool {
        let found = self.bytes[self.at..].starts_with(word.as_bytes());
        if found {
            self.at += word.len();
        }
        found
    }

    fn value(&mut self) -> Option<Json> {
        self.skip_space();
        Some(match self.peek()? {
            b'{' => self
                .nested(b'}', |r| {
                    let key = r.string()?;
                    r.skip_space();
                    r.eat(":").then_some(())?;
                    Some((key, r.value()?))
                })
                .map(Json::Object)?,
            b'[' => self.nested(b']', Self::value).map(Json::Array)?,
            b'"' => Json::String(self.string()?),
            b'-' | b'0'..=b'9' => Json::Number(self.number()?.into()),
            _ if self.eat("true") => Json::Bool(true),
            _ if self.eat("false") => Json::Bool(false),
            _ if self.eat("null") => Json::Null,
            _ => return None,
        })
    }

    /// The items of an array or the members of an object, each read by `item`, from
    /// the opening bracket to `close`.
    fn nested<T>(
        &mut self,
        close: u8,
        mut item: impl FnMut(&mut Self) -> Option<T>,
    ) -> Option<Vec<T>> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return None;
        }
        self.at += 1;
        let mut items = Vec::new();
        self.skip_space();
        if self.peek() == Some(close) {
            self.at += 1;
        } else {
            loop {
                self.skip_space();
                items.push(item(self)?);
                self.skip_space();
                match self.peek()? {
                    b',' => self.at += 1,
                    b if b == close => {
                        self.at += 1;
                        break;
                    }
                    _ => return None,
                }
            }
        }
        self.depth -= 1;
        Some(items)
    }

    /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, returned as written.
    fn number(&mut self) -> Option<&str> {
        let start = self.at;
        self.eat("-");
        match self.peek()? {
            b'0' => self.at += 1,
            b'1'..=b'9' => self.digits(),
            _ => return None,
        }
        if self.eat(".") {
            self.some_digits()?;
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            self.some_digits()?;
        }
        std::str::from_utf8(&self.bytes[start..self.at]).ok()
    }

    fn digits(&mut self) {
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.at += 1;
        }
    }

    fn some_digits(&mut self) -> Option<()> {
        let start = self.at;
        self.digits();
        (self.at > start).then_some(())
    }

    /// A string from its opening quote: escapes decoded; raw control characters and
    /// unpaired surrogates refused.
    fn string(&mut self) -> Option<String> {
        (self.peek()? == b'"').then_some(())?;
        self.at += 1;
        let mut out = String::new();
        loop {
            let run = self.at;
            while self
                .peek()
                .is_some_and(|b| b != b'"' && b != b'\\' && b >= 0x20)
            {
                self.at += 1;
            }
            // The run stops at an ASCII byte, so it ends on a character boundary.
            out.push_str(std::str::from_utf8(&self.bytes[run..self.at]).ok()?);
            let b = self.peek()?;
            self.at += 1;
            match b {
                b'"' => return Some(out),
                b'\\' => out.push(self.escape()?),
                _ => return None,
            }
        }
    }

    /// The character of the escape after a backslash.
    fn escape(&mut self) -> Option<char> {
        let b = self.peek()?;
        self.at += 1;
        Some(match b {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let first = self.hex4()?;
                let code = if (0xD800..0xDC00).contains(&first) {
                    self.eat("\\u").then_some(())?;
                    let second = self.hex4()?;
                    (0xDC00..0xE000).contains(&second).then_some(())?;
                    0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
                } else {
                    first
                };
                char::from_u32(code)?
            }
            _ => return None,
        })
    }

    fn hex4(&mut self) -> Option<u32> {
        let digits = self.bytes.get(self.at..self.at + 4)?;
        self.at += 4;
        digits
            .iter()
            .try_fold(0, |n, &d| Some(n * 16 + char::from(d).to_digit(16)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_numbers_read_as_serde_json_reads_them() {
        for (text, n) in [
            ("400", Some(400)),
            ("-1", None),
            ("1.5", None),
            ("1e2", None),
        ] {
            let value = parse(text);
            assert_eq!(value.as_ref().and_then(Json::as_u64), n, "{text}");
            let serde: Option<serde_json::Value> = serde_json::from_str(text).ok();
            assert_eq!(
                serde.as_ref().and_then(serde_json::Value::as_u64),
                n,
                "{text}"
            );
        }
    }

    #[test]
    fn a_repeated_key_reads_as_its_last_value() {
        let mut value = parse(r#"{"a":1,"b":2,"a":3}"#).unwrap_or(Json::Null);
        assert_eq!(value.get("a").and_then(Json::as_u64), Some(3));
        assert_eq!(value.remove("a").and_then(|v| v.as_u64()), Some(3));
        assert_eq!(value.get("a"), None);
        assert_eq!(value.get("b").and_then(Json::as_u64), Some(2));
    }
}
