//! The fonts a report is set in, compiled into the binary.
//!
//! Reports must look the same on every coordinator's machine and must not
//! depend on what fonts the host happens to have, so the four Noto faces in
//! `assets/fonts/` (OFL, licence beside them) are embedded with
//! `include_bytes!`. Noto Sans covers Latin and Cyrillic; Noto Naskh Arabic
//! covers Arabic. This module picks the face for each character (with
//! fallback when a face lacks a glyph) and knows each face's metrics.

use std::sync::LazyLock;

/// One embedded font face.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Face {
    Sans,
    SansBold,
    Naskh,
    NaskhBold,
}

/// Which family a character is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Family {
    /// Noto Sans: Latin, Cyrillic, Greek and most punctuation.
    Sans,
    /// Noto Naskh Arabic.
    Naskh,
}

static SANS: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Regular.ttf");
static SANS_BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoSans-Bold.ttf");
static NASKH: &[u8] = include_bytes!("../../../assets/fonts/NotoNaskhArabic-Regular.ttf");
static NASKH_BOLD: &[u8] = include_bytes!("../../../assets/fonts/NotoNaskhArabic-Bold.ttf");

/// Parsed faces, shared by every render (parsing is lazy and read-only).
static PARSED: LazyLock<[rustybuzz::Face<'static>; 4]> = LazyLock::new(|| {
    Face::ALL.map(|f| rustybuzz::Face::from_slice(f.bytes(), 0).expect("embedded font parses"))
});

impl Face {
    pub const ALL: [Face; 4] = [Face::Sans, Face::SansBold, Face::Naskh, Face::NaskhBold];

    pub fn new(family: Family, bold: bool) -> Face {
        match (family, bold) {
            (Family::Sans, false) => Face::Sans,
            (Family::Sans, true) => Face::SansBold,
            (Family::Naskh, false) => Face::Naskh,
            (Family::Naskh, true) => Face::NaskhBold,
        }
    }

    pub fn is_bold(self) -> bool {
        matches!(self, Face::SansBold | Face::NaskhBold)
    }

    pub fn family(self) -> Family {
        match self {
            Face::Sans | Face::SansBold => Family::Sans,
            Face::Naskh | Face::NaskhBold => Family::Naskh,
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The font file, as shipped.
    pub fn bytes(self) -> &'static [u8] {
        match self {
            Face::Sans => SANS,
            Face::SansBold => SANS_BOLD,
            Face::Naskh => NASKH,
            Face::NaskhBold => NASKH_BOLD,
        }
    }

    /// PostScript-style name used for the embedded font.
    pub fn name(self) -> &'static str {
        match self {
            Face::Sans => "NotoSans-Regular",
            Face::SansBold => "NotoSans-Bold",
            Face::Naskh => "NotoNaskhArabic-Regular",
            Face::NaskhBold => "NotoNaskhArabic-Bold",
        }
    }

    pub fn parsed(self) -> &'static rustybuzz::Face<'static> {
        &PARSED[self.index()]
    }

    pub fn units_per_em(self) -> f32 {
        self.parsed().units_per_em() as f32
    }

    /// Naskh's letters look smaller than Latin ones at the same point size;
    /// Arabic runs are set this much larger so mixed lines look even.
    pub fn optical_scale(self) -> f32 {
        match self.family() {
            Family::Sans => 1.0,
            Family::Naskh => 1.12,
        }
    }

    /// Font units to points at a nominal `size`, including the optical scale.
    pub fn to_points(self, units: i32, size: f32) -> f32 {
        units as f32 * size * self.optical_scale() / self.units_per_em()
    }

    /// Height above the baseline, in em of the nominal size.
    pub fn ascent(self) -> f32 {
        self.parsed().ascender() as f32 * self.optical_scale() / self.units_per_em()
    }

    /// Depth below the baseline (positive), in em of the nominal size.
    pub fn descent(self) -> f32 {
        -(self.parsed().descender() as f32) * self.optical_scale() / self.units_per_em()
    }

    pub fn has_glyph(self, c: char) -> bool {
        self.parsed().glyph_index(c).is_some()
    }
}

/// The family a character asks for by its script, or `None` for characters
/// every script shares (digits, spaces, punctuation), which follow their
/// neighbours.
pub(crate) fn script_family(c: char) -> Option<Family> {
    if is_arabic(c) {
        Some(Family::Naskh)
    } else if c.is_alphabetic() {
        Some(Family::Sans)
    } else {
        None
    }
}

fn is_arabic(c: char) -> bool {
    matches!(c as u32,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x0870..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
        // U+FEFF is a byte-order mark, not Arabic.
        && c != '\u{FEFF}'
}

/// Invisible formatting characters (bidi controls, joiners, soft hyphen):
/// the shaper handles them and no glyph is needed.
pub(crate) fn is_default_ignorable(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x034F | 0x061C | 0x115F..=0x1160 | 0x17B4..=0x17B5 | 0x180B..=0x180F
        | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFE00..=0xFE0F | 0xFEFF)
}

/// Combining diacritics outside the Arabic block: they stay with the face
/// of the letter they sit on.
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_family_covers_its_scripts_and_the_shared_characters() {
        for c in "Aéßçñœ ÀÉÎ Привет ЁЖЩ «»“”—–…•·0123456789%(),.:;!?".chars()
        {
            assert!(Face::Sans.has_glyph(c), "Noto Sans lacks {c:?}");
            assert!(Face::SansBold.has_glyph(c), "Noto Sans Bold lacks {c:?}");
        }
        for c in "نحتاج إلى مياه ةىئؤ لا ،؛؟ ٠١٢٣٤٥٦٧٨٩ 0123456789".chars()
        {
            assert!(Face::Naskh.has_glyph(c), "Noto Naskh lacks {c:?}");
            assert!(Face::NaskhBold.has_glyph(c), "Noto Naskh Bold lacks {c:?}");
        }
        assert!(!Face::Sans.has_glyph('中'));
    }

    #[test]
    fn script_family_separates_arabic_latin_and_shared_characters() {
        assert_eq!(script_family('ب'), Some(Family::Naskh));
        assert_eq!(script_family('ж'), Some(Family::Sans));
        assert_eq!(script_family('e'), Some(Family::Sans));
        assert_eq!(script_family('7'), None);
        assert_eq!(script_family(' '), None);
        assert_eq!(script_family('\u{FEFF}'), None);
    }

    #[test]
    fn metrics_are_sane_for_every_face() {
        for f in Face::ALL {
            assert!(f.units_per_em() >= 1000.0);
            assert!(f.ascent() > 0.7 && f.ascent() < 1.5, "{f:?} {}", f.ascent());
            assert!(
                f.descent() > 0.1 && f.descent() < 0.8,
                "{f:?} {}",
                f.descent()
            );
        }
    }
}
