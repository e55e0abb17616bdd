//! Zoned decimal (`USAGE DISPLAY`): one digit per byte, digit in the low nibble, zone in the high
//! nibble; the last byte's zone carries the sign. See [`Encoding`] for the zones of each encoding.

use crate::{DecodeError, Encoding, MAX_DIGITS};

const EBCDIC_DIGIT_ZONE: u8 = 0xF;
const ASCII_DIGIT_ZONE: u8 = 0x3;
const ASCII_NEGATIVE_ZONE: u8 = 0x7;

/// Decodes a zoned-decimal field of `bytes.len()` digits into its unscaled value.
///
/// Every byte but the last must be a plain digit of `encoding`. The last byte's zone is the sign:
/// EBCDIC `C`/`F` positive, `D` negative; ASCII `3` positive, `7` negative. An unsigned field
/// (`signed == false`) accepts only the positive zones (`F` in EBCDIC, `3` in ASCII), because a
/// compiler never writes a sign into an unsigned field.
pub fn decode_zoned(bytes: &[u8], encoding: Encoding, signed: bool) -> Result<i64, DecodeError> {
    let digits = bytes.len();
    if digits == 0 || digits > MAX_DIGITS {
        return Err(DecodeError::BadDigitCount { digits });
    }
    let digit_zone = match encoding {
        Encoding::Ebcdic => EBCDIC_DIGIT_ZONE,
        Encoding::Ascii => ASCII_DIGIT_ZONE,
    };
    let last = digits - 1;
    let mut value: i64 = 0;
    for (offset, &byte) in bytes[..last].iter().enumerate() {
        let digit = byte & 0x0F;
        if byte >> 4 != digit_zone || digit > 9 {
            return Err(DecodeError::InvalidZonedByte { offset, byte });
        }
        value = value * 10 + i64::from(digit);
    }

    let byte = bytes[last];
    let digit = byte & 0x0F;
    if digit > 9 {
        return Err(DecodeError::InvalidZonedByte { offset: last, byte });
    }
    let negative = match (encoding, byte >> 4, signed) {
        (Encoding::Ebcdic, 0xF, _) => false,
        (Encoding::Ebcdic, 0xC, true) => false,
        (Encoding::Ebcdic, 0xD, true) => true,
        (Encoding::Ascii, ASCII_DIGIT_ZONE, _) => false,
        (Encoding::Ascii, ASCII_NEGATIVE_ZONE, true) => true,
        _ => return Err(DecodeError::InvalidZonedSign { offset: last, byte }),
    };
    value = value * 10 + i64::from(digit);
    Ok(if negative { -value } else { value })
}

