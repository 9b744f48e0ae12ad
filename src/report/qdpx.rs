//! REFI-QDA project export (`.qdpx`, QDA-XML 1.0) for NVivo, ATLAS.ti,
//! MAXQDA, QualCoder and others: a ZIP holding `project.qde`, valid against
//! the standard's `Project.xsd`, and one plain-text source per session.
//!
//! - Codes are the themes, nested as in the codebook.
//! - Each speaker of a session (a participant, or the group) is a
//!   `TextSource` whose text (`sources/<guid>.txt`) is their quotes joined
//!   by blank lines, with the speaker, region, date, language and consent as
//!   the source's variables; each quote is a `PlainTextSelection` whose
//!   positions count characters (Unicode scalar values) of that text, coded
//!   with the quote's themes, its translation as its description.
//! - Each participant code is a `Case` with its consent status, language and
//!   region as variables, and references to its source and to the selections
//!   of its quotes.
//! - The project's description says how it is laid out.
//! - GUIDs are derived from record ids and a role, so the same vault always
//!   gives the same project, and no element is ever left empty.

use std::{collections::HashMap, fmt::Write as _, io::Write as _};

use sha2::{Digest, Sha256};

use super::{ExportError, escape_markup as esc};
use crate::{
    model::RecordId,
    synthesis::{ParticipantRecord, QuoteRecord, Records, Synthesis, ThemeRecord},
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

/// A text with every line end a line feed: tools count a CR LF as one
/// character or two, and positions must agree in all of them.
pub fn lf(text: &str) -> std::borrow::Cow<'_, str> {
    if text.contains('\r') {
        std::borrow::Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

/// A theme's name as a code of the project: "code label", or the code alone
/// when the label adds nothing to it.
pub fn code_name(code: &str, label: &str) -> String {
    let label = label.trim();
    if label.is_empty() || code == label || code.ends_with(&format!("/ {label}")) {
        code.trim().to_owned()
    } else {
        format!("{code} {label}")
    }
}

/// Levels of nested codes in the export.
const MAX_DEPTH: usize = 16;

const PALETTE: [&str; 8] = [
    "#1F77B4", "#FF7F0E", "#2CA02C", "#D62728", "#9467BD", "#8C564B", "#E377C2", "#17BECF",
];

/// One source's plain text and where each of its quotes sits in it: the
/// quotes of one speaker (a participant, or the group) in one session.
pub struct SourceText {
    pub session: RecordId,
    /// The participant's code, or "group".
    pub speaker: String,
    /// The participant, when the speaker is one.
    pub participant: Option<RecordId>,
    /// Its GUID and name in the project.
    pub guid: String,
    pub name: String,
    pub text: String,
    /// (quote, start, end) in characters, end exclusive.
    pub spans: Vec<(RecordId, usize, usize)>,
}

/// The GUID of the source of a participant's quotes, or (None) of the
/// group's quotes in `session`.
pub fn source_guid(session: &RecordId, participant: Option<&RecordId>) -> String {
    match participant {
        Some(p) => guid("source", p),
        None => guid("source-group", session),
    }
}

/// The plain text of each source: per session (in session order), each
/// participant's quotes (in participant order), then the group's. A source
/// per speaker is what lets every tool link a participant to exactly their
/// words: QualCoder reads no case-to-selection link, but reads each
/// source's variables (the participant among them).
pub fn source_texts(records: &Records) -> Vec<SourceText> {
    // Participants and quotes by session, each in its order, so the work
    // grows with the records, not with sessions × records.
    let mut people: HashMap<RecordId, Vec<&ParticipantRecord>> = HashMap::new();
    for p in &records.participants {
        people.entry(p.session).or_default().push(p);
    }
    let mut said: HashMap<(RecordId, &str), Vec<&QuoteRecord>> = HashMap::new();
    for q in &records.quotes {
        said.entry((q.session, q.speaker.as_str()))
            .or_default()
            .push(q);
    }
    let mut out = vec![];
    for s in &records.sessions {
        let title = format!("{} {} {}", s.date, s.place, s.title);
        let mut speakers: Vec<(String, Option<RecordId>, String)> = people
            .get(&s.id)
            .into_iter()
            .flatten()
            .map(|p| (p.code.clone(), Some(p.id), source_guid(&s.id, Some(&p.id))))
            .collect();
        speakers.push(("group".to_owned(), None, source_guid(&s.id, None)));
        for (speaker, participant, g) in speakers {
            let mut text = String::new();
            let mut at = 0;
            let mut spans = vec![];
            for q in said.get(&(s.id, speaker.as_str())).into_iter().flatten() {
                if !text.is_empty() {
                    text.push_str("\n\n");
                    at += 2;
                }
                let quote = lf(&q.text);
                let n = quote.chars().count();
                spans.push((q.id, at, at + n));
                text.push_str(&quote);
                at += n;
            }
            if spans.is_empty() {
                continue;
            }
            out.push(SourceText {
                session: s.id,
                name: format!("{} · {speaker}", title.trim()),
                speaker,
                participant,
                guid: g,
                text,
                spans,
            });
        }
    }
    out
}

fn codes(xml: &mut String, themes: &[ThemeRecord], parent: Option<RecordId>, depth: usize) {
    for (i, t) in themes
        .iter()
        .enumerate()
        .filter(|(_, t)| t.parent == parent)
    {
        let pad = "  ".repeat(depth + 3);
        let name = esc(&code_name(&t.code, &t.label));
        let _ = write!(
            xml,
            "{pad}<Code guid=\"{}\" name=\"{name}\" isCodable=\"true\" color=\"{}\"",
            guid("code", &t.id),
            PALETTE[i % PALETTE.len()]
        );
        let has_children = depth < MAX_DEPTH && themes.iter().any(|c| c.parent == Some(t.id));
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
    // Themes whose parent is not in the codebook (or that sit in a cycle)
    // are shown at the top level; themes deeper than MAX_DEPTH levels under
    // their ancestor at that depth, so that every coded theme is a code.
    let themes: Vec<ThemeRecord> = records
        .themes
        .iter()
        .map(|t| {
            let mut chain = vec![];
            let mut at = t.parent.filter(|p| known.contains_key(p));
            while let Some(p) = at {
                if chain.contains(&p) || p == t.id {
                    chain.clear();
                    break;
                }
                chain.push(p);
                at = known[&p].parent.filter(|q| known.contains_key(q));
            }
            // chain: parent, grandparent, ... top.
            let parent = match chain.len() {
                0 => None,
                n if n < MAX_DEPTH => Some(chain[0]),
                n => Some(chain[n - MAX_DEPTH]),
            };
            ThemeRecord {
                parent,
                ..t.clone()
            }
        })
        .collect();
    if !themes.is_empty() {
        x.push_str("  <CodeBook>\n    <Codes>\n");
        codes(&mut x, &themes, None, 0);
        x.push_str("    </Codes>\n  </CodeBook>\n");
    }
    let e = &synthesis.engagement;
    let var = |name: &str| guid(&format!("var-{name}"), e);
    // Cases and sources have variables of their own: QualCoder turns a
    // variable any case uses into a case attribute.
    let variables = [
        ("consent scopes", "Text"),
        ("consent withdrawn", "Boolean"),
        ("language", "Text"),
        ("region", "Text"),
        ("speaker", "Text"),
        ("speaker consent scopes", "Text"),
        ("speaker language", "Text"),
        ("session region", "Text"),
        ("session date", "Date"),
    ];
    x.push_str("  <Variables>\n");
    for (name, kind) in variables {
        let _ = writeln!(
            x,
            "    <Variable guid=\"{}\" name=\"{name}\" typeOfVariable=\"{kind}\"/>",
            var(name)
        );
    }
    x.push_str("  </Variables>\n");
    let value = |x: &mut String, pad: &str, name: &str, kind: &str, v: &str| {
        let _ = writeln!(
            x,
            "{pad}<VariableValue><VariableRef targetGUID=\"{}\"/><{kind}Value>{}</{kind}Value></VariableValue>",
            var(name),
            esc(v)
        );
    };
    let sessions: HashMap<RecordId, _> = records.sessions.iter().map(|s| (s.id, s)).collect();
    let participants: HashMap<RecordId, _> =
        records.participants.iter().map(|p| (p.id, p)).collect();
    let source_of: HashMap<RecordId, &SourceText> = texts
        .iter()
        .filter_map(|t| t.participant.map(|p| (p, t)))
        .collect();
    if !records.participants.is_empty() {
        // Each participant: a case with their consent, language and region,
        // linked to their source (whole) and to each of their quotes.
        x.push_str("  <Cases>\n");
        for p in &records.participants {
            let _ = writeln!(
                x,
                "    <Case guid=\"{}\" name=\"{}\">",
                guid("case", &p.id),
                esc(&format!("{} ({})", p.code, p.session.short()))
            );
            let pad = "      ";
            value(&mut x, pad, "consent scopes", "Text", &p.scopes.join(" "));
            value(
                &mut x,
                pad,
                "consent withdrawn",
                "Boolean",
                &p.withdrawn.to_string(),
            );
            value(&mut x, pad, "language", "Text", &p.language);
            if let Some(s) = sessions.get(&p.session) {
                value(&mut x, pad, "region", "Text", &s.region);
            }
            if let Some(t) = source_of.get(&p.id) {
                let _ = writeln!(x, "{pad}<SourceRef targetGUID=\"{}\"/>", t.guid);
                for (q, ..) in &t.spans {
                    let _ = writeln!(
                        x,
                        "{pad}<SelectionRef targetGUID=\"{}\"/>",
                        guid("selection", q)
                    );
                }
            }
            x.push_str("    </Case>\n");
        }
        x.push_str("  </Cases>\n");
    }
    let quotes: HashMap<RecordId, _> = records.quotes.iter().map(|q| (q.id, q)).collect();
    if !texts.is_empty() {
        x.push_str("  <Sources>\n");
        for t in texts {
            let s = sessions[&t.session];
            let g = &t.guid;
            let _ = writeln!(
                x,
                "    <TextSource guid=\"{g}\" name=\"{}\" plainTextPath=\"internal://{g}.txt\">",
                esc(&t.name)
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
                let translation = q.translation.as_deref().filter(|t| !t.trim().is_empty());
                if themes.is_empty() && translation.is_none() {
                    x.push_str("/>\n");
                    continue;
                }
                x.push_str(">\n");
                // The quote's translation, the one place the standard has
                // for words about a selection.
                if let Some(tr) = translation {
                    let _ = writeln!(x, "        <Description>{}</Description>", esc(tr));
                }
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
            // Variables of the source, which QualCoder reads as the file's
            // attributes: who spoke, where, when, in which language.
            let pad = "      ";
            value(&mut x, pad, "speaker", "Text", &t.speaker);
            if let Some(p) = t.participant.and_then(|p| participants.get(&p)) {
                value(
                    &mut x,
                    pad,
                    "speaker consent scopes",
                    "Text",
                    &p.scopes.join(" "),
                );
                value(&mut x, pad, "speaker language", "Text", &p.language);
            }
            value(&mut x, pad, "session region", "Text", &s.region);
            if crate::model::validate::date(&s.date).is_ok() {
                value(&mut x, pad, "session date", "Date", &s.date);
            }
            x.push_str("    </TextSource>\n");
        }
        x.push_str("  </Sources>\n");
    }
    let _ = writeln!(
        x,
        "  <Description>{}</Description>",
        esc(&format!(
            "{}: community dialogues exported by Hearken. One text source per speaker per \
dialogue (a participant, or the group); each quote is a selection, coded with the themes \
of the engagement's codebook. Each participant is a case linked to their source and their \
quotes. Positions count Unicode characters. Only quotes whose consent allows use in \
reports are included.",
            synthesis.title
        ))
    );
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
        let name = format!("sources/{}.txt", t.guid);
        zip.start_file(name, opts).map_err(arch)?;
        zip.write_all(t.text.as_bytes())
            .map_err(ExportError::Write)?;
    }
    Ok(zip.finish().map_err(arch)?.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_become_line_feeds_so_positions_agree_in_every_tool() {
        assert_eq!(lf("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert!(matches!(
            lf("no carriage return"),
            std::borrow::Cow::Borrowed(_)
        ));
    }

    #[test]
    fn a_code_is_named_once_when_its_label_adds_nothing() {
        assert_eq!(code_name("WAT", "Water"), "WAT Water");
        assert_eq!(code_name("Transport", "Transport"), "Transport");
        assert_eq!(code_name("Access / Other", "Other"), "Access / Other");
        assert_eq!(code_name("WAT", " "), "WAT");
    }
}
