//! Decoders for COBOL numeric fields, used as the benchmark subject of copybook-bench-action.
//!
//! * [`zoned`]: zoned decimal, `PIC S9(n)` with `USAGE DISPLAY` — one digit per byte, the sign in
//!   the zone (high nibble) of the last byte. Both EBCDIC and ASCII zones are supported, see
//!   [`Encoding`].
//! * [`packed`]: packed decimal, `PIC S9(n) COMP-3` — two digits per byte, the sign in the last
//!   nibble (`C` or `F` positive, `D` negative). Any other nibble is an error.
//! * [`copybook`]: a tiny copybook parser (levels, names, `PIC`, `COMP-3`) that turns copybook
//!   text into a fixed-length record [`copybook::Layout`].
//! * [`record`]: decoding whole records, from a slice or streamed from a reader.
//!
//! Values are returned as unscaled `i64` (at most 18 digits); the field's scale (digits after
//! `V`) comes from the layout, so `PIC S9(3)V99` holding `-123.45` decodes to `-12345`.

pub mod copybook;
pub mod packed;
pub mod record;
pub mod zoned;

use std::fmt;

/// The most digits a field may have: 18 decimal digits always fit in an `i64`.
pub const MAX_DIGITS: usize = 18;

/// Which character set a DISPLAY field is written in; it decides the zone nibbles.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// IBM mainframe: digits are `0xF0..=0xF9`; the last byte's zone is `C` (+), `D` (-) or
    /// `F` (unsigned, read as +).
    Ebcdic,
    /// ASCII as written by IBM and Micro Focus compilers on ASCII machines: digits are
    /// `0x30..=0x39`; a negative value has zone `7` on its last byte (`0x70..=0x79`, `p`..`y`).
    Ascii,
}

/// Why a field could not be decoded. Offsets are byte offsets within the field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The field is not as long as its picture says.
    BadLength { expected: usize, found: usize },
    /// No digits, or more than [`MAX_DIGITS`].
    BadDigitCount { digits: usize },
    /// A zoned byte whose zone or digit nibble is not valid for the encoding.
    InvalidZonedByte { offset: usize, byte: u8 },
    /// The zone that carries the sign of a zoned field is not a sign the encoding knows,
    /// or is negative on an unsigned field.
    InvalidZonedSign { offset: usize, byte: u8 },
    /// A packed digit nibble above 9, or a non-zero pad nibble (even digit counts).
    InvalidNibble { offset: usize, nibble: u8 },
    /// A packed sign nibble other than `C`, `D` or `F`, or `D` on an unsigned field.
    InvalidSignNibble { nibble: u8 },
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeError::BadLength { expected, found } => {
                write!(
                    f,
                    "field is {found} bytes long, its picture needs {expected}"
                )
            }
            DecodeError::BadDigitCount { digits } => {
                write!(f, "{digits} digits: a field holds 1 to {MAX_DIGITS} digits")
            }
            DecodeError::InvalidZonedByte { offset, byte } => {
                write!(
                    f,
                    "byte 0x{byte:02X} at offset {offset} is not a zoned digit"
                )
            }
            DecodeError::InvalidZonedSign { offset, byte } => {
                write!(
                    f,
                    "byte 0x{byte:02X} at offset {offset} has no valid sign zone"
                )
            }
            DecodeError::InvalidNibble { offset, nibble } => {
                write!(
                    f,
                    "nibble 0x{nibble:X} in byte {offset} is not a packed digit"
                )
            }
            DecodeError::InvalidSignNibble { nibble } => {
                write!(
                    f,
                    "sign nibble 0x{nibble:X} is not C, D or F (or D on an unsigned field)"
                )
            }
        }
    }
}

impl std::error::Error for DecodeError {}
