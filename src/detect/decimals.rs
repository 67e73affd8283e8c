//! Numbers in the reasons' text, written with a fixed count of decimals.
//!
//! The standard library's float formatting (`format!("{x:.2}")`) is the largest piece
//! of formatting code in the wasm build, and the reasons are its only users there. This
//! writes the same text: the exact value of the float rounded to the given decimals,
//! ties to even, a `-` on negative numbers (and on negative zero), a `+` on the others
//! when asked, and `NaN`, `inf` and `-inf` as they are.

/// `x` with `decimals` digits after the point, the text `format!("{x:.decimals$}")`
/// gives (`format!("{x:+.decimals$}")` when `plus`).
pub fn fixed(x: f64, decimals: usize, plus: bool) -> String {
    if x.is_nan() {
        return "NaN".to_string();
    }
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    } else if plus {
        out.push('+');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return out;
    }
    let bits = x.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i32;
    let fraction = bits & ((1 << 52) - 1);
    // x = ±mantissa × 2^exponent, exactly.
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | 1 << 52, biased - 1075)
    };
    // The decimal digits of mantissa × 10^decimals, least significant first.
    let mut digits: Vec<u8> = vec![0; decimals];
    let mut m = mantissa;
    while m > 0 {
        digits.push((m % 10) as u8);
        m /= 10;
    }
    if exponent >= 0 {
        for _ in 0..exponent {
            double(&mut digits);
        }
    } else {
        // Halving drops one bit at a time: the last one dropped is worth half a unit
        // of the result, any earlier one less.
        let (mut half, mut below_half) = (false, false);
        for _ in 0..-exponent {
            below_half |= half;
            half = halve(&mut digits);
        }
        let odd = digits.first().is_some_and(|d| d % 2 == 1);
        if half && (below_half || odd) {
            increment(&mut digits);
        }
    }
    while digits.len() > decimals + 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    digits.resize(digits.len().max(decimals + 1), 0);
    for (at, d) in digits.iter().enumerate().rev() {
        out.push(char::from(b'0' + d));
        if at == decimals && decimals > 0 {
            out.push('.');
        }
    }
    out
}

/// Doubles a number held as decimal digits, least significant first.
fn double(digits: &mut Vec<u8>) {
    let mut carry = 0;
    for d in digits.iter_mut() {
        let v = *d * 2 + carry;
        *d = v % 10;
        carry = v / 10;
    }
    if carry > 0 {
        digits.push(carry);
    }
}

/// Halves a number held as decimal digits, least significant first, rounding down;
/// true when it was odd.
fn halve(digits: &mut Vec<u8>) -> bool {
    let mut carry = 0;
    for d in digits.iter_mut().rev() {
        let v = carry * 10 + *d;
        *d = v / 2;
        carry = v % 2;
    }
    while digits.len() > 1 && digits.last() == Some(&0) {
        digits.pop();
    }
    carry == 1
}

/// Adds one to a number held as decimal digits, least significant first.
fn increment(digits: &mut Vec<u8>) {
    for d in digits.iter_mut() {
        if *d == 9 {
            *d = 0;
        } else {
            *d += 1;
            return;
        }
    }
    digits.push(1);
}

#[cfg(test)]
mod tests {
    use super::fixed;

    fn check(x: f64) {
        assert_eq!(fixed(x, 0, false), format!("{x:.0}"), "{:e}", x);
        assert_eq!(fixed(x, 2, false), format!("{x:.2}"), "{:e}", x);
        assert_eq!(fixed(x, 2, true), format!("{x:+.2}"), "{:e}", x);
    }

    #[test]
    fn writes_what_the_standard_formatting_writes() {
        let special = [
            0.0,
            -0.0,
            0.5,
            1.5,
            2.5,
            -2.5,
            0.125,
            0.375,
            0.005,
            0.015,
            0.995,
            -0.004,
            99.995,
            1e-320,
            f64::MIN_POSITIVE,
            f64::MAX,
            f64::MIN,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            123456789.125,
            4503599627370497.0,
        ];
        for x in special {
            check(x);
        }
        // Deterministic pseudo-random floats: every bit pattern (any magnitude), and
        // values in the ranges the reasons show (probabilities, pushes, ratios, counts).
        let mut state: u64 = 7;
        let mut next = || {
            state = state
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            state
        };
        for _ in 0..2_000 {
            check(f64::from_bits(next()));
        }
        for _ in 0..20_000 {
            let unit = (next() >> 11) as f64 / (1u64 << 53) as f64;
            check(unit);
            check((unit - 0.5) * 8.0);
            check(unit * 1000.0);
            // Exact ties (multiples of 1/1024) and near ties at the second decimal.
            check((next() % 4096) as f64 / 1024.0);
            check(((next() % 100_000) as f64 + 0.5) / 100.0);
        }
    }
}
