//! The recommendations: each language's list, and the records (each
//! recommendation's text, state, history and the quotes behind it),
//! written once for every language's list to lead to.

use std::fmt::Write as _;

use super::{PER_PAGE, Place, RECORDS, Site, esc, list_name, record_name};
use crate::{coordinator::tracking::Tracked, i18n::Arg};

impl Site<'_> {
    /// Links to each page of a list split in `pages`, `name` naming them.
    fn pager(&self, b: &mut String, page: usize, pages: usize, name: fn(usize) -> String) {
        if pages < 2 {
            return;
        }
        let _ = write!(
            b,
            "<nav class=\"pager\" aria-label=\"{}\"><ul>",
            self.t("db-nav-pager")
        );
        for p in 1..=pages {
            let _ = write!(
                b,
                "<li><a href=\"{}\"{}>{p}</a></li>",
                name(p),
                if p == page {
                    " aria-current=\"page\""
                } else {
                    ""
                }
            );
        }
        b.push_str("</ul></nav>");
    }

    /// The title of page `page` of `pages` of a list, `one` when unsplit.
    fn paged_title(&self, one: &str, paged: &str, page: usize, pages: usize) -> String {
        if pages > 1 {
            self.loc.format(
                paged,
                &[("page", Arg::from(page)), ("pages", Arg::from(pages))],
            )
        } else {
            self.loc.text(one)
        }
    }

    /// One page of the list in this language: a row per recommendation,
    /// its code leading to its text and history among the records. The
    /// markup is lean on purpose (end tags of cells and rows left out, as
    /// HTML allows; a header cell's scope left to the table algorithm): at
    /// 10,000 recommendations in five languages every byte of a row counts
    /// 50,000 times.
    pub(in crate::report::dashboard) fn list(&self, page: usize, pages: usize) -> String {
        let mut b = String::new();
        self.pager(&mut b, page, pages, list_name);
        if self.items.is_empty() {
            let _ = write!(b, "<p>{}</p>", self.t("db-none"));
        } else {
            let _ = write!(b, "<p>{}</p>", self.t("db-records-intro"));
            let head = self.col(&self.t("db-col-code"), false)
                + &self.col(&self.t("db-col-mechanism"), false)
                + &self.col(&self.t("rv-col-state"), false)
                + &self.col(&self.t("db-col-body"), false)
                + &self.col(&self.t("db-col-since"), false);
            let mut rows = String::new();
            let first = (page - 1) * PER_PAGE;
            for (i, t) in self.items.iter().enumerate().skip(first).take(PER_PAGE) {
                let _ = write!(
                    rows,
                    "<tr><th><a href=\"../{RECORDS}/{}#r{i}\">{}</a><td>{}<td>{}<td>{}<td>",
                    record_name(page),
                    esc(&t.code),
                    esc(&self.l.mechanism_name(t)),
                    self.state_badge(t.state),
                    esc(&self.l.body(&t.body)),
                );
                if let Some(since) = &t.since {
                    rows.push_str(&esc(since));
                }
                rows.push('\n');
            }
            let caption =
                self.paged_title("db-recommendations", "db-recommendations-page", page, pages);
            b.push_str(&self.table("t-recs", &esc(&caption), &head, &rows));
        }
        self.pager(&mut b, page, pages, list_name);
        let title = self.paged_title("db-recommendations", "db-recommendations-page", page, pages);
        self.page(&title, Place::Lang(&list_name(page)), &b)
    }

    /// One page of the records, in this site's language: each
    /// recommendation's text, history and the quotes behind it (lean
    /// markup too: the current state carries the coloured badge, the
    /// history's states are words).
    pub(in crate::report::dashboard) fn records(&self, page: usize, pages: usize) -> String {
        let mut b = String::new();
        self.pager(&mut b, page, pages, record_name);
        let first = (page - 1) * PER_PAGE;
        for (i, t) in self.items.iter().enumerate().skip(first).take(PER_PAGE) {
            self.article(&mut b, i, t);
        }
        self.pager(&mut b, page, pages, record_name);
        let title = self.paged_title("db-records", "db-records-page", page, pages);
        self.page(&title, Place::Records(page), &b)
    }

    fn article(&self, b: &mut String, i: usize, t: &Tracked) {
        let text_lang = if t.language.is_empty() {
            String::new()
        } else {
            format!(" lang=\"{}\"", esc(&t.language))
        };
        let _ = write!(
            b,
            "<article id=\"r{i}\"><h2><bdi>{}</bdi> <small>{}</small></h2><p{text_lang}>{}</p><p class=\"status\">{} <b>{}</b></p>",
            esc(&t.code),
            esc(&self.l.mechanism(t)),
            esc(&t.text),
            self.state_badge(t.state),
            esc(&self.l.body(&t.body)),
        );
        if !t.history.is_empty() {
            let _ = write!(b, "<h3>{}</h3><ol>", self.t("db-history"));
            for e in &t.history {
                let _ = write!(
                    b,
                    "<li><time>{}</time> <b>{}</b><br>{}",
                    esc(&e.date),
                    esc(&self.l.state(e.state)),
                    esc(&e.evidence)
                );
                if !e.source.is_empty() {
                    let _ = write!(b, " <cite>{}</cite>", esc(&e.source));
                }
                b.push('\n');
            }
            b.push_str("</ol>");
        }
        let quotes: Vec<_> = t.quotes.iter().filter(|q| q.shareable).take(2).collect();
        if !quotes.is_empty() {
            let _ = write!(b, "<h3>{}</h3>", self.t("db-voices"));
            for q in quotes {
                let _ = write!(
                    b,
                    "<blockquote class=\"quote\" lang=\"{}\"><p>{}</p></blockquote>",
                    esc(&q.language),
                    esc(&q.text)
                );
            }
        }
        b.push_str("</article>");
    }
}
