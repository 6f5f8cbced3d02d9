//! `pave bench --json` writes what `www/bench/results/schema.json` allows: the binary runs one
//! short program of the suite, and Ajv (the validator the bench page's loader is generated
//! from, `tools/bench-schema.mjs`) checks the file. A broken copy of the same file must be
//! refused, so the check is not vacuous. Needs `node` and the npm packages (`make setup`).

use std::path::{Path, PathBuf};
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("pave-bench-schema-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

/// Ajv's verdict on `file`: Ok, or its messages.
fn validate(file: &Path) -> Result<(), String> {
    let out = Command::new("node")
        .current_dir(root())
        .arg("tools/bench-schema.mjs")
        .arg("--validate")
        .arg(file)
        .output()
        .expect("node runs (the schema check needs Node and `npm ci`)");
    if out.status.success() {
        Ok(())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

#[test]
fn bench_json_validates_against_the_schema() {
    let file = scratch("gcd.json");
    let out = Command::new(env!("CARGO_BIN_EXE_pave"))
        .args([
            "bench",
            "--runs",
            "1",
            "--filter",
            "gcd",
            "--note",
            "a test run",
        ])
        .arg("--json")
        .arg(&file)
        .output()
        .expect("pave runs");
    assert!(
        out.status.success(),
        "pave bench failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = std::fs::read_to_string(&file).expect("pave bench wrote the file");
    if let Err(e) = validate(&file) {
        panic!("pave bench --json wrote a file the schema refuses:\n{e}\n{text}");
    }

    let doc: serde_json::Value = serde_json::from_str(&text).expect("JSON");
    assert_eq!(doc["format"], "pave-bench/1");
    assert_eq!(doc["engine"], "wasmtime");
    assert_eq!(doc["note"], "a test run");
    assert_eq!(doc["machine"]["arch"], std::env::consts::ARCH);
    assert_eq!(doc["machine"]["emulated"], false);
    assert_eq!(doc["pave_version"], env!("CARGO_PKG_VERSION"));
    let rows = doc["rows"].as_array().expect("rows");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0]["name"], "gcd");
    assert!(
        rows[0]["compiles"].as_u64().unwrap_or(0) >= 1,
        "tier 1 compiled nothing: {text}"
    );

    // The same file with a row's tier-1 time as a string, and without `machine`.
    let mut broken = doc.clone();
    broken["rows"][0]["tier1_ms"] = serde_json::json!("fast");
    let bad = scratch("broken-row.json");
    std::fs::write(&bad, broken.to_string()).expect("write");
    let message = validate(&bad).expect_err("a string time must be refused");
    assert!(message.contains("/rows/0/tier1_ms"), "{message}");

    let mut broken = doc;
    broken.as_object_mut().expect("an object").remove("machine");
    std::fs::write(&bad, broken.to_string()).expect("write");
    let message = validate(&bad).expect_err("a file without its machine must be refused");
    assert!(message.contains("machine"), "{message}");
    let _ = std::fs::remove_dir_all(file.parent().expect("scratch dir"));
}
