//! Reading a REFI-QDA project (`.qdpx`): a ZIP holding `project.qde`
//! (QDA-XML 1.0) and the plain-text sources it names as `internal://`.
//!
//! Strict where it matters and bounded everywhere: a file that is not a
//! ZIP, a `project.qde` that breaks the schema's rules Hearken relies on
//! (required attributes, GUIDs, positions, references to codes), a
//! selection outside its source, or more bytes or XML nodes than the
//! limits is refused with a [`QdaError`]. Elements Hearken does not use
//! (users, sets, notes, graphs, other kinds of sources) are passed over.

use std::{
    collections::{HashMap, HashSet},
    io::Read,
    rc::Rc,
};

use roxmltree::{Document, Node, ParsingOptions};
use sha2::{Digest, Sha256};

use super::QdaError;
use crate::files;

/// The namespace of QDA-XML 1.0 projects.
const NS: &str = "urn:QDA-XML:project:1.0";
/// Largest `.qdpx` read.
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;
/// Largest `project.qde`, and largest source text, unpacked.
const MAX_ENTRY_BYTES: u64 = 64 * 1024 * 1024;
/// Largest sum of unpacked bytes read from one file.
const MAX_TOTAL_BYTES: u64 = 512 * 1024 * 1024;
/// Most XML nodes in `project.qde`.
const MAX_NODES: u32 = 5_000_000;
/// Deepest nesting of codes (Hearken exports at most 16 levels).
const MAX_CODE_DEPTH: usize = 64;
/// Longest code name, in characters (a kit theme's code and label).
const MAX_NAME_CHARS: usize = 2 * crate::model::validate::MAX_TEXT_CHARS + 1;
/// Most codes in a project.
pub const MAX_CODES: usize = 10_000;
/// Most codes on one selection.
pub const MAX_CODES_PER_SELECTION: usize = 100;
/// Most attributes in one start tag, and namespace declarations in all (the
/// XML parser checks both in quadratic time).
const MAX_ATTRIBUTES: usize = 64;

/// A project as read.
#[derive(Debug, Default)]
pub struct Project {
    pub name: String,
    /// SHA-256 (hex) of `project.qde`.
    pub digest: String,
    /// Parents before their children.
    pub codes: Vec<Code>,
    pub sources: Vec<Source>,
    /// Selections on sources that are not plain text (PDF, pictures, audio,
    /// video): Hearken holds no such text.
    pub other_selections: usize,
}

/// A code as read (Debug shows neither its name nor its description, which
/// may quote a participant).
#[derive(Clone)]
pub struct Code {
    /// Lower case.
    pub guid: String,
    pub name: String,
    pub parent: Option<String>,
    pub description: String,
}

pub struct Source {
    pub guid: String,
    pub name: String,
    /// Its text, when the archive holds it (`internal://` paths).
    pub text: Option<Rc<str>>,
    pub selections: Vec<Selection>,
}

impl std::fmt::Debug for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Code")
            .field("guid", &self.guid)
            .field("parent", &self.parent)
            .finish_non_exhaustive()
    }
}

impl std::fmt::Debug for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Source")
            .field("guid", &self.guid)
            .field("selections", &self.selections.len())
            .finish_non_exhaustive()
    }
}

#[derive(Debug, Clone)]
pub struct Selection {
    pub guid: String,
    /// Characters (Unicode scalar values), end exclusive.
    pub start: usize,
    pub end: usize,
    /// GUIDs of the codes it is coded with.
    pub codes: Vec<String>,
    /// Where its text is in its source's text, in bytes (when the archive
    /// holds the text).
    pub bytes: Option<(usize, usize)>,
}

impl Source {
    /// The text a selection covers, when the archive holds it.
    pub fn text_of(&self, sel: &Selection) -> Option<&str> {
        let (a, b) = sel.bytes?;
        self.text.as_deref().map(|t| &t[a..b])
    }
}

/// Reads a `.qdpx` file.
pub fn read_file(path: &std::path::Path) -> Result<Project, crate::Error> {
    let bytes = files::read_bounded(path, MAX_FILE_BYTES)?;
    Ok(read(&bytes)?)
}

