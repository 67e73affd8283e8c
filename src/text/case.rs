//! Lowercasing for comparisons: words against the word lists, names against names,
//! class names against class words.
//!
//! The standard library's `to_lowercase` carries the whole Unicode case table, 12 KB of
//! data in every browser's copy of the core. Lede only lowercases to compare, so this
//! maps one character to one character by arithmetic over the blocks whose scripts
//! have case and are written today: Latin (with its extended blocks and Vietnamese),
//! Greek, Cyrillic, Armenian, Georgian, and the fullwidth, Roman-numeral and circled
//! letters. A capital outside those blocks (polytonic Greek, Cherokee, some of Latin
//! Extended-B and -C) is left as it is. Where the standard library gives more than one
//! character, this gives the first: `İ` is `i` (not `i` and a combining dot), and a
//! final `Σ` is `σ`. The test below checks every character against the standard
//! library's.

/// Lowercases `s` for comparison (see the module's notes for what it covers).
pub trait ToLower {
    /// The lowercase of the whole string.
    fn to_lower(&self) -> String;
}

impl ToLower for str {
    fn to_lower(&self) -> String {
        if self.is_ascii() {
            return self.to_ascii_lowercase();
        }
        self.chars().map(lower_char).collect()
    }
}

/// The lowercase of `c`, or `c` itself when it is not a capital this covers.
pub fn lower_char(c: char) -> char {
    let u = c as u32;
    if u < 0x80 {
        return c.to_ascii_lowercase();
    }
    // Pairs where the capital is on the even code point and its small letter follows.
    let even = |u: u32| u + (1 - u % 2);
    // Pairs where the capital is on the odd code point.
    let odd = |u: u32| u + u % 2;
    let l = match u {
        // Latin-1, Latin Extended-A and -B.
        0xC0..=0xD6 | 0xD8..=0xDE => u + 32,
        0x130 => 'i' as u32,
        0x178 => 0xFF,
        0x100..=0x137 | 0x14A..=0x177 => even(u),
        0x139..=0x148 | 0x179..=0x17E => odd(u),
        0x182..=0x185 | 0x1A0..=0x1A5 | 0x1DE..=0x1EF | 0x1F4..=0x1F5 => even(u),
        0x1F8..=0x21F | 0x222..=0x233 | 0x246..=0x24F => even(u),
        0x1AF | 0x1B3 | 0x1B5 | 0x1CD..=0x1DC => odd(u),
        0x1C4 | 0x1C5 => 0x1C6,
        0x1C7 | 0x1C8 => 0x1C9,
        0x1CA | 0x1CB => 0x1CC,
        0x1F1 | 0x1F2 => 0x1F3,
        // Greek and Coptic.
        0x370..=0x373 | 0x376 | 0x3D8..=0x3EF => even(u),
        0x37F => 0x3F3,
        0x386 => 0x3AC,
        0x388..=0x38A => u + 37,
        0x38C => 0x3CC,
        0x38E | 0x38F => u + 63,
        0x391..=0x3A1 | 0x3A3..=0x3AB => u + 32,
        0x3CF => 0x3D7,
        0x3F4 => 0x3B8,
        0x3F7 | 0x3FA => u + 1,
        0x3F9 => 0x3F2,
        0x3FD..=0x3FF => u - 130,
        // Cyrillic and its supplement.
        0x400..=0x40F => u + 80,
        0x410..=0x42F => u + 32,
        0x460..=0x481 | 0x48A..=0x4BF | 0x4D0..=0x52F => even(u),
        0x4C0 => 0x4CF,
        0x4C1..=0x4CE => odd(u),
        // Armenian.
        0x531..=0x556 => u + 48,
        // Georgian: Asomtavruli and Mtavruli capitals.
        0x10A0..=0x10C5 | 0x10C7 | 0x10CD => u + 0x1C60,
        0x1C90..=0x1CBA | 0x1CBD..=0x1CBF => u - 0xBC0,
        // Latin Extended Additional (Vietnamese among others).
        0x1E00..=0x1E95 | 0x1EA0..=0x1EFF => even(u),
        0x1E9E => 0xDF,
        // Roman numerals, circled letters, Glagolitic, Coptic, fullwidth Latin.
        0x2160..=0x216F => u + 16,
        0x24B6..=0x24CF => u + 26,
        0x2C00..=0x2C2F => u + 48,
        0x2C80..=0x2CE3 => even(u),
        0xFF21..=0xFF3A => u + 32,
        _ => u,
    };
    char::from_u32(l).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first character of the standard library's lowercase of `c`.
    fn std_lower(c: char) -> char {
        c.to_lowercase().next().unwrap_or(c)
    }

    #[test]
    fn every_character_is_either_the_standard_lowercase_or_left_alone() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let ours = lower_char(c);
            assert!(ours == std_lower(c) || ours == c, "{c:?} became {ours:?}");
        }
    }

    #[test]
    fn the_scripts_news_is_written_in_lowercase_as_the_standard_library_does() {
        let blocks = [
            0x00..=0x24F,    // Latin, Latin-1, Latin Extended-A and -B
            0x370..=0x3FF,   // Greek
            0x400..=0x52F,   // Cyrillic
            0x530..=0x58F,   // Armenian
            0x10A0..=0x10FF, // Georgian
            0x1C90..=0x1CBF, // Georgian Mtavruli
            0x1E00..=0x1EFF, // Latin Extended Additional
            0xFF00..=0xFFEF, // fullwidth forms
        ];
        // Capitals of Latin Extended-B whose small letters are scattered over the IPA
        // block (`Ɓ` → `ɓ`); no language Lede reads writes them in capitals.
        let left_alone = |c: char| {
            (0x181..=0x19F).contains(&(c as u32))
                || (0x1A6..=0x1BF).contains(&(c as u32))
                || matches!(c as u32, 0x1F6 | 0x1F7 | 0x220 | 0x23A..=0x245)
        };
        for c in blocks.into_iter().flatten().filter_map(char::from_u32) {
            if left_alone(c) {
                continue;
            }
            assert_eq!(lower_char(c), std_lower(c), "{c:?}");
        }
    }

    #[test]
    fn strings_lower_as_words_are_compared() {
        assert_eq!("Said".to_lower(), "said");
        assert_eq!(
            "MINISTÈRE de l'Économie".to_lower(),
            "ministère de l'économie"
        );
        assert_eq!("ΑΘΗΝΑ".to_lower(), "αθηνα");
        assert_eq!("Москва".to_lower(), "москва");
        assert_eq!("İSTANBUL".to_lower(), "istanbul");
        assert_eq!("Hà Nội ĐÀ NẴNG".to_lower(), "hà nội đà nẵng");
    }
}
