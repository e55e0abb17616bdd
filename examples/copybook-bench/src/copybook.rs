//! A deliberately small copybook parser: level numbers, data names, `PIC`/`PICTURE` with `X`, `9`,
//! `S` and `V` (and `(n)` repeats), and `USAGE` `DISPLAY` or `COMP-3`/`PACKED-DECIMAL`.
//! Anything else (`OCCURS`, `REDEFINES`, `COMP`, edited pictures) is refused with the line number,
//! so a layout is never silently wrong. Lines whose first non-blank character is `*` are comments.

use std::fmt;

use crate::packed::packed_len;
use crate::MAX_DIGITS;

/// A copybook with a few fields of each kind; the `parse_copybook` bench parses it.
pub const SIMPLE_COPYBOOK: &str = "\
      * Customer master record.
       01  CUSTOMER-RECORD.
           05  CUST-ID            PIC 9(8).
           05  CUST-NAME          PIC X(30).
           05  CUST-BALANCE       PIC S9(9)V99 COMP-3.
           05  CUST-LIMIT         PIC S9(7)V99 USAGE IS PACKED-DECIMAL.
           05  CUST-ADDRESS.
               10  STREET         PIC X(40).
               10  ZIP-CODE       PIC 9(5).
           05  LAST-PAYMENT       PIC S9(7)V99.
           05  PAYMENT-COUNT      PIC 9(4) DISPLAY.
";

/// Eleven DISPLAY fields, 100 bytes a record: the `decode_display_heavy` benches.
pub const DISPLAY_HEAVY_COPYBOOK: &str = "\
       01  DISPLAY-RECORD.
           05  ACCOUNT-NO         PIC 9(12).
           05  OPEN-BALANCE       PIC S9(9)V99.
           05  CLOSE-BALANCE      PIC S9(9)V99.
           05  DEBITS             PIC S9(7)V99.
           05  CREDITS            PIC S9(7)V99.
           05  INTEREST-RATE      PIC S9V9(5).
           05  FEES               PIC S9(5)V99.
           05  TXN-COUNT          PIC 9(6).
           05  BRANCH             PIC 9(4).
           05  LIFETIME-VALUE     PIC S9(15)V999.
           05  REGION-CODE        PIC 9(7).
";

/// Twelve COMP-3 fields with odd and even digit counts, 64 bytes a record: the
/// `decode_comp3_heavy` benches.
pub const COMP3_HEAVY_COPYBOOK: &str = "\
       01  PACKED-RECORD.
           05  ACCOUNT-NO         PIC 9(11)       COMP-3.
           05  OPEN-BALANCE       PIC S9(9)V99    COMP-3.
           05  CLOSE-BALANCE      PIC S9(9)V99    COMP-3.
           05  DEBITS             PIC S9(7)V99    COMP-3.
           05  CREDITS            PIC S9(7)V99    COMP-3.
           05  INTEREST-RATE      PIC S9V9(5)     COMP-3.
           05  FEES               PIC S9(5)V99    COMP-3.
           05  TXN-COUNT          PIC 9(6)        COMP-3.
           05  BRANCH             PIC 9(4)        COMP-3.
           05  LIFETIME-VALUE     PIC S9(15)V999  COMP-3.
           05  RISK-SCORE         PIC S9(4)       COMP-3.
           05  YEAR-TO-DATE       PIC S9(12)V99   COMP-3.
";

/// How an elementary field is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FieldKind {
    /// `PIC X(n)`: text, not decoded.
    Alphanumeric,
    /// `PIC S9(n)V9(m)` with `USAGE DISPLAY` (the default).
    Zoned {
        digits: usize,
        scale: usize,
        signed: bool,
    },
    /// `PIC S9(n)V9(m) COMP-3`.
    Packed {
        digits: usize,
        scale: usize,
        signed: bool,
    },
}

/// One elementary item of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub level: u8,
    pub name: String,
    /// Byte offset in the record.
    pub offset: usize,
    /// Length in bytes.
    pub len: usize,
    pub kind: FieldKind,
}

/// A fixed-length record: its elementary fields in order (groups only name a range of them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub name: String,
    pub fields: Vec<Field>,
    pub record_len: usize,
}

