//! Test data for the benches: records generated from a layout with a fixed seed, so every run
//! measures the same bytes.

use copybook_codec::{encode_packed, encode_zoned};
use copybook_core::{Kind, Layout};

/// `count` records of `layout` with pseudo-random values (a fixed-seed xorshift), about half of
/// the signed ones negative.
pub fn generate_records(layout: &Layout, count: usize, seed: u64) -> Vec<u8> {
    let mut state = seed | 1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    let mut data = Vec::with_capacity(layout.record_len * count);
    for _ in 0..count {
        for field in &layout.fields {
            let random = next();
            match field.kind {
                Kind::Text => data.extend(std::iter::repeat(0x40).take(field.len)), // EBCDIC spaces
                Kind::Zoned { digits, signed } | Kind::Packed { digits, signed } => {
                    let magnitude = (random % 10u64.pow(digits as u32)) as i64;
                    let value = if signed && random >> 63 == 1 { -magnitude } else { magnitude };
                    if matches!(field.kind, Kind::Packed { .. }) {
                        encode_packed(value, field.len, &mut data);
                    } else {
                        encode_zoned(value, field.len, &mut data);
                    }
                }
            }
        }
    }
    data
}

#[cfg(test)]
mod tests {
    use super::*;
    use copybook_core::{parse_copybook, COMP3_HEAVY, DISPLAY_HEAVY};

    #[test]
    fn generated_records_decode() {
        for copybook in [DISPLAY_HEAVY, COMP3_HEAVY] {
            let layout = parse_copybook(copybook).unwrap();
            let data = generate_records(&layout, 10, 7);
            assert_eq!(copybook_codec::decode_all(&layout, &data).unwrap().0, 10);
        }
    }
}
