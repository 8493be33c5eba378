//! Whole-CLI tests: every case is a `tests/cmd/*.toml` file with its expected
//! `.stdout` / `.stderr` beside it. Regenerate with
//! `TRYCMD=overwrite cargo test --test cli`, then read the diff.

#[test]
fn cli() {
    trycmd::TestCases::new()
        .default_bin_name("crosscheck")
        .env("NO_COLOR", "1")
        .env("COLUMNS", "80")
        .case("tests/cmd/*.toml");
}
