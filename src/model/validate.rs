//! Checks on what people type, and the error for records that are missing or
//! malformed. Every check runs before anything is written, so a refused
//! action changes nothing.

use crate::{
    i18n::{Localized, Message},
    model::Kind,
};

/// Longest text a single field may hold (a quote, a need, a description).
pub const MAX_TEXT_CHARS: usize = 20_000;

/// A record was not found, or what was typed for one is not acceptable.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum RecordError {
    /// No record of this kind has that id (or id prefix).
    #[error("no such {}", kind.name())]
    NotFound { kind: Kind },
    /// An id prefix matches more than one record of this kind.
    #[error("ambiguous {} id", kind.name())]
    Ambiguous { kind: Kind },
    /// A required field is empty.
    #[error("{field} is empty")]
    Empty { field: &'static str },
    /// A field is longer than allowed.
    #[error("{field} is too long")]
    TooLong { field: &'static str, max: usize },
    /// A field's value is not acceptable (out of range, wrong form).
    #[error("{field} is not valid")]
    Invalid { field: &'static str },
    /// A number outside the range it may take.
    #[error("{field} is out of range")]
    OutOfRange {
        field: &'static str,
        min: usize,
        max: usize,
    },
    /// A value that must be one of the engagement's list (a region, a
    /// demographic group) is not.
    #[error("{field} is not in the engagement's list")]
    NotListed { field: &'static str },
    /// A value that must be unique is already used.
    #[error("{field} is already used")]
    Duplicate { field: &'static str },
    /// A date is not of the form YYYY-MM-DD.
    #[error("not a date")]
    BadDate,
    /// A date is before 1900 or in the future.
    #[error("date out of range")]
    DateOutOfRange,
    /// A range's start is after its end.
    #[error("dates in the wrong order")]
    DateOrder,
    /// A language is not a language code such as `fr` or `ar`.
    #[error("not a language code")]
    BadLanguage,
}

impl Localized for RecordError {
    fn message(&self) -> Message {
        match self {
            RecordError::NotFound { kind } => {
                Message::new("record-not-found").arg("kind", kind.name())
            }
            RecordError::Ambiguous { kind } => {
                Message::new("record-ambiguous").arg("kind", kind.name())
            }
            RecordError::Empty { field } => Message::new("field-empty").arg("field", *field),
            RecordError::TooLong { field, max } => Message::new("field-too-long")
                .arg("field", *field)
                .arg("max", *max),
            RecordError::Invalid { field } => Message::new("field-invalid").arg("field", *field),
            RecordError::NotListed { field } => {
                Message::new("field-not-listed").arg("field", *field)
            }
            RecordError::OutOfRange { field, min, max } => Message::new("field-out-of-range")
                .arg("field", *field)
                .arg("min", *min)
                .arg("max", *max),
            RecordError::Duplicate { field } => {
                Message::new("field-duplicate").arg("field", *field)
            }
            RecordError::BadDate => Message::new("bad-date"),
            RecordError::DateOutOfRange => Message::new("date-out-of-range"),
            RecordError::DateOrder => Message::new("date-order"),
            RecordError::BadLanguage => Message::new("bad-language"),
        }
    }
}

/// A text that must hold something, within [`MAX_TEXT_CHARS`].
pub fn non_empty(field: &'static str, text: &str) -> Result<(), RecordError> {
    if text.trim().is_empty() {
        return Err(RecordError::Empty { field });
    }
    max_len(field, text)
}

/// A text within [`MAX_TEXT_CHARS`].
pub fn max_len(field: &'static str, text: &str) -> Result<(), RecordError> {
    if text.chars().count() > MAX_TEXT_CHARS {
        return Err(RecordError::TooLong {
            field,
            max: MAX_TEXT_CHARS,
        });
    }
    Ok(())
}

/// A date written YYYY-MM-DD, of something that has happened: not before
/// 1900, not after tomorrow (a day's grace for time zones).
pub fn date(text: &str) -> Result<time::Date, RecordError> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    let d = time::Date::parse(text, &fmt).map_err(|_| RecordError::BadDate)?;
    let earliest = time::macros::date!(1900 - 01 - 01);
    let latest = time::OffsetDateTime::now_utc().date().next_day();
    if d < earliest || latest.is_some_and(|l| d > l) {
        return Err(RecordError::DateOutOfRange);
    }
    Ok(d)
}

/// A date range: both ends dates, the first not after the second.
pub fn date_range(from: Option<&str>, to: Option<&str>) -> Result<(), RecordError> {
    let from = from.map(date).transpose()?;
    let to = to.map(date).transpose()?;
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(RecordError::DateOrder);
    }
    Ok(())
}

/// A participant's pseudonymous code: 1 to 12 letters, digits or hyphens,
/// and not the word reserved for the group.
pub fn participant_code(code: &str) -> Result<(), RecordError> {
    let ok = (1..=12).contains(&code.len())
        && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !code.eq_ignore_ascii_case("group");
    if ok {
        Ok(())
    } else {
        Err(RecordError::Invalid { field: "code" })
    }
}

/// A language tag: a 2-3 letter primary subtag, optionally with subtags.
pub fn language(tag: &str) -> Result<(), RecordError> {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    let ok_primary =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
    let ok_rest =
        parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if ok_primary && ok_rest {
        Ok(())
    } else {
        Err(RecordError::BadLanguage)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_languages() {
        assert!(date("2026-11-24").is_ok());
        assert_eq!(date("2026-13-01"), Err(RecordError::BadDate));
        assert_eq!(date("24/11/2026"), Err(RecordError::BadDate));
        for ok in ["en", "ar", "fr-CA", "ast"] {
            assert!(language(ok).is_ok(), "{ok}");
        }
        for bad in ["", "E", "english", "EN", "fr_CA"] {
            assert_eq!(language(bad), Err(RecordError::BadLanguage), "{bad}");
        }
        assert!(non_empty("text", "  ").is_err());
        assert!(non_empty("text", &"x".repeat(MAX_TEXT_CHARS + 1)).is_err());
    }
}
