//! A small copybook parser: level numbers, data names, `PIC` with `X`, `9`, `S` and `V` (with `(n)`
//! repeats) and `COMP-3`. Group items (no `PIC`) only name a range; other clauses are refused with
//! the line number, so a layout is never silently wrong. Lines starting with `*` are comments.

use std::fmt;

/// The most digits a numeric field may have: 18 decimal digits always fit in an `i64`.
pub const MAX_DIGITS: usize = 18;

/// Ten DISPLAY fields, 82 bytes a record.
pub const DISPLAY_HEAVY: &str = "\
       01  DISPLAY-RECORD.
           05  ACCOUNT-NO      PIC 9(12).
           05  OPEN-BALANCE    PIC S9(9)V99.
           05  CLOSE-BALANCE   PIC S9(9)V99.
           05  DEBITS          PIC S9(7)V99.
           05  CREDITS         PIC S9(7)V99.
           05  FEES            PIC S9(5)V99.
           05  TXN-COUNT       PIC 9(6).
           05  BRANCH          PIC 9(4).
           05  REGION-CODE     PIC 9(7).
           05  RATE            PIC S9V9(5).
";

/// Ten COMP-3 fields with odd and even digit counts, 57 bytes a record.
pub const COMP3_HEAVY: &str = "\
      * Packed decimal amounts.
       01  PACKED-RECORD.
           05  ACCOUNT-NO      PIC 9(11)      COMP-3.
           05  OPEN-BALANCE    PIC S9(9)V99   COMP-3.
           05  CLOSE-BALANCE   PIC S9(9)V99   COMP-3.
           05  DEBITS          PIC S9(7)V99   COMP-3.
           05  CREDITS         PIC S9(7)V99   COMP-3.
           05  FEES            PIC S9(5)V99   COMP-3.
           05  TXN-COUNT       PIC 9(6)       COMP-3.
           05  BRANCH          PIC 9(4)       COMP-3.
           05  LIFETIME-VALUE  PIC S9(15)V999 COMP-3.
           05  YEAR-TO-DATE    PIC S9(12)V99  COMP-3.
";

/// How an elementary field is stored.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// `PIC X(n)`: text, not decoded.
    Text,
    /// `PIC S9(n)` in `DISPLAY`: one EBCDIC digit a byte, the sign in the last byte's zone.
    Zoned { digits: usize, signed: bool },
    /// `PIC S9(n) COMP-3`: two digits a byte, the sign in the last nibble.
    Packed { digits: usize, signed: bool },
}

/// One elementary item of a record.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Field {
    pub name: String,
    /// Byte offset in the record.
    pub offset: usize,
    pub len: usize,
    pub kind: Kind,
}

/// A fixed-length record: its elementary fields in order.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Layout {
    pub fields: Vec<Field>,
    pub record_len: usize,
}

/// A copybook line the parser does not understand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "copybook line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for ParseError {}

/// Parses copybook text into the layout of its record. Each entry sits on one line.
pub fn parse_copybook(text: &str) -> Result<Layout, ParseError> {
    let mut layout = Layout {
        fields: Vec::new(),
        record_len: 0,
    };
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        let entry = raw.trim();
        if entry.is_empty() || entry.starts_with('*') {
            continue;
        }
        let fail = |message: String| ParseError { line, message };
        let entry = entry
            .strip_suffix('.')
            .ok_or_else(|| fail("entry does not end with a period".into()))?;
        let tokens: Vec<&str> = entry.split_whitespace().collect();
        match tokens.as_slice() {
            [level, _name] if level.parse::<u8>().is_ok() => {} // a group item
            [level, name, pic, picture, usage @ ..]
                if level.parse::<u8>().is_ok() && pic.eq_ignore_ascii_case("PIC") =>
            {
                let packed = match usage {
                    [] => false,
                    [u] if u.eq_ignore_ascii_case("COMP-3") => true,
                    _ => return Err(fail(format!("unsupported clause '{}'", usage.join(" ")))),
                };
                let kind = picture_kind(picture, packed).map_err(fail)?;
                let len = match kind {
                    Kind::Text => picture_count(picture, 'X').map_err(fail)?,
                    Kind::Zoned { digits, .. } => digits,
                    Kind::Packed { digits, .. } => digits / 2 + 1,
                };
                layout.fields.push(Field {
                    name: (*name).to_string(),
                    offset: layout.record_len,
                    len,
                    kind,
                });
                layout.record_len += len;
            }
            _ => return Err(fail(format!("not a level, a name and a PIC: '{entry}'"))),
        }
    }
    if layout.fields.is_empty() {
        return Err(ParseError {
            line: 1,
            message: "no elementary fields".into(),
        });
    }
    Ok(layout)
}

fn picture_kind(picture: &str, packed: bool) -> Result<Kind, String> {
    let upper = picture.to_ascii_uppercase();
    if upper.starts_with('X') {
        if packed {
            return Err(format!("COMP-3 on the text picture '{picture}'"));
        }
        return Ok(Kind::Text);
    }
    let (signed, digits_part) = match upper.strip_prefix('S') {
        Some(rest) => (true, rest),
        None => (false, upper.as_str()),
    };
    // V marks the implied decimal point: it takes no storage.
    let digits = digits_part
        .split('V')
        .map(|part| picture_count(part, '9'))
        .sum::<Result<usize, String>>()?;
    if digits == 0 || digits > MAX_DIGITS {
        return Err(format!("'{picture}' has {digits} digits; 1 to {MAX_DIGITS} are accepted"));
    }
    Ok(if packed {
        Kind::Packed { digits, signed }
    } else {
        Kind::Zoned { digits, signed }
    })
}

/// How many `symbol`s a picture part holds: `999` is 3, `9(5)` is 5, `9(2)99` is 4.
fn picture_count(part: &str, symbol: char) -> Result<usize, String> {
    let mut count = 0;
    let mut rest = part;
    while let Some(c) = rest.chars().next() {
        if !c.eq_ignore_ascii_case(&symbol) {
            return Err(format!("unexpected '{c}' in picture '{part}'"));
        }
        rest = &rest[1..];
        match rest.strip_prefix('(') {
            Some(inner) => {
                let close = inner
                    .find(')')
                    .ok_or_else(|| format!("unclosed '(' in picture '{part}'"))?;
                count += inner[..close]
                    .parse::<usize>()
                    .map_err(|_| format!("bad repeat in picture '{part}'"))?;
                rest = &inner[close + 1..];
            }
            None => count += 1,
        }
    }
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lays_out_the_bench_copybooks() {
        assert_eq!(parse_copybook(DISPLAY_HEAVY).unwrap().record_len, 82);
        let packed = parse_copybook(COMP3_HEAVY).unwrap();
        assert_eq!(packed.record_len, 57);
        assert_eq!(
            packed.fields[8].kind,
            Kind::Packed {
                digits: 18,
                signed: true
            }
        );
    }

    #[test]
    fn refuses_what_it_does_not_know() {
        let error = parse_copybook("01 R.\n 05 A PIC 9(4) COMP.\n").unwrap_err();
        assert_eq!(error.line, 2);
        assert!(parse_copybook("01 R.\n 05 A PIC 9(19).\n").is_err());
        assert!(parse_copybook("05 A PIC 9(4)\n").is_err());
    }
}
