//! Redaction at capture time: a quote saved "redacted" is written once,
//! already holding placeholders, and follows the same consent rules.

use hearken::{
    Error,
    consent::ConsentError,
    model::{QuoteInput, Speaker},
};

use crate::support::*;

const PHONE: &str = "+216 98 765 432";

fn input(speaker: &str) -> QuoteInput {
    QuoteInput {
        speaker: Speaker::parse(speaker),
        text: format!("For water, call the committee on {PHONE} before noon."),
        language: "en".into(),
        translation: Some(format!("Pour l'eau, appelez le {PHONE}.")),
        themes: vec![],
    }
}

#[test]
fn a_quote_saved_redacted_is_written_once_with_placeholders() {
    let (t, mut v, _) = TestVault::new();
    let (_, s) = session(&mut v);
    let (_, code) = consenting(&mut v, s);
    let id = v.add_quote_redacted(s, input(&code)).unwrap();
    let q = v.quote(id).unwrap();
    assert!(!q.text.contains("98 765"), "text keeps the number");
    assert!(!q.translation.as_deref().unwrap().contains("98 765"));
    assert_eq!(q.redactions.len(), 1);
    assert_eq!(q.translation_redactions.len(), 1);
    let scanner = v.scanner(s).unwrap();
    assert!(v.quote_findings(id, &scanner).unwrap().is_empty());
    // One write: its version is the one it was created with, so no
    // unredacted version was ever sealed into the vault.
    assert_eq!(v.version_of(id), v.order_of(id));
    // A plain save then a redaction is two writes: the check can fail.
    let two = v.add_quote(s, input(&code)).unwrap();
    v.redact_all_findings(two).unwrap();
    assert_ne!(v.version_of(two), v.order_of(two));
    drop(v);
    let v = t.unlock();
    assert_eq!(v.quote(id).unwrap().redactions.len(), 1);
}

#[test]
fn a_redacted_save_needs_consent_like_any_other() {
    let (_, mut v, _) = TestVault::new();
    let (_, s) = session(&mut v);
    let (p, _) = v.add_participant(s, None).unwrap();
    let code = v.participant(p).unwrap().code.clone();
    assert!(matches!(
        v.add_quote_redacted(s, input(&code)),
        Err(Error::Consent(ConsentError::NoConsent))
    ));
    assert!(v.quotes(Some(s)).is_empty());
}