/// A copybook line that the parser does not understand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// 1-based line number where the entry starts.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "copybook line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Parses copybook text into the layout of its one record (the first level-01 item).
pub fn parse_copybook(text: &str) -> Result<Layout, ParseError> {
    let mut layout = Layout {
        name: String::new(),
        fields: Vec::new(),
        record_len: 0,
    };
    let mut tokens: Vec<&str> = Vec::new();
    let mut entry_line = 0;
    for (index, line) in text.lines().enumerate() {
        let line_no = index + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('*') {
            continue;
        }
        for token in trimmed.split_whitespace() {
            if tokens.is_empty() {
                entry_line = line_no;
            }
            // An entry ends at a token that ends with a period.
            match token.strip_suffix('.') {
                Some(last) => {
                    if !last.is_empty() {
                        tokens.push(last);
                    }
                    add_entry(&mut layout, &tokens, entry_line)?;
                    tokens.clear();
                }
                None => tokens.push(token),
            }
        }
    }
    if !tokens.is_empty() {
        return Err(ParseError {
            line: entry_line,
            message: "entry does not end with a period".into(),
        });
    }
    if layout.name.is_empty() {
        return Err(ParseError {
            line: 1,
            message: "no 01 level record found".into(),
        });
    }
    Ok(layout)
}

fn add_entry(layout: &mut Layout, tokens: &[&str], line: usize) -> Result<(), ParseError> {
    let fail = |message: String| ParseError { line, message };
    let (level_token, rest) = tokens
        .split_first()
        .ok_or_else(|| fail("empty entry".into()))?;
    let level: u8 = level_token
        .parse()
        .ok()
        .filter(|level| (1..=49).contains(level))
        .ok_or_else(|| fail(format!("'{level_token}' is not a level number 01-49")))?;
    let (name, clauses) = rest
        .split_first()
        .ok_or_else(|| fail("level number without a data name".into()))?;

    let mut picture: Option<&str> = None;
    let mut packed = false;
    let mut i = 0;
    while i < clauses.len() {
        let clause = clauses[i].to_ascii_uppercase();
        i += 1;
        match clause.as_str() {
            "PIC" | "PICTURE" => {
                if matches!(clauses.get(i), Some(t) if t.eq_ignore_ascii_case("IS")) {
                    i += 1;
                }
                picture = Some(
                    clauses
                        .get(i)
                        .ok_or_else(|| fail(format!("{clause} without a picture")))?,
                );
                i += 1;
            }
            "USAGE" => {
                if matches!(clauses.get(i), Some(t) if t.eq_ignore_ascii_case("IS")) {
                    i += 1;
                }
            }
            "COMP-3" | "COMPUTATIONAL-3" | "PACKED-DECIMAL" => packed = true,
            "DISPLAY" => packed = false,
            other => return Err(fail(format!("unsupported clause '{other}' in {name}"))),
        }
    }

    if level == 1 {
        if !layout.name.is_empty() {
            return Err(fail(format!(
                "second 01 record {name}: one record per copybook"
            )));
        }
        layout.name = (*name).to_string();
    } else if layout.name.is_empty() {
        return Err(fail(format!("{name} comes before any 01 record")));
    }

    let Some(picture) = picture else {
        // A group item: its size is the sum of its children, which come next.
        if packed {
            return Err(fail(format!(
                "USAGE COMP-3 on group {name} is not supported"
            )));
        }
        return Ok(());
    };
    let kind =
        parse_picture(picture, packed).map_err(|message| fail(format!("{name}: {message}")))?;
    let len = match kind {
        FieldKind::Alphanumeric => {
            expand_count(picture).map_err(|message| fail(format!("{name}: {message}")))?
        }
        FieldKind::Zoned { digits, .. } => digits,
        FieldKind::Packed { digits, .. } => packed_len(digits),
    };
    layout.fields.push(Field {
        level,
        name: (*name).to_string(),
        offset: layout.record_len,
        len,
        kind,
    });
    layout.record_len += len;
    Ok(())
}

/// Reads `S9(7)V99` or `X(20)`-style pictures.
fn parse_picture(picture: &str, packed: bool) -> Result<FieldKind, String> {
    let upper = picture.to_ascii_uppercase();
    if upper.starts_with('X') {
        if packed {
            return Err(format!("COMP-3 needs a numeric picture, not {picture}"));
        }
        return Ok(FieldKind::Alphanumeric);
    }
    let (signed, body) = match upper.strip_prefix('S') {
        Some(body) => (true, body),
        None => (false, upper.as_str()),
    };
    let (int_part, frac_part) = match body.split_once('V') {
        Some((int_part, frac_part)) => (int_part, frac_part),
        None => (body, ""),
    };
    let int_digits = count_nines(int_part, picture)?;
    let scale = if frac_part.is_empty() {
        0
    } else {
        count_nines(frac_part, picture)?
    };
    let digits = int_digits + scale;
    if digits == 0 || digits > MAX_DIGITS {
        return Err(format!(
            "picture {picture} has {digits} digits; 1 to {MAX_DIGITS} are supported"
        ));
    }
    Ok(if packed {
        FieldKind::Packed {
            digits,
            scale,
            signed,
        }
    } else {
        FieldKind::Zoned {
            digits,
            scale,
            signed,
        }
    })
}

