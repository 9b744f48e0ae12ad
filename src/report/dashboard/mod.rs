//! The public accountability dashboard (docs/tracking.md §5): a folder of
//! static pages, one set per language plus the records they share, to
//! publish anywhere or hand over on a USB stick. No script, no network request, no external font: HTML, one
//! stylesheet and inline SVG. It shows what may be shared and nothing else:
//! official recommendations; community recommendations whose session's
//! group consent covers sharing; quotes whose speaker's consent does; and
//! counts of people through the engagement's small-cell suppression.

use std::fmt::Write as _;

mod pages;

use crate::{
    coordinator::tracking::Tracking,
    i18n::{LANGUAGES, Localizer},
    report::review::shareable,
    synthesis::Synthesis,
};
use pages::Site;

use super::escape_markup as esc;

/// The stylesheet every page links.
const STYLE: &str = include_str!("style.css");
/// Recommendations per page of the list.
pub const PER_PAGE: usize = 500;
/// The folder of the records: each recommendation's text, history and
/// quotes, written once for all languages.
pub const RECORDS: &str = "records";
/// Marks a folder as a Hearken dashboard (so a new one may replace it).
pub const GENERATOR: &str = "Hearken accountability dashboard";

/// Each language's own name.
fn endonym(lang: &str) -> &'static str {
    match lang {
        "fr" => "Français",
        "es" => "Español",
        "ar" => "العربية",
        "ru" => "Русский",
        _ => "English",
    }
}

/// The files of the dashboard: relative path and bytes.
pub fn build(tracking: &Tracking, synthesis: &Synthesis) -> Vec<(String, Vec<u8>)> {
    let items = shareable(tracking);
    let mut files = vec![
        ("style.css".to_owned(), STYLE.as_bytes().to_vec()),
        ("index.html".to_owned(), chooser(tracking).into_bytes()),
    ];
    let pages = items.len().div_ceil(PER_PAGE).max(1);
    // The texts of recommendations, evidence and quotes are the same in
    // every language, so they are written once, with the words around them
    // in the engagement's main language (English if it is not one of the
    // five): at 10,000 recommendations, five copies would weigh 80 MB.
    let main = tracking
        .languages
        .first()
        .map(String::as_str)
        .filter(|l| LANGUAGES.contains(l))
        .unwrap_or("en");
    let loc = Localizer::new(main, false);
    let records = Site::new(&loc, tracking, synthesis, &items);
    for p in 1..=pages {
        files.push((
            format!("{RECORDS}/{}", record_name(p)),
            records.records(p, pages).into_bytes(),
        ));
    }
    for lang in LANGUAGES {
        let loc = Localizer::new(lang, false);
        let site = Site::new(&loc, tracking, synthesis, &items);
        files.push((format!("{lang}/index.html"), site.overview().into_bytes()));
        for p in 1..=pages {
            files.push((
                format!("{lang}/{}", list_name(p)),
                site.list(p, pages).into_bytes(),
            ));
        }
        files.push((format!("{lang}/bodies.html"), site.bodies().into_bytes()));
        files.push((
            format!("{lang}/communities.html"),
            site.communities().into_bytes(),
        ));
    }
    files
}

/// Whether `dir` holds an earlier dashboard.
pub fn is_dashboard(dir: &std::path::Path) -> bool {
    std::fs::read_to_string(dir.join("index.html"))
        .is_ok_and(|s| s.contains(&format!("content=\"{GENERATOR}\"")))
}

fn list_name(page: usize) -> String {
    if page == 1 {
        "recommendations.html".to_owned()
    } else {
        format!("recommendations-{page}.html")
    }
}

/// The file of page `page` of the records.
fn record_name(page: usize) -> String {
    format!("{page}.html")
}

fn chooser(tracking: &Tracking) -> String {
    let mut h = String::new();
    let _ = write!(
        h,
        "<!doctype html><html lang=\"en\" dir=\"ltr\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<meta name=\"generator\" content=\"{GENERATOR}\"><title>{}</title>\
<link rel=\"stylesheet\" href=\"style.css\"></head><body>\
<main id=\"main\"><h1>{}</h1><ul class=\"choose\">",
        esc(&tracking.title),
        esc(&tracking.title)
    );
    for lang in LANGUAGES {
        let _ = write!(
            h,
            "<li><a href=\"{lang}/index.html\" lang=\"{lang}\" hreflang=\"{lang}\">{}</a></li>",
            endonym(lang)
        );
    }
    h.push_str("</ul></main></body></html>\n");
    h
}
