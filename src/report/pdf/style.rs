//! The report's look in one place: page geometry, type sizes and colours.
//! Every length is in PDF points (1/72 inch); pages are A4.

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) struct Color(pub u8, pub u8, pub u8);

impl Color {
    /// Mixes `self` toward white; `t = 0` is `self`, `t = 1` is white.
    pub fn tint(self, t: f32) -> Color {
        let t = t.clamp(0.0, 1.0);
        let mix = |c: u8| (c as f32 + (255.0 - c as f32) * t).round() as u8;
        Color(mix(self.0), mix(self.1), mix(self.2))
    }

    /// Relative luminance (0 black .. 1 white), to pick readable text on a fill.
    pub fn luminance(self) -> f32 {
        (0.2126 * self.0 as f32 + 0.7152 * self.1 as f32 + 0.0722 * self.2 as f32) / 255.0
    }
}

/// How a run of text is set.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Style {
    pub size: f32,
    pub bold: bool,
    pub color: Color,
}

impl Style {
    pub const fn new(size: f32, bold: bool, color: Color) -> Self {
        Self { size, bold, color }
    }
}

/// A4.
pub(crate) const PAGE_WIDTH_MM: f32 = 210.0;
pub(crate) const PAGE_HEIGHT_MM: f32 = 297.0;
pub(crate) const PAGE_WIDTH: f32 = PAGE_WIDTH_MM * 72.0 / 25.4;
pub(crate) const PAGE_HEIGHT: f32 = PAGE_HEIGHT_MM * 72.0 / 25.4;
pub(crate) const MARGIN_SIDE: f32 = 62.0;
pub(crate) const MARGIN_TOP: f32 = 64.0;
/// The body ends here above the bottom edge; the footer sits below.
pub(crate) const MARGIN_BOTTOM: f32 = 72.0;
pub(crate) const FOOTER_BASELINE: f32 = 40.0;

pub(crate) const INK: Color = Color(0x1c, 0x1f, 0x23);
pub(crate) const MUTED: Color = Color(0x5a, 0x61, 0x69);
pub(crate) const ACCENT: Color = Color(0x1d, 0x5c, 0x8c);
pub(crate) const RULE: Color = Color(0xc5, 0xcb, 0xd2);
pub(crate) const PANEL: Color = Color(0xee, 0xf2, 0xf6);
pub(crate) const WHITE: Color = Color(0xff, 0xff, 0xff);

pub(crate) const BODY: Style = Style::new(10.5, false, INK);
pub(crate) const SMALL: Style = Style::new(8.5, false, MUTED);
pub(crate) const H1: Style = Style::new(19.0, true, ACCENT);
pub(crate) const H2: Style = Style::new(14.0, true, INK);
pub(crate) const H3: Style = Style::new(11.5, true, INK);
pub(crate) const QUOTE: Style = Style::new(10.5, false, INK);
pub(crate) const TRANSLATION: Style = Style::new(9.5, false, MUTED);
pub(crate) const TABLE_HEAD: Style = Style::new(9.0, true, INK);
pub(crate) const TABLE_CELL: Style = Style::new(9.0, false, INK);
pub(crate) const CHART_TITLE: Style = Style::new(10.5, true, INK);
pub(crate) const CHART_LABEL: Style = Style::new(8.5, false, INK);
pub(crate) const FIGURE_VALUE: Style = Style::new(20.0, true, ACCENT);
pub(crate) const FIGURE_LABEL: Style = Style::new(8.5, false, MUTED);
pub(crate) const COVER_TITLE: Style = Style::new(28.0, true, INK);
pub(crate) const COVER_SUBTITLE: Style = Style::new(15.0, false, ACCENT);
pub(crate) const COVER_BYLINE: Style = Style::new(10.5, false, MUTED);
pub(crate) const FOOTER: Style = Style::new(8.0, false, MUTED);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tint_moves_toward_white_and_luminance_orders_colours() {
        assert_eq!(ACCENT.tint(0.0), ACCENT);
        assert_eq!(ACCENT.tint(1.0), WHITE);
        assert!(ACCENT.tint(0.8).luminance() > ACCENT.luminance());
        assert!(INK.luminance() < 0.2 && WHITE.luminance() > 0.99);
    }
}
