//! Horizontal bar charts, drawn with the same primitives as the text.
//!
//! Bars grow from the start side (right to left in Arabic): labels sit in a
//! column at the start, the axis and gridlines follow, and each bar carries
//! its shown value (e.g. "42 (12%)" or "<5" for a suppressed small count)
//! at its end. Every bar is its own chunk so a long chart breaks between
//! bars; gridline segments are drawn per bar so they stay continuous.

use super::{
    PdfError,
    layout::{Chunk, Ctx, Item, stack},
    model::{Align, BarChart},
    style,
    table::caption,
};

const LABEL_SHARE: f32 = 0.32;
const GAP: f32 = 8.0;
const BAR: f32 = 11.0;
const ROW_PAD: f32 = 3.0;

/// A step of 1, 2, 2.5 or 5 times a power of ten giving at most five
/// intervals up to `max`. For counts (`whole`), only whole steps: no
/// gridline at 0.5 people or 7.5 quotes.
fn tick_step(max: f64, whole: bool) -> f64 {
    if max <= 0.0 {
        return 1.0;
    }
    let raw = max / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .iter()
        .map(|m| m * magnitude)
        .filter(|s| !whole || (s.fract() == 0.0 && *s >= 1.0))
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * magnitude);
    if whole { step.max(1.0) } else { step }
}

/// A tick's label: whole numbers grouped as the reader writes them.
fn tick_label(loc: &crate::i18n::Localizer, v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 && v >= 0.0 {
        loc.count(v.round() as usize)
    } else {
        format!("{v:.1}")
    }
}

pub(crate) fn bar_chart(ctx: &mut Ctx, chart: &BarChart) -> Result<Vec<Chunk>, PdfError> {
    let block = ctx.shaper.block;
    if chart
        .bars
        .iter()
        .any(|b| !b.value.is_finite() || b.value < 0.0)
    {
        return Err(PdfError::ChartValue { block });
    }
    if chart.bars.is_empty() {
        return caption(ctx, &chart.title);
    }
    let frame = ctx.frame;
    let max = chart.bars.iter().map(|b| b.value).fold(0.0, f64::max);
    let whole = chart.bars.iter().all(|b| b.value.fract() == 0.0);
    let step = tick_step(max, whole);
    let axis_max = ((max / step).ceil() * step).max(step);

    let label_w = frame.width * LABEL_SHARE;
    let mut shown = Vec::with_capacity(chart.bars.len());
    let mut shown_w: f32 = 0.0;
    for b in &chart.bars {
        let line = ctx
            .doc_lines(&b.shown, style::CHART_LABEL, frame.width)?
            .remove(0);
        shown_w = shown_w.max(line.width);
        shown.push(line);
    }
    let origin = label_w + GAP;
    let bar_room = (frame.width - origin - shown_w - 6.0).max(frame.width * 0.25);
    let at = |v: f64| origin + bar_room * (v / axis_max) as f32;
    let ticks: Vec<f64> = (0..)
        .map(|i| i as f64 * step)
        .take_while(|t| *t <= axis_max + step * 1e-9)
        .collect();

    let mut chunks = caption(ctx, &chart.title)?;
    for (bar, value_line) in chart.bars.iter().zip(shown) {
        let lines = ctx.doc_lines(&bar.label, style::CHART_LABEL, label_w)?;
        let (label_h, mut items) = stack(&frame, lines, 0.0, label_w, Some(Align::End));
        let height = label_h.max(BAR) + 2.0 * ROW_PAD;
        items
            .iter_mut()
            .for_each(|it| it.shift((height - label_h) / 2.0));
        for t in &ticks {
            let x = frame.x(at(*t), 0.0);
            let axis = *t == 0.0;
            items.push(Item::Rule {
                x1: x,
                y1: 0.0,
                x2: x,
                y2: height,
                width: if axis { 0.8 } else { 0.4 },
                color: if axis { style::MUTED } else { style::RULE },
                dotted: !axis,
            });
        }
        let bar_w = at(bar.value) - origin;
        let bar_top = (height - BAR) / 2.0;
        if bar_w > 0.0 {
            items.push(Item::Rect {
                x: frame.x(origin, bar_w),
                y: bar_top,
                w: bar_w,
                h: BAR,
                color: style::ACCENT,
            });
        }
        let value_x = frame.x(origin + bar_w + 4.0, value_line.width);
        let value_y = bar_top + (BAR - value_line.height) / 2.0;
        items.push(Item::Text {
            x: value_x,
            y: value_y,
            line: value_line,
        });
        chunks.push(Chunk::new(height, items));
    }

    // Tick labels under the axis, never alone at the top of a page.
    if let Some(last) = chunks.last_mut() {
        last.keep_with_next = true;
    }
    let mut items = Vec::new();
    let mut height: f32 = 0.0;
    for t in &ticks {
        let line = ctx
            .doc_lines(&tick_label(ctx.loc, *t), style::CHART_LABEL, frame.width)?
            .remove(0);
        let x = frame.x(at(*t), 0.0) - line.width / 2.0;
        height = height.max(line.height);
        items.push(Item::Text { x, y: 2.0, line });
    }
    chunks.push(Chunk::new(height + 2.0, items));
    Ok(chunks)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tick_steps_are_round_and_cover_the_maximum_in_five_or_fewer() {
        for (max, step) in [
            (7.0, 2.0),
            (42.0, 10.0),
            (100.0, 20.0),
            (612.0, 200.0),
            (1.0, 1.0),
        ] {
            assert_eq!(tick_step(max, true), step, "max {max}");
        }
        for max in [3.0, 17.0, 99.0, 1234.0, 0.4] {
            let s = tick_step(max, max >= 1.0);
            assert!((max / s).ceil() <= 5.0, "max {max} step {s}");
        }
        // Counts: whole steps only (12 quotes: 0, 5, 10, 15; never 2.5).
        assert_eq!(tick_step(12.0, true), 5.0);
        assert_eq!(tick_step(12.0, false), 2.5);
        let en = crate::i18n::Localizer::report("en");
        let fr = crate::i18n::Localizer::report("fr");
        assert_eq!(tick_label(&en, 20.0), "20");
        assert_eq!(tick_label(&en, 0.5), "0.5");
        assert_eq!(tick_label(&en, 12000.0), "12,000");
        assert_eq!(tick_label(&fr, 12000.0), "12\u{202F}000");
    }
}
