//! Packed decimal (`COMP-3`): two digits per byte, the last nibble is the sign.
//!
//! A field of `d` digits takes `d / 2 + 1` bytes. With an odd `d` the nibbles are exactly the
//! digits plus the sign; with an even `d` there is one leading pad nibble, which must be 0.

use crate::{DecodeError, MAX_DIGITS};

/// How many bytes a packed field of `digits` digits takes.
pub const fn packed_len(digits: usize) -> usize {
    digits / 2 + 1
}

/// Decodes a packed-decimal field of `digits` digits into its unscaled value.
///
/// Sign nibbles: `C` and `F` are positive, `D` negative; `D` is refused on an unsigned field and any
/// other nibble (`A`, `B`, `E`, a digit) is refused everywhere, because a field that carries one was
/// not written by a COBOL `MOVE` and is more likely misaligned data than a number.
pub fn decode_packed(bytes: &[u8], digits: usize, signed: bool) -> Result<i64, DecodeError> {
    if digits == 0 || digits > MAX_DIGITS {
        return Err(DecodeError::BadDigitCount { digits });
    }
    let expected = packed_len(digits);
    if bytes.len() != expected {
        return Err(DecodeError::BadLength {
            expected,
            found: bytes.len(),
        });
    }

    let last = expected - 1;
    let mut value: i64 = 0;
    for (offset, &byte) in bytes[..last].iter().enumerate() {
        let (high, low) = (byte >> 4, byte & 0x0F);
        // The pad nibble of an even digit count must be zero, like any digit it would be.
        if high > 9 || (offset == 0 && digits % 2 == 0 && high != 0) {
            return Err(DecodeError::InvalidNibble {
                offset,
                nibble: high,
            });
        }
        if low > 9 {
            return Err(DecodeError::InvalidNibble {
                offset,
                nibble: low,
            });
        }
        value = value * 100 + i64::from(high * 10 + low);
    }

    let byte = bytes[last];
    let (high, sign) = (byte >> 4, byte & 0x0F);
    // A one-digit field of even count cannot exist, so the last byte's high nibble is always a digit,
    // except for digits == 0 (refused above).
    if high > 9 {
        return Err(DecodeError::InvalidNibble {
            offset: last,
            nibble: high,
        });
    }
    value = value * 10 + i64::from(high);
    match (sign, signed) {
        (0xC | 0xF, _) => Ok(value),
        (0xD, true) => Ok(-value),
        _ => Err(DecodeError::InvalidSignNibble { nibble: sign }),
    }
}

