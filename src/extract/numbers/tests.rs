use super::*;

fn one(text: &str) -> NumberMatch {
    let v = find_numbers(text);
    let counts: Vec<_> = v
        .into_iter()
        .filter(|m| matches!(m.form, NumberForm::Cardinal | NumberForm::Ordinal))
        .collect();
    assert_eq!(counts.len(), 1, "{text:?}: {counts:?}");
    counts.into_iter().next().unwrap()
}

fn span<'a>(text: &'a str, m: &NumberMatch) -> &'a str {
    &text[m.start..m.end]
}

#[test]
fn smoke() {
    let t = "The attack killed at least 15 people.";
    let m = one(t);
    assert_eq!(span(t, &m), "at least 15 people");
}
