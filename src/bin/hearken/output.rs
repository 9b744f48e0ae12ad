//! Printing results: aligned tables for people, JSON for scripts.

use hearken::{
    i18n::Arg,
    model::{Kind, RecordId},
};
use serde::Serialize;

use crate::Ctx;

/// Prints `value` as pretty JSON on stdout.
pub fn json<T: Serialize + ?Sized>(value: &T) -> anyhow::Result<()> {
    say!("{}", serde_json::to_string_pretty(value)?);
    Ok(())
}

/// Prints a table with a header row; columns padded by character count.
pub fn table(headers: &[String], rows: &[Vec<String>]) {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
    for row in rows {
        for (i, cell) in row.iter().enumerate() {
            widths[i] = widths[i].max(cell.chars().count().min(60));
        }
    }
    let line = |cells: &[String]| {
        let mut out = String::new();
        for (i, c) in cells.iter().enumerate() {
            let shown: String = if c.chars().count() > 60 {
                c.chars().take(59).chain(['…']).collect()
            } else {
                c.clone()
            };
            out.push_str(&shown);
            if i + 1 < cells.len() {
                out.push_str(&" ".repeat(widths[i] - shown.chars().count() + 2));
            }
        }
        say!("{}", out.trim_end());
    };
    line(headers);
    for row in rows {
        line(row);
    }
}

/// A JSON object of `record` with its `id` added first.
pub fn with_id<T: Serialize>(id: impl std::fmt::Display, record: &T) -> serde_json::Value {
    let mut obj = serde_json::Map::new();
    obj.insert("id".into(), serde_json::Value::String(id.to_string()));
    if let serde_json::Value::Object(fields) =
        serde_json::to_value(record).expect("records serialize")
    {
        obj.extend(fields);
    }
    serde_json::Value::Object(obj)
}

/// Says that a record was created (its id; as JSON with --json).
pub fn created(ctx: &Ctx, kind: Kind, id: RecordId) -> anyhow::Result<()> {
    if ctx.json {
        return json(&serde_json::json!({ "id": id.to_string(), "kind": kind.name() }));
    }
    say!(
        "{}",
        ctx.t(
            "created",
            &[
                ("kind", Arg::from(kind.name())),
                ("id", Arg::from(id.to_string()))
            ]
        )
    );
    Ok(())
}