/// Writes `value` as a packed field of `digits` digits into `out` (the inverse of
/// [`decode_packed`]); used to build test and benchmark data. Signed fields get `C`/`D`, unsigned
/// ones `F`. Panics if the value does not fit, which is a caller bug.
pub fn encode_packed(value: i64, digits: usize, signed: bool, out: &mut [u8]) {
    assert_eq!(
        out.len(),
        packed_len(digits),
        "buffer length for {digits} digits"
    );
    assert!(
        signed || value >= 0,
        "negative value {value} for an unsigned field"
    );
    let sign = match (signed, value < 0) {
        (false, _) => 0xF,
        (true, false) => 0xC,
        (true, true) => 0xD,
    };
    let mut rest = value.unsigned_abs();
    // Nibbles from the right: sign, then digits; the pad nibble (if any) stays 0.
    let mut nibbles = [0u8; 2 * (MAX_DIGITS / 2 + 1)];
    let count = out.len() * 2;
    nibbles[count - 1] = sign;
    for i in 0..digits {
        nibbles[count - 2 - i] = (rest % 10) as u8;
        rest /= 10;
    }
    assert!(rest == 0, "{value} does not fit in {digits} digits");
    for (i, slot) in out.iter_mut().enumerate() {
        *slot = (nibbles[2 * i] << 4) | nibbles[2 * i + 1];
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn odd_digit_count_has_no_pad() {
        // PIC S9(5) COMP-3: 3 bytes, nibbles 1 2 3 4 5 C.
        assert_eq!(decode_packed(&[0x12, 0x34, 0x5C], 5, true), Ok(12345));
        assert_eq!(decode_packed(&[0x12, 0x34, 0x5D], 5, true), Ok(-12345));
        assert_eq!(decode_packed(&[0x12, 0x34, 0x5F], 5, false), Ok(12345));
        assert_eq!(decode_packed(&[0x7C], 1, true), Ok(7));
    }

    #[test]
    fn even_digit_count_has_a_zero_pad_nibble() {
        // PIC S9(4) COMP-3: 3 bytes, nibbles 0(pad) 1 2 3 4 D.
        assert_eq!(decode_packed(&[0x01, 0x23, 0x4D], 4, true), Ok(-1234));
        assert_eq!(
            decode_packed(&[0x11, 0x23, 0x4D], 4, true),
            Err(DecodeError::InvalidNibble {
                offset: 0,
                nibble: 1
            })
        );
    }

    #[test]
    fn eighteen_digits_is_the_limit() {
        let mut field = [0u8; 10];
        encode_packed(-999_999_999_999_999_999, 18, true, &mut field);
        assert_eq!(field[0], 0x09);
        assert_eq!(
            decode_packed(&field, 18, true),
            Ok(-999_999_999_999_999_999)
        );
        assert_eq!(
            decode_packed(&[0; 10], 19, true),
            Err(DecodeError::BadDigitCount { digits: 19 })
        );
        assert_eq!(
            decode_packed(&[0x0C], 0, true),
            Err(DecodeError::BadDigitCount { digits: 0 })
        );
    }

    #[test]
    fn length_must_match_the_digit_count() {
        assert_eq!(
            decode_packed(&[0x12, 0x3C], 5, true),
            Err(DecodeError::BadLength {
                expected: 3,
                found: 2
            })
        );
    }

    #[test]
    fn invalid_digit_nibbles_are_errors() {
        assert_eq!(
            decode_packed(&[0x1A, 0x34, 0x5C], 5, true),
            Err(DecodeError::InvalidNibble {
                offset: 0,
                nibble: 0xA
            })
        );
        assert_eq!(
            decode_packed(&[0x12, 0xF4, 0x5C], 5, true),
            Err(DecodeError::InvalidNibble {
                offset: 1,
                nibble: 0xF
            })
        );
        assert_eq!(
            decode_packed(&[0x12, 0x34, 0xBC], 5, true),
            Err(DecodeError::InvalidNibble {
                offset: 2,
                nibble: 0xB
            })
        );
    }

    #[test]
    fn only_c_d_f_are_signs() {
        for nibble in [0x0, 0x9, 0xA, 0xB, 0xE] {
            assert_eq!(
                decode_packed(&[0x12, 0x30 | nibble], 3, true),
                Err(DecodeError::InvalidSignNibble { nibble })
            );
        }
        // D (negative) on an unsigned field.
        assert_eq!(
            decode_packed(&[0x12, 0x3D], 3, false),
            Err(DecodeError::InvalidSignNibble { nibble: 0xD })
        );
    }

    #[test]
    fn encode_then_decode_round_trips() {
        for digits in 1..=MAX_DIGITS {
            let max = 10i64.pow(digits as u32) - 1;
            for value in [0, 1, -1, max, -max, max / 3, -(max / 7)] {
                let mut field = vec![0u8; packed_len(digits)];
                encode_packed(value, digits, true, &mut field);
                assert_eq!(
                    decode_packed(&field, digits, true),
                    Ok(value),
                    "{digits} digits, {value}"
                );
            }
        }
        let mut field = [0u8; 3];
        encode_packed(1234, 4, false, &mut field);
        assert_eq!(field, [0x01, 0x23, 0x4F]);
    }
}
