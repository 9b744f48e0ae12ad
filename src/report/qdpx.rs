//! REFI-QDA project export (`.qdpx`, QDA-XML 1.0) for NVivo, ATLAS.ti,
//! MAXQDA, QualCoder and others: a ZIP holding `project.qde`, valid against
//! the standard's `Project.xsd`, and one plain-text source per session.
//!
//! - Codes are the themes, nested as in the codebook.
//! - Each session is a `TextSource` whose text (`sources/<guid>.txt`) is its
//!   quotes joined by blank lines; each quote is a `PlainTextSelection`
//!   whose positions count characters (Unicode scalar values) of that text,
//!   coded with the quote's themes.
//! - Each participant code is a `Case` with its consent status as variables
//!   and references to the selections of its quotes.
//! - GUIDs are derived from record ids and a role, so the same vault always
//!   gives the same project, and no element is ever left empty.

use std::{collections::HashMap, fmt::Write as _, io::Write as _};

use sha2::{Digest, Sha256};

use super::{ExportError, escape_markup as esc};
use crate::{
    model::RecordId,
    synthesis::{Records, Synthesis, ThemeRecord},
};

/// A GUID for `id` in a role ("code", "source", ...), in the schema's form.
pub fn guid(role: &str, id: &RecordId) -> String {
    let d = Sha256::new()
        .chain_update(role.as_bytes())
        .chain_update(id.0)
        .finalize();
    let h = hex::encode(&d[..16]);
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

const PALETTE: [&str; 8] = [
    "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#17BECF",
];

/// One session's plain text and where each of its quotes sits in it.
pub struct SourceText {
    pub session: RecordId,
    pub text: String,
    /// (quote, start, end) in characters, end exclusive.
    pub spans: Vec<(RecordId, usize, usize)>,
}

/// The plain text of each session, in session order.
pub fn source_texts(records: &Records) -> Vec<SourceText> {
    records
        .sessions
        .iter()
        .map(|s| {
            let mut text = String::new();
            let mut at = 0;
            let mut spans = vec![];
            for q in records.quotes.iter().filter(|q| q.session == s.id) {
                if !text.is_empty() {
                    text.push_str("\n\n");
                    at += 2;
                }
                let n = q.text.chars().count();
                spans.push((q.id, at, at + n));
                text.push_str(&q.text);
                at += n;
            }
            SourceText {
                session: s.id,
                text,
                spans,
            }
        })
        .collect()
}

fn codes(xml: &mut String, themes: &[ThemeRecord], parent: Option<RecordId>, depth: usize) {
    for (i, t) in themes
        .iter()
        .enumerate()
        .filter(|(_, t)| t.parent == parent)
    {
        let pad = "  ".repeat(depth + 3);
        let name = esc(&format!("{} {}", t.code, t.label));
        let _ = write!(
            xml,
            "{pad}<Code guid=\"{}\" name=\"{name}\" isCodable=\"true\" color=\"{}\"",
            guid("code", &t.id),
            PALETTE[i % PALETTE.len()]
        );
        let has_children = depth < 16 && themes.iter().any(|c| c.parent == Some(t.id));
        if t.description.trim().is_empty() && !has_children {
            xml.push_str("/>\n");
            continue;
        }
        xml.push_str(">\n");
        if !t.description.trim().is_empty() {
            let _ = writeln!(
                xml,
                "{pad}  <Description>{}</Description>",
                esc(&t.description)
            );
        }
        if has_children {
            codes(xml, themes, Some(t.id), depth + 1);
        }
        let _ = writeln!(xml, "{pad}</Code>");
    }
}

/// The `project.qde` document.
pub fn project_xml(synthesis: &Synthesis, records: &Records, texts: &[SourceText]) -> String {
    let mut x = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        x,
        "<Project xmlns=\"urn:QDA-XML:project:1.0\" name=\"{}\" origin=\"Hearken {}\">",
        esc(&synthesis.title),
        env!("CARGO_PKG_VERSION")
    );
    let known: HashMap<RecordId, &ThemeRecord> = records.themes.iter().map(|t| (t.id, t)).collect();
    // Themes whose parent is not in the codebook are shown at the top level.
    let themes: Vec<ThemeRecord> = records
        .themes
        .iter()
        .map(|t| ThemeRecord {
            parent: t.parent.filter(|p| known.contains_key(p)),
            ..t.clone()
        })
        .collect();
    if !themes.is_empty() {
        x.push_str("  <CodeBook>\n    <Codes>\n");
        codes(&mut x, &themes, None, 0);
        x.push_str("    </Codes>\n  </CodeBook>\n");
    }
    let e = &synthesis.engagement;
    let (scopes_var, withdrawn_var) = (guid("var-scopes", e), guid("var-withdrawn", e));
    let (region_var, date_var) = (guid("var-region", e), guid("var-date", e));
    x.push_str("  <Variables>\n");
    for (g, name, kind) in [
        (&scopes_var, "consent scopes", "Text"),
        (&withdrawn_var, "consent withdrawn", "Boolean"),
        (&region_var, "region", "Text"),
        (&date_var, "session date", "Date"),
    ] {
        let _ = writeln!(
            x,
            "    <Variable guid=\"{g}\" name=\"{name}\" typeOfVariable=\"{kind}\"/>"
        );
    }
    x.push_str("  </Variables>\n");
    if !records.participants.is_empty() {
        x.push_str("  <Cases>\n");
        for p in &records.participants {
            let _ = writeln!(
                x,
                "    <Case guid=\"{}\" name=\"{}\">",
                guid("case", &p.id),
                esc(&format!("{} ({})", p.code, p.session.short()))
            );
            let _ = writeln!(
                x,
                "      <VariableValue><VariableRef targetGUID=\"{scopes_var}\"/><TextValue>{}</TextValue></VariableValue>",
                esc(&p.scopes.join(" "))
            );
            let _ = writeln!(
                x,
                "      <VariableValue><VariableRef targetGUID=\"{withdrawn_var}\"/><BooleanValue>{}</BooleanValue></VariableValue>",
                p.withdrawn
            );
            for q in records
                .quotes
                .iter()
                .filter(|q| q.session == p.session && q.speaker == p.code)
            {
                let _ = writeln!(
                    x,
                    "      <SelectionRef targetGUID=\"{}\"/>",
                    guid("selection", &q.id)
                );
            }
            x.push_str("    </Case>\n");
        }
        x.push_str("  </Cases>\n");
    }
    let sessions: HashMap<RecordId, _> = records.sessions.iter().map(|s| (s.id, s)).collect();
    let quotes: HashMap<RecordId, _> = records.quotes.iter().map(|q| (q.id, q)).collect();
    if !texts.is_empty() {
        x.push_str("  <Sources>\n");
        for t in texts {
            let s = sessions[&t.session];
            let g = guid("source", &t.session);
            let name = format!("{} {} {}", s.date, s.place, s.title);
            let _ = writeln!(
                x,
                "    <TextSource guid=\"{g}\" name=\"{}\" plainTextPath=\"internal://{g}.txt\">",
                esc(name.trim())
            );
            for (qid, start, end) in &t.spans {
                let q = quotes[qid];
                let _ = write!(
                    x,
                    "      <PlainTextSelection guid=\"{}\" name=\"{}\" startPosition=\"{start}\" endPosition=\"{end}\"",
                    guid("selection", qid),
                    esc(&format!("{} {}", q.speaker, qid.short()))
                );
                let themes: Vec<_> = q.themes.iter().filter(|t| known.contains_key(t)).collect();
                if themes.is_empty() {
                    x.push_str("/>\n");
                    continue;
                }
                x.push_str(">\n");
                for th in themes {
                    let mut coding = qid.0;
                    for (b, o) in coding.iter_mut().zip(th.0) {
                        *b ^= o;
                    }
                    let _ = writeln!(
                        x,
                        "        <Coding guid=\"{}\"><CodeRef targetGUID=\"{}\"/></Coding>",
                        guid("coding", &RecordId(coding)),
                        guid("code", th)
                    );
                }
                x.push_str("      </PlainTextSelection>\n");
            }
            let _ = writeln!(
                x,
                "      <VariableValue><VariableRef targetGUID=\"{region_var}\"/><TextValue>{}</TextValue></VariableValue>",
                esc(&s.region)
            );
            if crate::model::validate::date(&s.date).is_ok() {
                let _ = writeln!(
                    x,
                    "      <VariableValue><VariableRef targetGUID=\"{date_var}\"/><DateValue>{}</DateValue></VariableValue>",
                    esc(&s.date)
                );
            }
            x.push_str("    </TextSource>\n");
        }
        x.push_str("  </Sources>\n");
    }
    x.push_str("</Project>\n");
    x
}

/// The `.qdpx` archive bytes.
pub fn write(synthesis: &Synthesis, records: &Records) -> Result<Vec<u8>, ExportError> {
    use zip::write::SimpleFileOptions;
    let texts = source_texts(records);
    let xml = project_xml(synthesis, records, &texts);
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .last_modified_time(zip::DateTime::default());
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let arch = |_| ExportError::Archive;
    zip.start_file("project.qde", opts).map_err(arch)?;
    zip.write_all(xml.as_bytes()).map_err(ExportError::Write)?;
    for t in &texts {
        let name = format!("sources/{}.txt", guid("source", &t.session));
        zip.start_file(name, opts).map_err(arch)?;
        zip.write_all(t.text.as_bytes())
            .map_err(ExportError::Write)?;
    }
    Ok(zip.finish().map_err(arch)?.into_inner())
}
