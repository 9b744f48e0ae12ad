//! The PDF outline (bookmarks pane): level-1 headings with their level-2
//! headings nested under them, in document order.
//!
//! printpdf's own bookmarks are flat and sorted by page and then by name,
//! which scrambles the themes of one page; this writes the outline
//! dictionaries (ISO 32000-1, 12.3.3) into the finished document instead.

use lopdf::{Dictionary, Document, Object, ObjectId, StringFormat};

use super::paginate::OutlineEntry;

/// An outline item not yet linked to its neighbours.
type Node = (ObjectId, Dictionary);

/// A text string as PDF wants it outside content streams: UTF-16BE with a
/// byte-order mark, so Arabic and Cyrillic titles survive.
/// Isolate marks (from Fluent's placeables) are left out: they only steer
/// the layout.
fn text_string(s: &str) -> Object {
    let mut bytes = vec![0xFE, 0xFF];
    for unit in super::shaping::without_isolates(s).encode_utf16() {
        bytes.extend(unit.to_be_bytes());
    }
    Object::String(bytes, StringFormat::Hexadecimal)
}

/// Links `items` as siblings under `parent` and returns (first, last).
fn siblings(
    doc: &mut Document,
    parent: ObjectId,
    items: &[(ObjectId, Dictionary)],
) -> (ObjectId, ObjectId) {
    for (i, (id, dict)) in items.iter().enumerate() {
        let mut dict = dict.clone();
        dict.set("Parent", Object::Reference(parent));
        if i > 0 {
            dict.set("Prev", Object::Reference(items[i - 1].0));
        }
        if let Some((next, _)) = items.get(i + 1) {
            dict.set("Next", Object::Reference(*next));
        }
        doc.set_object(*id, dict);
    }
    (items[0].0, items[items.len() - 1].0)
}

/// Adds the outline of `entries` (pages 1-based) to `doc`.
pub(crate) fn add(doc: &mut Document, entries: &[OutlineEntry]) -> lopdf::Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let pages = doc.get_pages();
    let item = |doc: &mut Document, e: &OutlineEntry| {
        let mut dict = Dictionary::new();
        dict.set("Title", text_string(&e.title));
        if let Some(page) = pages.get(&(e.page as u32)) {
            dict.set(
                "Dest",
                vec![
                    Object::Reference(*page),
                    "XYZ".into(),
                    Object::Null,
                    Object::Null,
                    Object::Null,
                ],
            );
        }
        (doc.new_object_id(), dict)
    };
    // (top-level item, its children)
    let mut tree: Vec<(Node, Vec<Node>)> = Vec::new();
    for e in entries {
        let node = item(doc, e);
        match tree.last_mut() {
            Some((_, children)) if e.level > 1 => children.push(node),
            _ => tree.push((node, Vec::new())),
        }
    }
    let root = doc.new_object_id();
    let mut top = Vec::with_capacity(tree.len());
    for ((id, mut dict), children) in tree {
        if !children.is_empty() {
            let (first, last) = siblings(doc, id, &children);
            dict.set("First", Object::Reference(first));
            dict.set("Last", Object::Reference(last));
            // Negative: the children start closed.
            dict.set("Count", -(children.len() as i64));
        }
        top.push((id, dict));
    }
    let (first, last) = siblings(doc, root, &top);
    let mut outlines = Dictionary::new();
    outlines.set("Type", "Outlines");
    outlines.set("First", Object::Reference(first));
    outlines.set("Last", Object::Reference(last));
    outlines.set("Count", top.len() as i64);
    doc.set_object(root, outlines);
    let catalog = doc.catalog_mut()?;
    catalog.set("Outlines", Object::Reference(root));
    catalog.set("PageMode", "UseOutlines");
    Ok(())
}
