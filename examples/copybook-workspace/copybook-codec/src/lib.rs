//! Decoding (and, for test data, encoding) of EBCDIC zoned and packed decimal fields, and of whole
//! fixed-length records laid out by `copybook-core`.

use std::fmt;

use copybook_core::{Kind, Layout};

/// Why a field could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The data ends inside a record.
    PartialRecord { found: usize, expected: usize },
    /// A byte that is neither a digit nor a sign where one is expected.
    BadByte { field: String, byte: u8 },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::PartialRecord { found, expected } => {
                write!(f, "{found} bytes left, a record needs {expected}")
            }
            DecodeError::BadByte { field, byte } => {
                write!(f, "field {field}: byte 0x{byte:02X} is not valid here")
            }
        }
    }
}

impl std::error::Error for DecodeError {}

/// Zoned decimal: digits `F0..F9`; the last byte's zone is `C` or `F` (+) or `D` (-).
pub fn decode_zoned(bytes: &[u8], signed: bool) -> Option<i64> {
    let (last, head) = bytes.split_last()?;
    let mut value: i64 = 0;
    for &byte in head {
        if byte >> 4 != 0xF || byte & 0x0F > 9 {
            return None;
        }
        value = value * 10 + i64::from(byte & 0x0F);
    }
    let digit = last & 0x0F;
    if digit > 9 {
        return None;
    }
    value = value * 10 + i64::from(digit);
    match last >> 4 {
        0xF | 0xC => Some(value),
        0xD if signed => Some(-value),
        _ => None,
    }
}

/// Packed decimal: two digits a byte, the last nibble the sign (`C`/`F` +, `D` -).
pub fn decode_packed(bytes: &[u8], signed: bool) -> Option<i64> {
    let (last, head) = bytes.split_last()?;
    let mut value: i64 = 0;
    for &byte in head {
        let (high, low) = (byte >> 4, byte & 0x0F);
        if high > 9 || low > 9 {
            return None;
        }
        value = value * 100 + i64::from(high * 10 + low);
    }
    let high = last >> 4;
    if high > 9 {
        return None;
    }
    value = value * 10 + i64::from(high);
    match last & 0x0F {
        0xF | 0xC => Some(value),
        0xD if signed => Some(-value),
        _ => None,
    }
}

/// Writes `value` as a zoned field of `len` digits (the low digits of its magnitude).
pub fn encode_zoned(value: i64, len: usize, out: &mut Vec<u8>) {
    let mut digits = value.unsigned_abs();
    let start = out.len();
    out.resize(start + len, 0xF0);
    for byte in out[start..].iter_mut().rev() {
        *byte = 0xF0 | (digits % 10) as u8;
        digits /= 10;
    }
    if value < 0 {
        out[start + len - 1] &= 0xDF; // zone D
    }
}

/// Writes `value` as a packed field of `len` bytes (the low digits of its magnitude).
pub fn encode_packed(value: i64, len: usize, out: &mut Vec<u8>) {
    let mut digits = value.unsigned_abs();
    let start = out.len();
    out.resize(start + len, 0);
    let sign = if value < 0 { 0x0D } else { 0x0C };
    let mut nibbles = (0..len * 2 - 1).map(|_| {
        let d = (digits % 10) as u8;
        digits /= 10;
        d
    });
    for (i, byte) in out[start..].iter_mut().rev().enumerate() {
        let low = if i == 0 { sign } else { nibbles.next().unwrap_or(0) };
        *byte = low | (nibbles.next().unwrap_or(0) << 4);
    }
}

/// Decodes every record of `data`, returning how many there were and a wrapping sum of every
/// numeric value, so that a benchmark's result depends on all of the work.
pub fn decode_all(layout: &Layout, data: &[u8]) -> Result<(usize, i64), DecodeError> {
    if data.len() % layout.record_len != 0 {
        return Err(DecodeError::PartialRecord {
            found: data.len() % layout.record_len,
            expected: layout.record_len,
        });
    }
    let mut sum: i64 = 0;
    for record in data.chunks_exact(layout.record_len) {
        for field in &layout.fields {
            let bytes = &record[field.offset..field.offset + field.len];
            let value = match field.kind {
                Kind::Text => continue,
                Kind::Zoned { signed, .. } => decode_zoned(bytes, signed),
                Kind::Packed { signed, .. } => decode_packed(bytes, signed),
            };
            let value = value.ok_or_else(|| DecodeError::BadByte {
                field: field.name.clone(),
                byte: bytes[bytes.len() - 1],
            })?;
            sum = sum.wrapping_add(value);
        }
    }
    Ok((data.len() / layout.record_len, sum))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_zoned_and_packed() {
        let mut out = Vec::new();
        encode_zoned(-1234, 5, &mut out);
        assert_eq!(out, [0xF0, 0xF1, 0xF2, 0xF3, 0xD4]);
        assert_eq!(decode_zoned(&out, true), Some(-1234));
        assert_eq!(decode_zoned(&out, false), None);

        out.clear();
        encode_packed(-12345, 3, &mut out);
        assert_eq!(out, [0x12, 0x34, 0x5D]);
        assert_eq!(decode_packed(&out, true), Some(-12345));
        assert_eq!(decode_packed(&[0x12, 0x3A], true), None);
    }
}
