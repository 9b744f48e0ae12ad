//! The round trip with QDA tools (docs/qda.md): Hearken's REFI-QDA export,
//! changed the way NVivo and QualCoder write projects, comes back as the
//! engagement's analysis coding; its own export changes nothing; consent
//! withdrawn since the export is never undone; bad files change nothing.
//! Fixtures are made by code from the demo's export.

use std::{collections::HashMap, io::Write as _};

use hearken::{
    Error,
    model::{Kind, RecordId},
    qda::{self, QdaError, read::read},
    report,
    synthesis::{Filters, Records, Synthesis},
    vault::Vault,
};

use crate::{
    export::{assert_schema_valid, unzip},
    support::*,
};

fn export(v: &Vault, e: RecordId) -> Vec<u8> {
    let s = Synthesis::compute(v, e, &Filters::default()).unwrap();
    let r = Records::collect(v, &s, false);
    report::qdpx::write(&s, &r).unwrap()
}

fn zip(files: &HashMap<String, Vec<u8>>) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut names: Vec<_> = files.keys().collect();
    names.sort();
    for n in names {
        z.start_file(n.as_str(), zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(&files[n]).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// The export with `project.qde` changed by `f`.
fn changed(bytes: &[u8], f: impl FnOnce(String) -> String) -> Vec<u8> {
    let mut files = unzip(bytes);
    let qde = String::from_utf8(files.remove("project.qde").unwrap()).unwrap();
    files.insert("project.qde".into(), f(qde).into_bytes());
    zip(&files)
}

fn analyses(v: &Vault) -> usize {
    v.records(Kind::Analysis).count()
}

const NEW_CODE: &str = "0a1b2c3d-0000-4000-8000-000000000001";
const NEW_CHILD: &str = "0a1b2c3d-0000-4000-8000-000000000002";

/// An attribute's value in the first start tag of `element` after `from`.
fn attr_after(xml: &str, from: usize, element: &str, name: &str) -> (usize, String) {
    let at = from + xml[from..].find(&format!("<{element} ")).unwrap();
    let tag = &xml[at..at + xml[at..].find('>').unwrap()];
    let key = format!(" {name}=\"");
    let v = tag.find(&key).unwrap() + key.len();
    (at, tag[v..v + tag[v..].find('"').unwrap()].to_owned())
}

#[test]
fn own_export_comes_back_as_nothing_changed() {
    let (_t, mut v, _) = TestVault::new();
    let demo = hearken::demo::load(&mut v).unwrap();
    let bytes = export(&v, demo.engagement);
    let done = v
        .import_analysis(demo.engagement, read(&bytes).unwrap())
        .unwrap();
    assert!(done.same_as_kit && !done.changed, "{done:?}");
    assert_eq!(done.mapped, done.codes);
    assert_eq!((done.not_held, done.not_allowed), (0, 0));
    assert_eq!(analyses(&v), 0, "nothing written");
}

#[test]
fn nvivo_style_changes_become_the_analysis_coding_and_the_same_file_again_changes_nothing() {
    let (_t, mut v, _) = TestVault::new();
    let demo = hearken::demo::load(&mut v).unwrap();
    let e = demo.engagement;
    let original = export(&v, e);
    let mut deleted = String::new();
    let bytes = changed(&original, |mut x| {
        // A leaf code deleted, with its codings.
        let mut from = 0;
        let (at, end, gone, name) = loop {
            let (at, g) = attr_after(&x, from, "Code", "guid");
            let tag_end = at + x[at..].find('>').unwrap() + 1;
            let end = if x[..tag_end].ends_with("/>") {
                Some(tag_end)
            } else {
                let close = tag_end + x[tag_end..].find("</Code>").unwrap();
                let inner = x[tag_end..].find("<Code ").map(|i| tag_end + i);
                inner
                    .is_none_or(|i| i > close)
                    .then_some(close + "</Code>".len())
            };
            if let Some(end) = end {
                break (at, end, g, attr_after(&x, at, "Code", "name").1);
            }
            from = tag_end;
        };
        x.replace_range(at..end, "");
        x = x
            .lines()
            .filter(|l| !l.contains(&format!("<CodeRef targetGUID=\"{gone}\"/>")))
            .collect::<Vec<_>>()
            .join("\n");
        deleted = name;
        // New codes, one nested, with a memo as its description.
        x = x.replacen(
            "<Codes>",
            &format!(
                "<Codes>\n<Code guid=\"{NEW_CODE}\" name=\"Distance to services\" isCodable=\"true\"><Description>Memo: raised in every rural dialogue</Description><Code guid=\"{NEW_CHILD}\" name=\"Transport costs\" isCodable=\"true\"/></Code>"
            ),
            1,
        );
        // A coding on an existing selection.
        x.replacen(
            "      </PlainTextSelection>",
            &format!(
                "        <Coding guid=\"0a1b2c3d-0000-4000-8000-000000000003\"><CodeRef targetGUID=\"{NEW_CHILD}\"/></Coding>\n      </PlainTextSelection>"
            ),
            1,
        )
    });
    assert_schema_valid(&bytes);
    let quotes = |v: &Vault| -> Vec<String> {
        v.records(Kind::Quote)
            .chain(v.records(Kind::Participant))
            .map(|(id, r)| format!("{id:?} {}", serde_json::to_string(r).unwrap()))
            .collect()
    };
    let before_quotes = quotes(&v);
    let done = v.import_analysis(e, read(&bytes).unwrap()).unwrap();
    assert!(done.changed && !done.same_as_kit, "{done:?}");
    assert!(
        quotes(&v) == before_quotes,
        "the round trip leaves every quote's text and every consent as they were"
    );
    assert_eq!(
        done.codes_added,
        ["Distance to services", "Transport costs"]
    );
    assert_eq!(done.codes_removed, [deleted.clone()]);
    assert_eq!(done.codings_added, 1);
    assert_eq!(done.mapped, done.codes - 2);
    assert_eq!(analyses(&v), 1);
    let (_, a) = v.analysis(e).unwrap();
    let book = qda::codebook(&v, a);
    let child = book.iter().find(|c| c.name == "Transport costs").unwrap();
    assert_eq!(
        (child.depth, child.quotes, child.theme.as_deref()),
        (1, 1, None)
    );
    let parent = book
        .iter()
        .find(|c| c.name == "Distance to services")
        .unwrap();
    assert_eq!(parent.description, "Memo: raised in every rural dialogue");
    assert!(book.iter().all(|c| c.name != deleted));

    // The synthesis can count with either codebook.
    let kit = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    let analysis = Synthesis::compute(
        &v,
        e,
        &Filters {
            analysis: true,
            ..Filters::default()
        },
    )
    .unwrap();
    let count =
        |s: &Synthesis, code: &str| s.themes.iter().find(|t| t.code == code).map(|t| t.quotes);
    assert_eq!(count(&kit, "Transport costs"), None);
    assert_eq!(count(&analysis, "Transport costs"), Some(1));
    assert_eq!(
        count(&analysis, "Distance to services"),
        Some(1),
        "a child's quote counts for its parent"
    );
    assert_eq!(analysis.themes.len(), kit.themes.len() + 1);
    // Quotes and their codes in exports follow the chosen codebook.
    let r = Records::collect(&v, &analysis, false);
    assert!(
        r.quotes
            .iter()
            .any(|q| q.codes.iter().any(|c| c == "Transport costs"))
    );

    // The same file again: nothing changes.
    let held = |v: &Vault| -> Vec<(RecordId, hearken::model::Record)> {
        v.records(Kind::Analysis)
            .map(|(id, r)| (id, r.clone()))
            .collect()
    };
    let before = held(&v);
    let again = v.import_analysis(e, read(&bytes).unwrap()).unwrap();
    assert!(!again.changed && !again.same_as_kit);
    assert!(held(&v) == before);

    // The original export now replaces the analysis coding as a whole.
    let back = v.import_analysis(e, read(&original).unwrap()).unwrap();
    assert!(back.changed);
    assert_eq!(
        back.codes_removed,
        ["Distance to services", "Transport costs"]
    );
    assert_eq!(back.codes_added, [deleted]);
    assert_eq!(analyses(&v), 1);
}

#[test]
fn qualcoder_style_new_guids_and_byte_order_marks_match_by_source_and_position() {
    let (_t, mut v, _) = TestVault::new();
    let demo = hearken::demo::load(&mut v).unwrap();
    let e = demo.engagement;
    let mut files = unzip(&export(&v, e));
    let mut qde = String::from_utf8(files.remove("project.qde").unwrap()).unwrap();
    // Every GUID new, as QualCoder writes on each export; sources renamed
    // after their new GUIDs and written with a byte-order mark.
    let mut guids = vec![];
    let mut from = 0;
    while let Some(i) = qde[from..].find("guid=\"") {
        let at = from + i + 6;
        guids.push(qde[at..at + 36].to_owned());
        from = at;
    }
    guids.sort();
    guids.dedup();
    for (n, g) in guids.iter().enumerate() {
        let new = format!("{n:08x}-1111-4111-8111-{n:012x}");
        qde = qde.replace(g.as_str(), &new);
        if let Some(text) = files.remove(&format!("sources/{g}.txt")) {
            let mut bom = "\u{feff}".as_bytes().to_vec();
            bom.extend(text);
            files.insert(format!("sources/{new}.txt"), bom);
        }
    }
    // One selection per coding, each with a GUID of its own, as QualCoder
    // writes them.
    let mut split = vec![];
    let mut open: Option<(String, Vec<String>)> = None;
    let mut fresh = 0u32;
    for line in qde.lines() {
        let t = line.trim_start();
        if t.starts_with("<PlainTextSelection ") && !t.ends_with("/>") {
            open = Some((line.to_owned(), vec![]));
        } else if let Some((head, inner)) = open.as_mut() {
            if t == "</PlainTextSelection>" {
                let codings: Vec<&String> =
                    inner.iter().filter(|l| l.contains("<Coding ")).collect();
                let others: Vec<&String> =
                    inner.iter().filter(|l| !l.contains("<Coding ")).collect();
                for c in codings {
                    fresh += 1;
                    let at = head.find("guid=\"").unwrap() + 6;
                    let mut h = head.clone();
                    h.replace_range(
                        at..at + 36,
                        &format!("{fresh:08x}-2222-4222-8222-{fresh:012x}"),
                    );
                    split.push(h);
                    split.extend(others.iter().map(|l| (*l).clone()));
                    split.push(c.clone());
                    split.push(line.to_owned());
                }
                open = None;
            } else {
                inner.push(line.to_owned());
            }
        } else {
            split.push(line.to_owned());
        }
    }
    assert!(fresh > 0);
    qde = split.join("\n");
    files.insert("project.qde".into(), qde.clone().into_bytes());
    let same = zip(&files);
    assert_schema_valid(&same);
    let done = v.import_analysis(e, read(&same).unwrap()).unwrap();
    assert!(
        !done.changed && done.same_as_kit,
        "codes matched by name, quotes by source name and position: {done:?}"
    );
    assert_eq!(done.mapped, done.codes);

    // One coding more on a selection QualCoder names anew.
    let (_, code) = attr_after(&qde, 0, "Code", "guid");
    qde = qde.replacen(
        "      </PlainTextSelection>",
        &format!(
            "        <Coding guid=\"0a1b2c3d-0000-4000-8000-00000000000f\"><CodeRef targetGUID=\"{code}\"/></Coding>\n      </PlainTextSelection>"
        ),
        1,
    );
    files.insert("project.qde".into(), qde.into_bytes());
    let more = v.import_analysis(e, read(&zip(&files)).unwrap()).unwrap();
    assert!(more.changed, "{more:?}");
    assert!(more.codings_added == 1 && more.codes_added.is_empty());
    assert_eq!(analyses(&v), 1);
}

#[test]
fn codings_on_quotes_withdrawn_since_the_export_are_reported_never_resurrected() {
    let (_t, mut v, _) = TestVault::new();
    let demo = hearken::demo::load(&mut v).unwrap();
    let e = demo.engagement;
    let s = Synthesis::compute(&v, e, &Filters::default()).unwrap();
    let r = Records::collect(&v, &s, false);
    let bytes = report::qdpx::write(&s, &r).unwrap();
    // A participant with quotes withdraws after the export.
    let p = r
        .participants
        .iter()
        .find(|p| {
            r.quotes
                .iter()
                .any(|q| q.session == p.session && q.speaker == p.code)
        })
        .unwrap();
    let theirs: Vec<RecordId> = r
        .quotes
        .iter()
        .filter(|q| q.session == p.session && q.speaker == p.code)
        .map(|q| q.id)
        .collect();
    v.withdraw_consent(p.id).unwrap();
    // The analysts coded everything in a new code.
    let bytes = changed(&bytes, |x| {
        let x = x.replacen(
            "<Codes>",
            &format!("<Codes>\n<Code guid=\"{NEW_CODE}\" name=\"Everything\" isCodable=\"true\"/>"),
            1,
        );
        x.replace(
            "      </PlainTextSelection>",
            &format!(
                "        <Coding guid=\"0a1b2c3d-0000-4000-8000-0000000000aa\"><CodeRef targetGUID=\"{NEW_CODE}\"/></Coding>\n      </PlainTextSelection>"
            ),
        )
    });
    let done = v.import_analysis(e, read(&bytes).unwrap()).unwrap();
    assert!(done.changed);
    assert!(
        done.not_held + done.not_allowed >= 1,
        "the withdrawn participant's coded quotes are reported: {done:?}"
    );
    let (_, a) = v.analysis(e).unwrap();
    assert!(a.codings.iter().all(|c| !theirs.contains(&c.quote)));
    assert!(!a.codings.is_empty());
}

/// What a refusal must be.
type Expect = fn(&QdaError) -> bool;

#[test]
fn bad_projects_are_refused_and_change_nothing() {
    let (_t, mut v, _) = TestVault::new();
    let demo = hearken::demo::load(&mut v).unwrap();
    let e = demo.engagement;
    let good = export(&v, e);
    let no_project = {
        let mut f = unzip(&good);
        f.remove("project.qde");
        zip(&f)
    };
    let missing_source = {
        let mut f = unzip(&good);
        let name = f
            .keys()
            .find(|k| k.starts_with("sources/"))
            .unwrap()
            .clone();
        f.remove(&name);
        zip(&f)
    };
    let huge = {
        let mut f = unzip(&good);
        f.insert("project.qde".into(), vec![b' '; 65 * 1024 * 1024]);
        zip(&f)
    };
    let deep = changed(&good, |x| {
        let open: String = (0..65)
            .map(|i| format!("<Code guid=\"0a1b2c3d-0000-4000-8000-{i:012x}\" name=\"level {i}\" isCodable=\"true\">"))
            .collect();
        x.replacen(
            "<Codes>",
            &format!("<Codes>{open}{}", "</Code>".repeat(65)),
            1,
        )
    });
    let crowded = changed(&good, |x| {
        let codes: String = (0..101)
            .map(|i| format!("<Code guid=\"0b1b2c3d-0000-4000-8000-{i:012x}\" name=\"c{i}\" isCodable=\"true\"/>"))
            .collect();
        let codings: String = (0..101)
            .map(|i| format!("<Coding guid=\"0c1b2c3d-0000-4000-8000-{i:012x}\"><CodeRef targetGUID=\"0b1b2c3d-0000-4000-8000-{i:012x}\"/></Coding>"))
            .collect();
        x.replacen("<Codes>", &format!("<Codes>{codes}"), 1)
            .replacen(
                "      </PlainTextSelection>",
                &format!("{codings}</PlainTextSelection>"),
                1,
            )
    });
    let attributes = changed(&good, |x| {
        let many: String = (0..65).map(|i| format!(" a{i}=\"1\"")).collect();
        x.replacen("<CodeBook>", &format!("<CodeBook{many}>"), 1)
    });
    let cases: Vec<(Vec<u8>, Expect)> = vec![
        (huge, |e| matches!(e, QdaError::TooLarge { .. })),
        (crowded, |e| {
            matches!(
                e,
                QdaError::TooMany {
                    what: "codes-per-selection",
                    ..
                }
            )
        }),
        (attributes, |e| matches!(e, QdaError::Xml { .. })),
        (
            deep,
            |e| matches!(e, QdaError::Schema { what, .. } if what == "Code (nested too deep)"),
        ),
        (
            changed(&good, |x| {
                let at = x.find("<Code guid=\"").unwrap();
                let name = at + x[at..].find(" name=\"").unwrap() + 7;
                let mut x = x.clone();
                x.insert_str(name, "&#155;31m");
                x
            }),
            |e| matches!(e, QdaError::Schema { what, .. } if what == "Code/@name"),
        ),
        (b"PK not really a zip".to_vec(), |e| *e == QdaError::NotZip),
        (no_project, |e| *e == QdaError::NoProject),
        (missing_source, |e| {
            matches!(e, QdaError::SourceMissing { .. })
        }),
        (
            changed(&good, |x| x.replacen(" isCodable=\"true\"", "", 1)),
            |e| matches!(e, QdaError::Schema { what, .. } if what == "Code/@isCodable"),
        ),
        (
            changed(&good, |x| {
                x.replacen("<Code guid=\"", "<Code guid=\"nope-", 1)
            }),
            |e| matches!(e, QdaError::Schema { what, .. } if what == "Code/@guid"),
        ),
        (
            changed(&good, |x| {
                let (at, end) = attr_after(&x, 0, "PlainTextSelection", "endPosition");
                let tag_end = at + x[at..].find('>').unwrap();
                let mut x = x.clone();
                let old = format!("endPosition=\"{end}\"");
                let i = at + x[at..tag_end].find(&old).unwrap();
                x.replace_range(i..i + old.len(), "endPosition=\"999999\"");
                x
            }),
            |e| matches!(e, QdaError::Outside { .. }),
        ),
        (
            changed(&good, |x| {
                x.replacen(
                    "<CodeRef targetGUID=\"",
                    "<CodeRef targetGUID=\"0a1b2c3d-0000-4000-8000-0000000000ee\"/><X a=\"",
                    1,
                )
            }),
            |e| matches!(e, QdaError::Schema { what, .. } if what == "CodeRef/@targetGUID"),
        ),
        (
            changed(&good, |x| {
                x.replacen(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
                    "<?xml version=\"1.0\"?><!DOCTYPE Project [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;\">]>",
                    1,
                )
            }),
            |e| matches!(e, QdaError::Xml { .. }),
        ),
        (
            changed(&good, |x| x.replace("urn:QDA-XML:project:1.0", "urn:other")),
            |e| matches!(e, QdaError::Schema { what, .. } if what == "Project"),
        ),
    ];
    for (i, (bytes, expected)) in cases.into_iter().enumerate() {
        match read(&bytes) {
            Err(e) => assert!(expected(&e), "case {i}: {e:?}"),
            Ok(p) => panic!(
                "case {i} was read: {:?}",
                v.import_analysis(e, p).map(|d| d.changed)
            ),
        }
        assert_eq!(analyses(&v), 0, "case {i}");
    }
    // ATLAS.ti names the project file after the project: the one .qde of
    // the archive is read.
    let renamed = {
        let mut f = unzip(&good);
        let qde = f.remove("project.qde").unwrap();
        f.insert("Voices for Rights.qde".into(), qde);
        zip(&f)
    };
    assert!(
        v.import_analysis(e, read(&renamed).unwrap())
            .unwrap()
            .same_as_kit
    );
    // GUIDs in braces, as the schema allows, are the same GUIDs.
    let braced = changed(&good, |x| {
        let (_, g) = attr_after(&x, 0, "Code", "guid");
        x.replace(
            &format!("\"{g}\""),
            &format!("\"{{{}}}\"", g.to_uppercase()),
        )
    });
    assert!(
        v.import_analysis(e, read(&braced).unwrap())
            .unwrap()
            .same_as_kit
    );
    // Codings none of which is a quote held here (another engagement's
    // project) are refused rather than emptying the analysis coding.
    let foreign = {
        let mut files = unzip(&good);
        let mut qde = String::from_utf8(files.remove("project.qde").unwrap()).unwrap();
        for (i, name) in ["PlainTextSelection", "TextSource"].iter().enumerate() {
            let mut from = 0;
            while let Some(at) = qde[from..].find(&format!("<{name} ")) {
                let at = from + at;
                let (_, g) = attr_after(&qde, at, name, "guid");
                let new = format!("0d1b2c3d-0000-4000-8{i:03}-{at:012x}");
                qde = qde.replace(&g, &new);
                if let Some(t) = files.remove(&format!("sources/{g}.txt")) {
                    files.insert(format!("sources/{new}.txt"), t);
                }
                from = at + 1;
            }
        }
        qde = qde.replace(" name=\"2", " name=\"elsewhere 2");
        files.insert("project.qde".into(), qde.into_bytes());
        zip(&files)
    };
    assert!(matches!(
        v.import_analysis(e, read(&foreign).unwrap()),
        Err(Error::Qda(QdaError::NothingMatched))
    ));
    assert_eq!(analyses(&v), 0);
    // A project file of the wrong engagement's vault is still only read:
    // an unknown engagement is refused before anything is written.
    assert!(matches!(
        v.import_analysis(RecordId::random(), read(&good).unwrap()),
        Err(Error::Record(_))
    ));
}

#[test]
fn the_cli_imports_a_project_and_refuses_a_bad_one_in_the_readers_language() {
    let c = crate::cli::Cli::init();
    c.ok(&["demo"]);
    let dir = c.dir.path();
    // No analysis coding yet: asking for it is refused.
    assert!(
        !c.run(&["synthesis", "--codebook", "analysis"])
            .status
            .success()
    );
    let out = dir.join("demo.qdpx");
    c.ok(&["report", "--format", "qdpx", "--out", out.to_str().unwrap()]);
    let said = c.ok(&["qda", "import", out.to_str().unwrap()]);
    assert!(said.contains("exactly as the kit's codebook"), "{said}");
    let bytes = std::fs::read(&out).unwrap();
    let coded = changed(&bytes, |x| {
        x.replacen(
            "<Codes>",
            &format!("<Codes>\n<Code guid=\"{NEW_CODE}\" name=\"Distance to services\" isCodable=\"true\"/>"),
            1,
        )
        .replacen(
            "      </PlainTextSelection>",
            &format!("        <Coding guid=\"0a1b2c3d-0000-4000-8000-0000000000bb\"><CodeRef targetGUID=\"{NEW_CODE}\"/></Coding>\n      </PlainTextSelection>"),
            1,
        )
    });
    let file = dir.join("coded.qdpx");
    std::fs::write(&file, coded).unwrap();
    let done = c.json(&["qda", "import", file.to_str().unwrap()]);
    assert_eq!(done["changed"], true);
    assert_eq!(done["codesAdded"][0], "Distance to services");
    let synthesis = c.json(&["synthesis", "--codebook", "analysis"]);
    assert!(
        synthesis["themes"]
            .as_array()
            .unwrap()
            .iter()
            .any(|t| t["code"] == "Distance to services")
    );
    let dash = dir.join("dash");
    c.ok(&[
        "dashboard",
        "--codebook",
        "analysis",
        "--out",
        dash.to_str().unwrap(),
    ]);
    assert!(
        std::fs::read_to_string(dash.join("fr/communities.html"))
            .unwrap()
            .contains("Distance to services")
    );
    let shown = c.json(&["qda", "show"]);
    assert!(
        shown
            .as_array()
            .unwrap()
            .iter()
            .any(|c| c["name"] == "Distance to services")
    );

    let before = c.snapshot();
    let bad = dir.join("bad.qdpx");
    std::fs::write(&bad, "not a zip").unwrap();
    let out = c.run(&["qda", "import", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a REFI-QDA project"));
    let ar = std::process::Command::new(env!("CARGO_BIN_EXE_hearken"))
        .arg("--lang=ar")
        .args(["qda", "import", bad.to_str().unwrap()])
        .env("HEARKEN_VAULT", &c.vault)
        .env("HEARKEN_PASSPHRASE_FILE", &c.pass_file)
        .env_remove("HEARKEN_DATA_DIR")
        .output()
        .unwrap();
    assert!(!ar.status.success());
    assert!(String::from_utf8_lossy(&ar.stderr).contains("ليس مشروع REFI-QDA"));
    assert_eq!(c.snapshot(), before, "a refused import changes nothing");
}