/// Reads a `.qdpx` file's bytes.
pub fn read(bytes: &[u8]) -> Result<Project, QdaError> {
    let mut zip =
        zip::ZipArchive::new(std::io::Cursor::new(bytes)).map_err(|_| QdaError::NotZip)?;
    let mut budget = MAX_TOTAL_BYTES;
    // `project.qde`, or the one `.qde` file of the archive (ATLAS.ti names
    // it after the project).
    let xml = match entry(&mut zip, "project.qde", &mut budget)? {
        Some(xml) => xml,
        None => {
            let named: Vec<String> = zip
                .file_names()
                .filter_map(Result::ok)
                .filter(|n| !n.contains('/') && n.to_ascii_lowercase().ends_with(".qde"))
                .map(|n| n.into_owned())
                .collect();
            match named.as_slice() {
                [one] => entry(&mut zip, one, &mut budget)?.ok_or(QdaError::NoProject)?,
                _ => return Err(QdaError::NoProject),
            }
        }
    };
    let digest = hex::encode(Sha256::digest(&xml));
    let xml = String::from_utf8(xml).map_err(|_| QdaError::Xml { line: 1 })?;
    prescan(&xml)?;
    let doc = Document::parse_with_options(
        &xml,
        ParsingOptions {
            allow_dtd: false,
            nodes_limit: MAX_NODES,
            ..ParsingOptions::default()
        },
    )
    .map_err(|e| QdaError::Xml { line: e.pos().row })?;
    let root = doc.root_element();
    if !is(root, "Project") {
        return Err(schema(&doc, root, "Project"));
    }
    let mut project = Project {
        name: root.attribute("name").unwrap_or_default().to_owned(),
        digest,
        ..Project::default()
    };
    if project.name.is_empty()
        || project.name.chars().count() > MAX_NAME_CHARS
        || project.name.chars().any(hidden)
    {
        return Err(schema(&doc, root, "Project/@name"));
    }
    let mut seen = HashSet::new();
    if let Some(codes) = child(root, "CodeBook").and_then(|b| child(b, "Codes")) {
        read_codes(&doc, codes, None, 0, &mut project.codes, &mut seen)?;
    }
    if project.codes.len() > MAX_CODES {
        return Err(QdaError::TooMany {
            what: "codes",
            max: MAX_CODES,
        });
    }
    let known: HashSet<&str> = project.codes.iter().map(|c| c.guid.as_str()).collect();
    let mut sources = vec![];
    // Each source text read once, however many sources name it.
    let mut texts: HashMap<String, Rc<str>> = HashMap::new();
    let mut guids = HashSet::new();
    if let Some(list) = child(root, "Sources") {
        for s in list.children().filter(Node::is_element) {
            if !is(s, "TextSource") {
                project.other_selections += s
                    .descendants()
                    .filter(|n| {
                        n.is_element()
                            && n.tag_name().name().ends_with("Selection")
                            && child(*n, "Coding").is_some()
                    })
                    .count();
                continue;
            }
            let guid = guid_of(&doc, s, "TextSource")?;
            if !guids.insert(guid.clone()) {
                return Err(schema(&doc, s, "TextSource/@guid"));
            }
            let text = match s.attribute("plainTextPath") {
                Some(p) if p.starts_with("internal://") => {
                    let name = format!("sources/{}", &p["internal://".len()..]);
                    match texts.get(&name) {
                        Some(t) => Some(Rc::clone(t)),
                        None => {
                            let bytes =
                                entry(&mut zip, &name, &mut budget)?.ok_or_else(|| missing(p))?;
                            let text = String::from_utf8(bytes).map_err(|_| missing(p))?;
                            // QualCoder writes a byte-order mark its positions
                            // skip; tools differ on whether CR LF is one
                            // character, and Hearken's sources have line feeds
                            // only.
                            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
                            let text: Rc<str> = crate::report::qdpx::lf(text).into();
                            texts.insert(name, Rc::clone(&text));
                            Some(text)
                        }
                    }
                }
                _ => None,
            };
            let chars = text.as_ref().map(|t| t.chars().count());
            let mut selections = vec![];
            for sel in s.children().filter(|n| is(*n, "PlainTextSelection")) {
                let what = "PlainTextSelection";
                let sguid = guid_of(&doc, sel, what)?;
                let start = position(&doc, sel, "startPosition")?;
                let end = position(&doc, sel, "endPosition")?;
                if end < start || chars.is_some_and(|n| end > n) {
                    return Err(QdaError::Outside {
                        line: line(&doc, sel),
                    });
                }
                let mut codes = vec![];
                for coding in sel.children().filter(|n| is(*n, "Coding")) {
                    guid_of(&doc, coding, "Coding")?;
                    let target = child(coding, "CodeRef")
                        .and_then(|r| r.attribute("targetGUID"))
                        .map(normal_guid)
                        .ok_or_else(|| schema(&doc, coding, "Coding/CodeRef"))?;
                    if !known.contains(target.as_str()) {
                        return Err(schema(&doc, coding, "CodeRef/@targetGUID"));
                    }
                    codes.push(target);
                }
                if codes.len() > MAX_CODES_PER_SELECTION {
                    return Err(QdaError::TooMany {
                        what: "codes-per-selection",
                        max: MAX_CODES_PER_SELECTION,
                    });
                }
                selections.push(Selection {
                    guid: sguid,
                    start,
                    end,
                    codes,
                    bytes: None,
                });
            }
            if let Some(t) = &text {
                byte_ranges(t, &mut selections);
            }
            sources.push(Source {
                guid,
                name: s.attribute("name").unwrap_or_default().trim().to_owned(),
                text,
                selections,
            });
        }
    }
    project.sources = sources;
    Ok(project)
}

