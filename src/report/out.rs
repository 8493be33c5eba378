//! `check --out DIR`: the three report files, each written whole or not at
//! all.

use crate::model::Report;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::Path;

/// Creates `dir` if missing and writes `report.md`, `report.html` and
/// `report.json` into it. Each goes to a temporary file in `dir` first,
/// is synced, then renamed over the target, so a crash or a full disk
/// leaves either the old file or the new one, never half of one.
pub fn write_reports(dir: &Path, report: &Report) -> io::Result<()> {
    fs::create_dir_all(dir)?;
    // Render everything before touching the disk: nothing is written if a
    // printer were ever to panic.
    let files = [
        ("report.md", super::markdown::render(report)),
        ("report.html", super::html::render(report)),
        ("report.json", super::json::render(report)),
    ];
    for (name, body) in &files {
        write_atomic(dir, name, body.as_bytes())?;
    }
    // Make the renames themselves durable where the platform allows it.
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    // Same directory as the target, so the rename never crosses devices;
    // the pid keeps two concurrent runs from sharing a temp file.
    let tmp = dir.join(format!(".{name}.tmp-{}", std::process::id()));
    let result = (|| {
        let mut f = File::create(&tmp)?;
        f.write_all(bytes)?;
        f.flush()?;
        f.sync_all()?;
        drop(f);
        fs::rename(&tmp, dir.join(name))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::check_table::tests::sample;

    fn scratch(name: &str) -> std::path::PathBuf {
        let d = std::env::temp_dir().join(format!("crosscheck-out-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&d);
        d
    }

    fn listing(d: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn writes_three_files_and_no_temps() {
        let d = scratch("ok").join("nested");
        let r = sample();
        write_reports(&d, &r).unwrap();
        assert_eq!(listing(&d), ["report.html", "report.json", "report.md"]);
        assert_eq!(
            fs::read_to_string(d.join("report.json")).unwrap(),
            crate::report::json::render(&r)
        );
        // Overwriting works and stays byte-identical.
        write_reports(&d, &r).unwrap();
        assert_eq!(
            fs::read_to_string(d.join("report.md")).unwrap(),
            crate::report::markdown::render(&r)
        );
        let _ = fs::remove_dir_all(d.parent().unwrap());
    }

    #[test]
    fn failure_leaves_no_temp_file() {
        let d = scratch("fail");
        // A directory where report.html should go makes its rename fail.
        fs::create_dir_all(d.join("report.html").join("x")).unwrap();
        assert!(write_reports(&d, &sample()).is_err());
        assert_eq!(listing(&d), ["report.html", "report.md"]);
        let _ = fs::remove_dir_all(&d);
    }

    #[test]
    fn dir_that_is_a_file_is_an_error() {
        let d = scratch("file");
        fs::write(&d, "x").unwrap();
        assert!(write_reports(&d, &sample()).is_err());
        let _ = fs::remove_file(&d);
    }
}
