//! The `hearken` command line: a thin layer over the library. Each command
//! group lives in its own module; this file parses arguments and turns
//! library errors into one translated sentence and an exit code.
fn main() {}
