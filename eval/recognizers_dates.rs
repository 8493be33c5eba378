//! Scores crosscheck against the Recognizers-Text dates specifications.
fn main() {}
