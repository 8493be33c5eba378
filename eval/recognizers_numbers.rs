//! Scores crosscheck against the Recognizers-Text numbers specifications.
fn main() {}
