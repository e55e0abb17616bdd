//! Decoding whole fixed-length records with a [`Layout`]: from a slice in one go
//! ([`decode_batch`]) or one record at a time from a reader ([`decode_stream`]).

use std::fmt;
use std::io::{self, Read};

use crate::copybook::{FieldKind, Layout};
use crate::packed::{decode_packed, encode_packed};
use crate::zoned::{decode_zoned, encode_zoned};
use crate::{DecodeError, Encoding};

/// Why a batch or stream of records could not be decoded. `record` is 0-based.
#[derive(Debug)]
pub enum RecordError {
    /// The data ended inside a record.
    PartialRecord {
        record: usize,
        found: usize,
        expected: usize,
    },
    /// A field could not be decoded.
    Field {
        record: usize,
        field: String,
        error: DecodeError,
    },
    /// Reading the stream failed.
    Io(io::Error),
}

impl fmt::Display for RecordError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordError::PartialRecord {
                record,
                found,
                expected,
            } => {
                write!(
                    f,
                    "record {record} has {found} bytes, the layout needs {expected}"
                )
            }
            RecordError::Field {
                record,
                field,
                error,
            } => write!(f, "record {record}, field {field}: {error}"),
            RecordError::Io(error) => write!(f, "reading records: {error}"),
        }
    }
}

impl std::error::Error for RecordError {}

/// What decoding a run of records produced: how many, and a wrapping sum of every numeric value
/// (so a benchmark has a result that depends on all of the work).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub records: usize,
    pub checksum: i64,
}

/// Decodes every numeric field of one record into `out` (cleared first), as unscaled values in
/// layout order. Alphanumeric fields are skipped. `record` is the index used in errors.
pub fn decode_record(
    layout: &Layout,
    bytes: &[u8],
    encoding: Encoding,
    record: usize,
    out: &mut Vec<i64>,
) -> Result<(), RecordError> {
    if bytes.len() != layout.record_len {
        return Err(RecordError::PartialRecord {
            record,
            found: bytes.len(),
            expected: layout.record_len,
        });
    }
    out.clear();
    for field in &layout.fields {
        let data = &bytes[field.offset..field.offset + field.len];
        let value = match field.kind {
            FieldKind::Alphanumeric => continue,
            FieldKind::Zoned { signed, .. } => decode_zoned(data, encoding, signed),
            FieldKind::Packed { digits, signed, .. } => decode_packed(data, digits, signed),
        };
        match value {
            Ok(value) => out.push(value),
            Err(error) => {
                return Err(RecordError::Field {
                    record,
                    field: field.name.clone(),
                    error,
                })
            }
        }
    }
    Ok(())
}

/// Decodes a slice holding whole records back to back.
pub fn decode_batch(
    layout: &Layout,
    data: &[u8],
    encoding: Encoding,
) -> Result<Summary, RecordError> {
    let mut values = Vec::with_capacity(layout.fields.len());
    let mut summary = Summary::default();
    for (record, bytes) in data.chunks(layout.record_len.max(1)).enumerate() {
        decode_record(layout, bytes, encoding, record, &mut values)?;
        summary.records += 1;
        summary.checksum = values
            .iter()
            .fold(summary.checksum, |sum, v| sum.wrapping_add(*v));
    }
    Ok(summary)
}

/// Decodes records from a reader one at a time through a single record buffer, as a streaming
/// processor would on a file too large to hold in memory.
pub fn decode_stream<R: Read>(
    layout: &Layout,
    mut reader: R,
    encoding: Encoding,
) -> Result<Summary, RecordError> {
    let mut buffer = vec![0u8; layout.record_len];
    let mut values = Vec::with_capacity(layout.fields.len());
    let mut summary = Summary::default();
    loop {
        let filled = fill(&mut reader, &mut buffer).map_err(RecordError::Io)?;
        if filled == 0 {
            return Ok(summary);
        }
        if filled < buffer.len() {
            return Err(RecordError::PartialRecord {
                record: summary.records,
                found: filled,
                expected: layout.record_len,
            });
        }
        decode_record(layout, &buffer, encoding, summary.records, &mut values)?;
        summary.records += 1;
        summary.checksum = values
            .iter()
            .fold(summary.checksum, |sum, v| sum.wrapping_add(*v));
    }
}

/// Reads until `buffer` is full or the reader ends; returns how many bytes arrived.
fn fill<R: Read>(reader: &mut R, buffer: &mut [u8]) -> io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        }
    }
    Ok(filled)
}