/// Counts the 9s in a run like `9(7)99`; anything but 9s and repeat counts is an error.
fn count_nines(part: &str, picture: &str) -> Result<usize, String> {
    if part.is_empty() || !part.starts_with('9') {
        return Err(format!("unsupported picture {picture}"));
    }
    let mut total = 0;
    let mut chars = part.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '9' {
            return Err(format!("unsupported picture {picture}"));
        }
        total += repeat_count(&mut chars, picture)?;
    }
    Ok(total)
}

/// Length of an `X`-only picture like `X(30)` or `XXX`.
fn expand_count(picture: &str) -> Result<usize, String> {
    let mut total = 0;
    let mut chars = picture.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.eq_ignore_ascii_case(&'X') {
            return Err(format!("unsupported picture {picture}"));
        }
        total += repeat_count(&mut chars, picture)?;
    }
    Ok(total)
}

/// After a picture symbol: `(n)` means n of it, nothing means one.
fn repeat_count(
    chars: &mut std::iter::Peekable<std::str::Chars<'_>>,
    picture: &str,
) -> Result<usize, String> {
    if chars.peek() != Some(&'(') {
        return Ok(1);
    }
    chars.next();
    let mut number = String::new();
    for c in chars.by_ref() {
        if c == ')' {
            return number
                .parse::<usize>()
                .ok()
                .filter(|n| *n > 0)
                .ok_or_else(|| format!("bad repeat count '({number})' in {picture}"));
        }
        number.push(c);
    }
    Err(format!("unclosed '(' in {picture}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn simple_copybook_offsets_and_kinds() {
        let layout = parse_copybook(SIMPLE_COPYBOOK).unwrap();
        assert_eq!(layout.name, "CUSTOMER-RECORD");
        let summary: Vec<(&str, usize, usize)> = layout
            .fields
            .iter()
            .map(|f| (f.name.as_str(), f.offset, f.len))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("CUST-ID", 0, 8),
                ("CUST-NAME", 8, 30),
                ("CUST-BALANCE", 38, 6),
                ("CUST-LIMIT", 44, 5),
                ("STREET", 49, 40),
                ("ZIP-CODE", 89, 5),
                ("LAST-PAYMENT", 94, 9),
                ("PAYMENT-COUNT", 103, 4),
            ]
        );
        assert_eq!(layout.record_len, 107);
        assert_eq!(
            layout.fields[2].kind,
            FieldKind::Packed {
                digits: 11,
                scale: 2,
                signed: true
            }
        );
        assert_eq!(
            layout.fields[6].kind,
            FieldKind::Zoned {
                digits: 9,
                scale: 2,
                signed: true
            }
        );
        assert_eq!(
            layout.fields[7].kind,
            FieldKind::Zoned {
                digits: 4,
                scale: 0,
                signed: false
            }
        );
    }

    #[test]
    fn bench_copybooks_have_the_documented_sizes() {
        assert_eq!(
            parse_copybook(DISPLAY_HEAVY_COPYBOOK).unwrap().record_len,
            100
        );
        let packed = parse_copybook(COMP3_HEAVY_COPYBOOK).unwrap();
        assert_eq!(packed.record_len, 64);
        assert!(packed
            .fields
            .iter()
            .all(|f| matches!(f.kind, FieldKind::Packed { .. })));
    }

    #[test]
    fn unsupported_things_name_their_line() {
        let err = parse_copybook("       01 R.\n          05 A PIC 9(3) OCCURS 3.\n").unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("OCCURS"), "{err}");

        let err = parse_copybook("01 R.\n05 A PIC 9(19).\n").unwrap_err();
        assert!(err.message.contains("19 digits"), "{err}");

        let err = parse_copybook("01 R.\n05 A PIC X(4) COMP-3.\n").unwrap_err();
        assert!(err.message.contains("numeric picture"), "{err}");

        let err = parse_copybook("01 R.\n05 A PIC 9(3)\n").unwrap_err();
        assert_eq!(
            err,
            ParseError {
                line: 2,
                message: "entry does not end with a period".into()
            }
        );

        let err = parse_copybook("05 A PIC 9.\n").unwrap_err();
        assert!(err.message.contains("before any 01"), "{err}");

        assert!(parse_copybook("01 R.\n05 A PIC 9(.\n").is_err());
        assert!(parse_copybook("01 R.\n05 A PIC Z9.\n").is_err());
    }
}
