//! No [[bench]] entry names this file, so cargo builds it with libtest's harness (as copybook-rs's
//! older bench files are): a plain `cargo bench` runs it, and it refuses criterion's flags.

#[test]
fn encoded_records_decode_again() {
    use copybook_core::{parse_copybook, DISPLAY_HEAVY};
    let layout = parse_copybook(DISPLAY_HEAVY).expect("parses");
    let data = copybook_bench::generate_records(&layout, 3, 1);
    assert_eq!(copybook_codec::decode_all(&layout, &data).expect("decodes").0, 3);
}