/// Builds `count` valid records for `layout` with deterministic pseudo-random values (the same
/// `seed` gives the same bytes), for tests and benchmarks. Text fields are spaces.
pub fn generate_records(layout: &Layout, encoding: Encoding, count: usize, seed: u64) -> Vec<u8> {
    let mut data = vec![0u8; layout.record_len * count];
    let mut state = seed | 1;
    let space = match encoding {
        Encoding::Ebcdic => 0x40,
        Encoding::Ascii => b' ',
    };
    for record in data.chunks_mut(layout.record_len.max(1)) {
        for field in &layout.fields {
            let out = &mut record[field.offset..field.offset + field.len];
            // xorshift64: cheap, deterministic, no dependency.
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            match field.kind {
                FieldKind::Alphanumeric => out.fill(space),
                FieldKind::Zoned { digits, signed, .. } => {
                    encode_zoned(sample_value(state, digits, signed), encoding, signed, out)
                }
                FieldKind::Packed { digits, signed, .. } => {
                    encode_packed(sample_value(state, digits, signed), digits, signed, out)
                }
            }
        }
    }
    data
}

fn sample_value(random: u64, digits: usize, signed: bool) -> i64 {
    let modulus = 10u64.pow(digits as u32);
    let magnitude = (random % modulus) as i64;
    if signed && random >> 63 == 1 {
        -magnitude
    } else {
        magnitude
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::copybook::{
        parse_copybook, COMP3_HEAVY_COPYBOOK, DISPLAY_HEAVY_COPYBOOK, SIMPLE_COPYBOOK,
    };

    #[test]
    fn a_hand_made_record_decodes_field_by_field() {
        let layout =
            parse_copybook("01 R.\n 05 A PIC S9(3). 05 T PIC X(2). 05 B PIC S9(4)V9 COMP-3.\n")
                .unwrap();
        assert_eq!(layout.record_len, 3 + 2 + 3);
        let record = [0xF1, 0xF2, 0xD3, 0x40, 0x40, 0x12, 0x34, 0x5C];
        let mut values = Vec::new();
        decode_record(&layout, &record, Encoding::Ebcdic, 0, &mut values).unwrap();
        assert_eq!(values, vec![-123, 12345]);
    }

    #[test]
    fn batch_and_stream_agree_on_generated_data() {
        for (copybook, encoding) in [
            (DISPLAY_HEAVY_COPYBOOK, Encoding::Ebcdic),
            (DISPLAY_HEAVY_COPYBOOK, Encoding::Ascii),
            (COMP3_HEAVY_COPYBOOK, Encoding::Ebcdic),
            (SIMPLE_COPYBOOK, Encoding::Ascii),
        ] {
            let layout = parse_copybook(copybook).unwrap();
            let data = generate_records(&layout, encoding, 50, 7);
            let batch = decode_batch(&layout, &data, encoding).unwrap();
            // A reader that hands out 7 bytes at a time crosses record boundaries.
            let stream = decode_stream(
                &layout,
                Chunked {
                    data: &data,
                    step: 7,
                },
                encoding,
            )
            .unwrap();
            assert_eq!(batch.records, 50);
            assert_eq!(batch, stream);
            assert_ne!(batch.checksum, 0);
        }
    }

    #[test]
    fn errors_name_the_record_and_field() {
        let layout = parse_copybook(COMP3_HEAVY_COPYBOOK).unwrap();
        let mut data = generate_records(&layout, Encoding::Ebcdic, 3, 1);
        // Corrupt the sign nibble of OPEN-BALANCE (bytes 6..12) in record 2.
        data[2 * 64 + 11] = (data[2 * 64 + 11] & 0xF0) | 0xA;
        match decode_batch(&layout, &data, Encoding::Ebcdic) {
            Err(RecordError::Field {
                record: 2,
                field,
                error: DecodeError::InvalidSignNibble { nibble: 0xA },
            }) => {
                assert_eq!(field, "OPEN-BALANCE")
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn a_truncated_stream_is_an_error() {
        let layout = parse_copybook(DISPLAY_HEAVY_COPYBOOK).unwrap();
        let data = generate_records(&layout, Encoding::Ebcdic, 2, 1);
        let cut = &data[..150];
        match decode_stream(&layout, cut, Encoding::Ebcdic) {
            Err(RecordError::PartialRecord {
                record: 1,
                found: 50,
                expected: 100,
            }) => {}
            other => panic!("unexpected {other:?}"),
        }
        assert!(matches!(
            decode_batch(&layout, cut, Encoding::Ebcdic),
            Err(RecordError::PartialRecord {
                record: 1,
                found: 50,
                expected: 100
            })
        ));
    }

    struct Chunked<'a> {
        data: &'a [u8],
        step: usize,
    }

    impl Read for Chunked<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.step.min(buf.len()).min(self.data.len());
            buf[..n].copy_from_slice(&self.data[..n]);
            self.data = &self.data[n..];
            Ok(n)
        }
    }
}