/// Sets each selection's byte range in `text`, in one pass over the text
/// (the positions are characters; checked to be within it).
fn byte_ranges(text: &str, selections: &mut [Selection]) {
    let mut wanted: Vec<usize> = selections.iter().flat_map(|s| [s.start, s.end]).collect();
    wanted.sort_unstable();
    wanted.dedup();
    let mut at: HashMap<usize, usize> = HashMap::with_capacity(wanted.len());
    let mut next = wanted.iter().peekable();
    for (i, (byte, _)) in text.char_indices().chain([(text.len(), ' ')]).enumerate() {
        while next.peek() == Some(&&i) {
            at.insert(i, byte);
            next.next();
        }
        if next.peek().is_none() {
            break;
        }
    }
    for s in selections {
        s.bytes = at.get(&s.start).zip(at.get(&s.end)).map(|(a, b)| (*a, *b));
    }
}

/// A source's text missing (its path cut to 100 characters for the message).
fn missing(path: &str) -> QdaError {
    QdaError::SourceMissing {
        path: path.chars().filter(|c| !hidden(*c)).take(100).collect(),
    }
}

/// One entry of the archive, whole, or None when it has none by that name.
fn entry(
    zip: &mut zip::ZipArchive<std::io::Cursor<&[u8]>>,
    name: &str,
    budget: &mut u64,
) -> Result<Option<Vec<u8>>, QdaError> {
    let file = match zip.by_name(name) {
        Ok(f) => f,
        Err(zip::result::ZipError::FileNotFound) => return Ok(None),
        Err(_) => return Err(QdaError::NotZip),
    };
    let limit = MAX_ENTRY_BYTES.min(*budget);
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| QdaError::NotZip)?;
    if bytes.len() as u64 > limit {
        return Err(QdaError::TooLarge { limit });
    }
    *budget -= bytes.len() as u64;
    Ok(Some(bytes))
}

fn read_codes(
    doc: &Document,
    parent_node: Node,
    parent: Option<&str>,
    depth: usize,
    out: &mut Vec<Code>,
    seen: &mut HashSet<String>,
) -> Result<(), QdaError> {
    for c in parent_node.children().filter(|n| is(*n, "Code")) {
        if depth >= MAX_CODE_DEPTH {
            return Err(schema(doc, c, "Code (nested too deep)"));
        }
        let guid = guid_of(doc, c, "Code")?;
        let name = c
            .attribute("name")
            .filter(|n| {
                !n.trim().is_empty()
                    && n.chars().count() <= MAX_NAME_CHARS
                    && !n.chars().any(hidden)
            })
            .ok_or_else(|| schema(doc, c, "Code/@name"))?;
        if !matches!(c.attribute("isCodable"), Some("true" | "false")) {
            return Err(schema(doc, c, "Code/@isCodable"));
        }
        if !seen.insert(guid.clone()) {
            return Err(schema(doc, c, "Code/@guid"));
        }
        let description = child(c, "Description")
            .and_then(|d| d.text())
            .unwrap_or_default()
            .trim()
            .to_owned();
        if description.chars().count() > crate::model::validate::MAX_TEXT_CHARS
            || description.chars().any(hidden)
        {
            return Err(schema(doc, c, "Code/Description"));
        }
        out.push(Code {
            guid: guid.clone(),
            name: name.trim().to_owned(),
            parent: parent.map(str::to_owned),
            description,
        });
        read_codes(doc, c, Some(&guid), depth + 1, out, seen)?;
    }
    Ok(())
}