/// Writes `value` as a zoned field of `out.len()` digits (the inverse of [`decode_zoned`]); used
/// to build test and benchmark data. Signed fields get a `C`/`D` (EBCDIC) or `3`/`7` (ASCII) sign
/// zone, unsigned ones `F` or `3`. Panics if the value does not fit, which is a caller bug.
pub fn encode_zoned(value: i64, encoding: Encoding, signed: bool, out: &mut [u8]) {
    assert!(
        signed || value >= 0,
        "negative value {value} for an unsigned field"
    );
    let (digit_zone, positive_sign, negative_sign) = match encoding {
        Encoding::Ebcdic => (EBCDIC_DIGIT_ZONE, if signed { 0xC } else { 0xF }, 0xD),
        Encoding::Ascii => (ASCII_DIGIT_ZONE, ASCII_DIGIT_ZONE, ASCII_NEGATIVE_ZONE),
    };
    let mut rest = value.unsigned_abs();
    for slot in out.iter_mut().rev() {
        *slot = (digit_zone << 4) | (rest % 10) as u8;
        rest /= 10;
    }
    assert!(rest == 0, "{value} does not fit in {} digits", out.len());
    let last = out.len() - 1;
    let sign = if value < 0 {
        negative_sign
    } else {
        positive_sign
    };
    out[last] = (sign << 4) | (out[last] & 0x0F);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ebcdic_signs_in_the_last_zone() {
        assert_eq!(
            decode_zoned(&[0xF1, 0xF2, 0xC3], Encoding::Ebcdic, true),
            Ok(123)
        );
        assert_eq!(
            decode_zoned(&[0xF1, 0xF2, 0xD3], Encoding::Ebcdic, true),
            Ok(-123)
        );
        assert_eq!(
            decode_zoned(&[0xF1, 0xF2, 0xF3], Encoding::Ebcdic, true),
            Ok(123)
        );
        assert_eq!(
            decode_zoned(&[0xF0, 0xF0, 0xF7], Encoding::Ebcdic, false),
            Ok(7)
        );
    }

    #[test]
    fn ascii_negative_zone_is_7() {
        assert_eq!(decode_zoned(b"0042", Encoding::Ascii, true), Ok(42));
        assert_eq!(decode_zoned(b"004r", Encoding::Ascii, true), Ok(-42)); // 'r' = 0x72
        assert_eq!(decode_zoned(b"9", Encoding::Ascii, false), Ok(9));
    }

    #[test]
    fn eighteen_digits_fit_and_nineteen_are_refused() {
        let max = [0xF9; 18];
        assert_eq!(
            decode_zoned(&max, Encoding::Ebcdic, false),
            Ok(999_999_999_999_999_999)
        );
        assert_eq!(
            decode_zoned(&[0xF9; 19], Encoding::Ebcdic, false),
            Err(DecodeError::BadDigitCount { digits: 19 })
        );
        assert_eq!(
            decode_zoned(&[], Encoding::Ebcdic, false),
            Err(DecodeError::BadDigitCount { digits: 0 })
        );
    }

    #[test]
    fn wrong_zone_or_digit_is_an_error_with_its_offset() {
        // An ASCII digit inside an EBCDIC field.
        assert_eq!(
            decode_zoned(&[0xF1, 0x32, 0xC3], Encoding::Ebcdic, true),
            Err(DecodeError::InvalidZonedByte {
                offset: 1,
                byte: 0x32
            })
        );
        // Digit nibble A.
        assert_eq!(
            decode_zoned(&[0xFA, 0xC3], Encoding::Ebcdic, true),
            Err(DecodeError::InvalidZonedByte {
                offset: 0,
                byte: 0xFA
            })
        );
        assert_eq!(
            decode_zoned(&[0xF1, 0xCB], Encoding::Ebcdic, true),
            Err(DecodeError::InvalidZonedByte {
                offset: 1,
                byte: 0xCB
            })
        );
        // A sign zone in the middle of the field.
        assert_eq!(
            decode_zoned(&[0xD1, 0xC3], Encoding::Ebcdic, true),
            Err(DecodeError::InvalidZonedByte {
                offset: 0,
                byte: 0xD1
            })
        );
    }

    #[test]
    fn unknown_or_misplaced_sign_zone_is_an_error() {
        assert_eq!(
            decode_zoned(&[0xF1, 0xA3], Encoding::Ebcdic, true),
            Err(DecodeError::InvalidZonedSign {
                offset: 1,
                byte: 0xA3
            })
        );
        // A negative sign on an unsigned field.
        assert_eq!(
            decode_zoned(&[0xF1, 0xD3], Encoding::Ebcdic, false),
            Err(DecodeError::InvalidZonedSign {
                offset: 1,
                byte: 0xD3
            })
        );
        assert_eq!(
            decode_zoned(b"1r", Encoding::Ascii, false),
            Err(DecodeError::InvalidZonedSign {
                offset: 1,
                byte: b'r'
            })
        );
    }

    #[test]
    fn encode_then_decode_round_trips() {
        for encoding in [Encoding::Ebcdic, Encoding::Ascii] {
            for value in [
                0i64,
                1,
                -1,
                42,
                -999_999,
                123_456_789_012_345_678,
                -123_456_789_012_345_678,
            ] {
                let mut field = [0u8; 18];
                encode_zoned(value, encoding, true, &mut field);
                assert_eq!(
                    decode_zoned(&field, encoding, true),
                    Ok(value),
                    "{encoding:?} {value}"
                );
            }
        }
        let mut field = [0u8; 4];
        encode_zoned(-12, Encoding::Ebcdic, true, &mut field);
        assert_eq!(field, [0xF0, 0xF0, 0xF1, 0xD2]);
        encode_zoned(12, Encoding::Ebcdic, false, &mut field);
        assert_eq!(field, [0xF0, 0xF0, 0xF1, 0xF2]);
    }
}
