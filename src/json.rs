//! Compact JSON written by hand: the text `serde_json::to_string` gives for the same
//! values, without serde's serializer in the wasm build.
//!
//! The browser receives the [`Analysis`](crate::Analysis), `detect_document`'s verdict
//! and the reader's preferences as JSON. Written through serde, they brought serde_json's
//! serializer, its float formatting and its error messages into the module for three
//! fixed shapes; these few functions write the same bytes. The CLI keeps serde (the
//! types still derive `Serialize`), and the tests check that both writers agree.
//!
//! The reading half ([`parse`], into a [`Json`] value) is in `read.rs`.

mod read;

pub use read::{parse, Json};

/// An object being written: `{"key":value,...}`.
pub struct Object<'a> {
    out: &'a mut String,
    empty: bool,
}

impl<'a> Object<'a> {
    /// Opens an object at the end of `out`.
    pub fn open(out: &'a mut String) -> Object<'a> {
        out.push('{');
        Object { out, empty: true }
    }

    /// Writes `"name":` and returns the text to write its value into.
    pub fn key(&mut self, name: &str) -> &mut String {
        if !self.empty {
            self.out.push(',');
        }
        self.empty = false;
        string(self.out, name);
        self.out.push(':');
        self.out
    }

    /// A string member.
    pub fn str(&mut self, name: &str, value: &str) {
        string(self.key(name), value);
    }

    /// A string member that may be `null`.
    pub fn opt_str(&mut self, name: &str, value: Option<&str>) {
        let out = self.key(name);
        match value {
            Some(v) => string(out, v),
            None => out.push_str("null"),
        }
    }

    /// A whole-number member.
    pub fn uint(&mut self, name: &str, value: u64) {
        uint(self.key(name), value);
    }

    /// A boolean member.
    pub fn bool(&mut self, name: &str, value: bool) {
        self.key(name)
            .push_str(if value { "true" } else { "false" });
    }

    /// A member holding a list of strings.
    pub fn strs(&mut self, name: &str, values: &[String]) {
        let out = self.key(name);
        list(out, values, |out, v| string(out, v));
    }

    /// Closes the object.
    pub fn close(self) {
        self.out.push('}');
    }
}

/// `[item,...]`, each item written by `write`.
pub fn list<T>(out: &mut String, items: &[T], mut write: impl FnMut(&mut String, &T)) {
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write(out, item);
    }
    out.push(']');
}

/// A JSON string: `"`, `\` and the control characters escaped as serde_json escapes
/// them (`\n`, `\u001f`), everything else as it is.
pub fn string(out: &mut String, s: &str) {
    out.push('"');
    let mut plain = 0;
    for (at, byte) in s.bytes().enumerate() {
        let escape = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(&s[plain..at]);
        plain = at + 1;
        if escape.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
        } else {
            out.push_str(escape);
        }
    }
    out.push_str(&s[plain..]);
    out.push('"');
}

/// A whole number in decimal.
pub fn uint(out: &mut String, mut n: u64) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

/// A number with at most three decimals (a score rounded to thousandths), written as
/// serde_json writes that float: the fewest digits that read back as it, with at least
/// one after the point (`0.0`, `0.25`, `1.0`); `null` when it is not finite. A float
/// that is not a whole number of thousandths is written with 17 decimals, trailing
/// zeros dropped.
pub fn thousandths(out: &mut String, x: f64) {
    if !x.is_finite() {
        out.push_str("null");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    let x = x.abs();
    let scaled = (x * 1000.0).round();
    let (whole, mut fraction, mut places) = if scaled / 1000.0 == x && scaled < 1e15 {
        let k = scaled as u64;
        (k / 1000, k % 1000, 3)
    } else {
        let whole = x.trunc();
        let fraction = ((x - whole) * 1e17).round() as u64;
        (whole as u64, fraction, 17)
    };
    uint(out, whole);
    out.push('.');
    while places > 1 && fraction % 10 == 0 {
        fraction /= 10;
        places -= 1;
    }
    let mut digits = String::new();
    uint(&mut digits, fraction);
    for _ in digits.len()..places {
        out.push('0');
    }
    out.push_str(&digits);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn as_string(s: &str) -> String {
        let mut out = String::new();
        string(&mut out, s);
        out
    }

    #[test]
    fn strings_are_escaped_as_serde_json_escapes_them() {
        let all_controls: String = (0u8..0x20).map(char::from).collect();
        for s in [
            "",
            "plain",
            "quote \" and \\ backslash",
            "line\nbreak\ttab\rreturn",
            &all_controls,
            "\u{7f} del, é, 日本, emoji 🎉, \u{2028} separator",
            "</script><!--",
        ] {
            assert_eq!(as_string(s), serde_json::to_string(s).unwrap_or_default());
        }
    }

    #[test]
    fn numbers_read_as_serde_json_writes_them() {
        for n in [0u64, 7, 10, 999, 1000, 123_456_789, u64::MAX] {
            let mut out = String::new();
            uint(&mut out, n);
            assert_eq!(out, n.to_string());
        }
        for k in 0..=1000 {
            let x = f64::from(k) / 1000.0;
            for x in [x, -x] {
                let mut out = String::new();
                thousandths(&mut out, x);
                assert_eq!(out, serde_json::to_string(&x).unwrap_or_default(), "{x}");
            }
        }
        for x in [2.5, 17.125, 1234.0, f64::NAN, f64::INFINITY] {
            let mut out = String::new();
            thousandths(&mut out, x);
            assert_eq!(out, serde_json::to_string(&x).unwrap_or_default(), "{x}");
        }
    }

    #[test]
    fn objects_and_lists_are_compact() {
        let mut out = String::new();
        let mut o = Object::open(&mut out);
        o.str("a", "x");
        o.opt_str("b", None);
        o.uint("c", 3);
        o.bool("d", true);
        o.strs("e", &["p".to_string(), "q".to_string()]);
        o.strs("f", &[]);
        o.close();
        assert_eq!(
            out,
            r#"{"a":"x","b":null,"c":3,"d":true,"e":["p","q"],"f":[]}"#
        );
    }
}
