//! Prints the record sizes the benches decode, so a throughput can be read as records a second.

use copybook_core::{parse_copybook, COMP3_HEAVY, DISPLAY_HEAVY};

fn main() {
    for (name, copybook) in [("display_heavy", DISPLAY_HEAVY), ("comp3_heavy", COMP3_HEAVY)] {
        match parse_copybook(copybook) {
            Ok(layout) => println!(
                "{name}: {} fields, {} bytes a record",
                layout.fields.len(),
                layout.record_len
            ),
            Err(error) => {
                eprintln!("{name}: {error}");
                std::process::exit(1);
            }
        }
    }
}
