//! Whole-batch tests over the fixtures in `tests/fixtures/ingest/`.

use super::*;

fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(rel)
}

fn split(items: impl Iterator<Item = Item>) -> (Vec<Article>, Vec<Problem>) {
    let (mut arts, mut probs) = (Vec::new(), Vec::new());
    for i in items {
        match i {
            Item::Article(a) => arts.push(*a),
            Item::Problem(p) => probs.push(p),
        }
    }
    (arts, probs)
}

fn by_id<'a>(arts: &'a [Article], id: &str) -> &'a Article {
    arts.iter()
        .find(|a| a.id == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

#[test]
fn directory_walk_reads_every_form_in_sorted_order() {
    let (arts, probs) = split(read_batch(&[fixture("ingest")]));
    let ids: Vec<&str> = arts.iter().map(|a| a.id.as_str()).collect();
    // Hidden files, notes.csv, sources.yaml, binary and empty files: absent.
    assert_eq!(
        ids,
        [
            "bad_sources/story",
            "jl-1",
            "jl-3",
            "date_line",
            "dateline",
            "front_matter",
            "latin1",
            "listed",
            "nothing",
            "page",
            "sub/nested"
        ]
    );
    let names: Vec<String> = probs
        .iter()
        .map(|p| {
            let file = Path::new(&p.path).file_name().unwrap().to_string_lossy();
            format!("{file}:{:?}:{:?}", p.line, p.level)
        })
        .collect();
    assert_eq!(
        names,
        [
            "sources.yaml:Some(4):Error",
            "batch.jsonl:Some(2):Warning",
            "binary.txt:None:Warning",
            "empty.txt:None:Warning",
            "latin1.txt:Some(1):Warning",
            "nothing.html:None:Warning",
        ]
    );
}

#[test]
fn plain_text_metadata_forms() {
    let (arts, _) = split(read_batch(&[fixture("ingest")]));
    let fm = by_id(&arts, "front_matter");
    // Front matter wins over sources.yaml's `Not This One`.
    assert_eq!(fm.source.as_deref(), Some("Riverside Gazette"));
    assert!(fm.text.starts_with("---\n"), "text is the whole file");
    assert!(fm.text[fm.body_start..].starts_with("The town council"));

    let dl = by_id(&arts, "date_line");
    assert_eq!(dl.published.unwrap().to_string(), "2025-04-02");
    assert!(dl.text[dl.body_start..].starts_with("Ferry services"));

    let d = by_id(&arts, "dateline");
    assert_eq!(d.dateline_place.as_deref(), Some("Port Alban"));
    assert_eq!(d.source.as_deref(), Some("Tidewater Press"));
    // Published comes from sources.yaml; the dateline day resolves against it.
    assert_eq!(d.dateline_date.unwrap().to_string(), "2025-03-30");
    assert!(d.text[d.body_start..].starts_with("Firefighters"));

    let l = by_id(&arts, "listed");
    assert_eq!(l.source.as_deref(), Some("Transit Weekly"));
    assert_eq!(l.published.unwrap().to_string(), "2025-05-05");
}

#[test]
fn jsonl_lines_carry_their_line_and_dates() {
    let (arts, probs) = split(read_batch(&[fixture("ingest/batch.jsonl")]));
    assert_eq!(arts.len(), 2);
    assert_eq!(arts[1].path_line, Some(3));
    assert_eq!(arts[1].published.unwrap().to_string(), "2025-02-11");
    assert_eq!(probs[0].line, Some(2));
    assert!(probs[0].message.starts_with("invalid JSON"), "{}", probs[0]);
}

#[test]
fn html_page_text_and_meta() {
    let (arts, probs) = split(read_batch(&[fixture("ingest/page.html")]));
    assert!(probs.is_empty(), "{probs:?}");
    let p = &arts[0];
    assert_eq!(p.id, "page");
    assert_eq!(p.source.as_deref(), Some("Lakeshore Daily"));
    assert_eq!(
        p.title.as_deref(),
        Some("Bridge reopens after four months of repairs")
    );
    assert_eq!(p.published.unwrap().to_string(), "2025-05-20");
    assert_eq!(
        p.url.as_deref(),
        Some("https://lakeshore.example/news/bridge-reopens")
    );
    assert!(p.text.contains("2.3 million euros"));
    assert!(p.text.contains("supports.\n\nThe city said"));
    for furniture in [
        "cookies",
        "Sport",
        "12 missing",
        "Leave a comment",
        "rights reserved",
    ] {
        assert!(
            !p.text.contains(furniture),
            "{furniture} leaked:\n{}",
            p.text
        );
    }
}

#[test]
fn a_file_given_directly_is_named_by_its_stem() {
    let (arts, _) = split(read_batch(&[fixture("ingest/sub/nested.txt")]));
    assert_eq!(arts[0].id, "nested");
}

#[test]
fn bad_input_is_reported_and_the_rest_still_read() {
    let paths = [
        fixture("ingest/missing.txt"),
        fixture("ingest/notes.csv"),
        fixture("ingest/bad_sources"),
    ];
    let (arts, probs) = split(read_batch(&paths));
    assert_eq!(probs[0].level, Level::Error);
    assert!(probs[0].message.contains("no such file"));
    assert_eq!(probs[1].level, Level::Warning);
    assert!(probs[1].message.contains("unsupported"));
    let yaml = &probs[2];
    assert_eq!(yaml.level, Level::Error);
    assert!(yaml.path.ends_with("sources.yaml"));
    assert!(yaml.line.is_some(), "{yaml}");
    assert!(!yaml.message.contains('\n'));
    // The story beside the broken sources.yaml is still read.
    assert_eq!(arts.len(), 1);
    assert_eq!(arts[0].id, "story");
    assert_eq!(arts[0].source, None);
}

#[test]
fn the_stream_is_send() {
    fn is_send<T: Send>(_: &T) {}
    is_send(&read_batch(&[fixture("ingest/batch.jsonl")]));
}

#[test]
fn example_corpus_reads_cleanly_with_full_metadata() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let (arts, probs) = split(read_batch(&[dir]));
    assert!(probs.is_empty(), "{probs:?}");
    assert_eq!(arts.len(), 14);
    for a in &arts {
        assert!(a.source.is_some() && a.published.is_some(), "{}", a.id);
        let words = a.text[a.body_start..].split_whitespace().count();
        assert!((120..=300).contains(&words), "{}: {words} words", a.id);
    }
    let html = by_id(&arts, "09-tariff-meridian-post");
    assert!(html.text.contains("additional 35% tariff"));
    for furniture in ["143 partners", "Oil jumps", "27 comments", "Opinion"] {
        assert!(!html.text.contains(furniture), "{furniture}");
    }
}
