//! Embeds every Fluent file under `locales/` into the binary, so the CLI and
//! the library need no files at run time and every helper module can add its
//! own `.ftl` file without touching a list.
use std::{env, fs, path::Path};

fn main() {
    // Read at run time, not baked in with env!(): a target directory copied
    // from another checkout would otherwise embed that checkout's files.
    let manifest = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let root = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut langs: Vec<_> = fs::read_dir(&root)
        .expect("locales/ exists")
        .map(|e| e.expect("readable locales/").path())
        .filter(|p| p.is_dir())
        .collect();
    langs.sort();
    let mut out = String::from(
        "/// (language, file name, Fluent source) for every file under `locales/`.\npub(crate) static LOCALE_FILES: &[(&str, &str, &str)] = &[\n",
    );
    for lang in langs {
        println!("cargo:rerun-if-changed={}", lang.display());
        let mut files: Vec<_> = fs::read_dir(&lang)
            .expect("readable locale folder")
            .map(|e| e.expect("readable locale file").path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        let code = lang.file_name().unwrap().to_string_lossy().into_owned();
        for f in files {
            println!("cargo:rerun-if-changed={}", f.display());
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            out.push_str(&format!(
                "    ({code:?}, {name:?}, include_str!({:?})),\n",
                f.display().to_string()
            ));
        }
    }
    out.push_str("];\n");
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("locales.rs");
    fs::write(dest, out).expect("write locales.rs");
}