/// A character a name or description may not hold: a control character
/// (tab and line ends aside), or one that is invisible or turns the
/// direction of the text around (names could pass for others).
fn hidden(c: char) -> bool {
    (c.is_control() && !matches!(c, '\t' | '\n' | '\r'))
        || matches!(
            c,
            '\u{200b}' | '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{feff}'
        )
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2060}'..='\u{2064}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// Refuses what the XML parser would take quadratic time over: a start tag
/// with more than [`MAX_ATTRIBUTES`] attributes, or more namespace
/// declarations than that in the whole document. One pass over the bytes.
fn prescan(xml: &str) -> Result<(), QdaError> {
    let too_many = |line: usize| QdaError::Xml {
        line: u32::try_from(line).unwrap_or(u32::MAX),
    };
    if xml.matches("xmlns").count() > MAX_ATTRIBUTES {
        return Err(too_many(1));
    }
    let (mut in_tag, mut quote, mut attributes, mut line) = (false, None, 0usize, 1usize);
    for b in xml.bytes() {
        match (in_tag, quote, b) {
            (_, _, b'\n') => line += 1,
            (false, _, b'<') => {
                in_tag = true;
                attributes = 0;
            }
            (true, None, b'"' | b'\'') => quote = Some(b),
            (true, Some(q), c) if c == q => quote = None,
            (true, None, b'=') => {
                attributes += 1;
                if attributes > MAX_ATTRIBUTES {
                    return Err(too_many(line));
                }
            }
            (true, None, b'>') => in_tag = false,
            _ => {}
        }
    }
    Ok(())
}

fn is(n: Node, name: &str) -> bool {
    n.is_element() && n.tag_name().name() == name && n.tag_name().namespace() == Some(NS)
}

fn child<'a, 'i>(n: Node<'a, 'i>, name: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| is(*c, name))
}

fn line(doc: &Document, n: Node) -> u32 {
    doc.text_pos_at(n.range().start).row
}

fn schema(doc: &Document, n: Node, what: &str) -> QdaError {
    QdaError::Schema {
        what: what.to_owned(),
        line: line(doc, n),
    }
}

/// The element's `guid`, checked against the schema's pattern, lower case.
fn guid_of(doc: &Document, n: Node, element: &str) -> Result<String, QdaError> {
    let g = n
        .attribute("guid")
        .filter(|g| is_guid(g))
        .ok_or_else(|| schema(doc, n, &format!("{element}/@guid")))?;
    Ok(normal_guid(g))
}

/// A GUID as compared: lower case, without braces.
fn normal_guid(g: &str) -> String {
    g.trim_start_matches('{')
        .trim_end_matches('}')
        .to_ascii_lowercase()
}

/// 8-4-4-4-12 hexadecimal digits, optionally in braces (the schema's
/// `GUIDType`).
fn is_guid(g: &str) -> bool {
    let g = g
        .strip_prefix('{')
        .and_then(|g| g.strip_suffix('}'))
        .unwrap_or(g);
    let parts: Vec<&str> = g.split('-').collect();
    parts.len() == 5
        && parts
            .iter()
            .zip([8, 4, 4, 4, 12])
            .all(|(p, n)| p.len() == n && p.bytes().all(|b| b.is_ascii_hexdigit()))
}

fn position(doc: &Document, n: Node, attr: &str) -> Result<usize, QdaError> {
    n.attribute(attr)
        .and_then(|v| v.parse::<usize>().ok())
        .ok_or_else(|| schema(doc, n, &format!("PlainTextSelection/@{attr}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_follow_the_schema_pattern() {
        assert!(is_guid("1b9a7f3e-0c4d-4e2a-9f6b-0a1b2c3d4e5f"));
        assert!(is_guid("{1B9A7F3E-0C4D-4E2A-9F6B-0A1B2C3D4E5F}"));
        assert!(!is_guid("1b9a7f3e0c4d4e2a9f6b0a1b2c3d4e5f"));
        assert!(!is_guid("1b9a7f3e-0c4d-4e2a-9f6b-0a1b2c3d4e5g"));
        assert!(!is_guid(""));
    }

    #[test]
    fn a_file_that_is_not_a_zip_is_refused() {
        assert!(matches!(read(b"not a zip"), Err(QdaError::NotZip)));
    }
}
