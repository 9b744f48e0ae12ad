//! The TypeScript of every value the UI sends to the shell or receives
//! from it (the `*Params` structs and the shell's own views), generated
//! from these Rust types into `ui/src/api/generated-shell.ts`; the core's
//! types come from `ui/src/api/generated.ts` ([`hearken::views::typescript`]).
//! A test fails when the committed file drifts from the Rust types.

use ts_rs::TS;

/// The shell's declarations, importing the core's types they name.
pub fn typescript() -> String {
    let cfg = ts_rs::Config::new().with_large_int("number");
    let decls = [
        <crate::commands::capture::QuoteAddParams as TS>::decl(&cfg),
        <crate::commands::capture::QuoteEditParams as TS>::decl(&cfg),
        <crate::commands::capture::TextScanParams as TS>::decl(&cfg),
        <crate::commands::capture::QuoteReadBackParams as TS>::decl(&cfg),
        <crate::commands::capture::NoteView as TS>::decl(&cfg),
        <crate::commands::capture::NeedAddParams as TS>::decl(&cfg),
        <crate::commands::capture::RecommendationAddParams as TS>::decl(&cfg),
        <crate::commands::coordinator::exchange::ImportBundlesParams as TS>::decl(&cfg),
        <crate::commands::coordinator::exchange::FileOutcome as TS>::decl(&cfg),
        <crate::commands::coordinator::exchange::FileResult as TS>::decl(&cfg),
        <crate::commands::coordinator::exchange::DeviceParams as TS>::decl(&cfg),
        <crate::commands::coordinator::FilterParams as TS>::decl(&cfg),
        <crate::commands::coordinator::recommendations::MergeParams as TS>::decl(&cfg),
        <crate::commands::coordinator::report::ReportFormat as TS>::decl(&cfg),
        <crate::commands::coordinator::report::ReportExportParams as TS>::decl(&cfg),
        <crate::commands::coordinator::report::Exported as TS>::decl(&cfg),
        <crate::commands::coordinator::synthesis::EngagementEntry as TS>::decl(&cfg),
        <crate::commands::coordinator::synthesis::SynthesisParams as TS>::decl(&cfg),
        <crate::commands::coordinator::synthesis::SynthesisView as TS>::decl(&cfg),
        <crate::commands::engagement::KitFileParams as TS>::decl(&cfg),
        <crate::commands::engagement::KitInspection as TS>::decl(&cfg),
        <crate::commands::engagement::EngagementSummary as TS>::decl(&cfg),
        <crate::commands::engagement::ThemeView as TS>::decl(&cfg),
        <crate::commands::engagement::EngagementView as TS>::decl(&cfg),
        <crate::commands::engagement::RecordParams as TS>::decl(&cfg),
        <crate::commands::export::ExportPreviewParams as TS>::decl(&cfg),
        <crate::commands::export::ExportBundleParams as TS>::decl(&cfg),
        <crate::commands::session::SessionAddParams as TS>::decl(&cfg),
        <crate::commands::session::SessionSummary as TS>::decl(&cfg),
        <crate::commands::session::ParticipantView as TS>::decl(&cfg),
        <crate::commands::session::SessionView as TS>::decl(&cfg),
        <crate::commands::session::ParticipantAddParams as TS>::decl(&cfg),
        <crate::commands::session::ParticipantAdded as TS>::decl(&cfg),
        <crate::commands::session::ConsentGiveParams as TS>::decl(&cfg),
        <crate::commands::session::GroupConsentParams as TS>::decl(&cfg),
        <crate::commands::settings::AppInfo as TS>::decl(&cfg),
        <crate::commands::settings::Bounds as TS>::decl(&cfg),
        <crate::commands::settings::SettingsSetParams as TS>::decl(&cfg),
        <crate::commands::vault::VaultStatus as TS>::decl(&cfg),
        <crate::commands::vault::VaultCreateParams as TS>::decl(&cfg),
        <crate::commands::vault::ShownOnce as TS>::decl(&cfg),
        <crate::commands::vault::CreatedVault as TS>::decl(&cfg),
        <crate::commands::vault::VaultUnlockParams as TS>::decl(&cfg),
        <crate::commands::vault::VaultRecoverParams as TS>::decl(&cfg),
        <crate::commands::vault::KindCount as TS>::decl(&cfg),
        <crate::commands::vault_care::VaultChangePassphraseParams as TS>::decl(&cfg),
        <crate::commands::coordinator::tracking::EngagementParams as TS>::decl(&cfg),
        <crate::commands::coordinator::tracking::TrackingImportParams as TS>::decl(&cfg),
        <crate::commands::coordinator::qda::QdaImportParams as TS>::decl(&cfg),
        <crate::commands::coordinator::editorial::ReportTextParams as TS>::decl(&cfg),
        <crate::commands::engagement::EngagementShowParams as TS>::decl(&cfg),
        <crate::commands::engagement::Choice as TS>::decl(&cfg),
        <crate::commands::coordinator::synthesis::Names as TS>::decl(&cfg),
        <crate::commands::coordinator::recommendations::SuggestParams as TS>::decl(&cfg),
        <crate::commands::coordinator::recommendations::MergeManyParams as TS>::decl(&cfg),
        <crate::commands::coordinator::editorial::PreviewParams as TS>::decl(&cfg),
        <crate::commands::coordinator::editorial::Preview as TS>::decl(&cfg),
        <crate::commands::coordinator::editorial::CurationView as TS>::decl(&cfg),
        <crate::commands::coordinator::editorial::CurateAction as TS>::decl(&cfg),
        <crate::commands::coordinator::editorial::CurateParams as TS>::decl(&cfg),
        <crate::commands::coordinator::tracking::TrackingUpdateParams as TS>::decl(&cfg),
        <crate::commands::coordinator::tracking::TrackingLinkParams as TS>::decl(&cfg),
        <crate::commands::coordinator::tracking::TrackingSuggestParams as TS>::decl(&cfg),
        <crate::commands::coordinator::tracking::FollowUpOutput as TS>::decl(&cfg),
        <crate::commands::coordinator::tracking::TrackingWriteParams as TS>::decl(&cfg),
        <crate::commands::coordinator::tracking::FollowUpWritten as TS>::decl(&cfg),
        <crate::commands::followup::EvaluationAddParams as TS>::decl(&cfg),
        <crate::commands::followup::SessionParams as TS>::decl(&cfg),
        <crate::commands::followup::UpdateImportParams as TS>::decl(&cfg),
        <crate::commands::followup::UpdatePrintParams as TS>::decl(&cfg),
        <crate::commands::followup::UpdatePrinted as TS>::decl(&cfg),
    ];
    let body: String = decls
        .iter()
        .map(|d| format!("\nexport {}\n", d.trim()))
        .collect();
    let core = hearken::views::typescript();
    let used: Vec<&str> = core
        .lines()
        .filter_map(|l| l.strip_prefix("export type "))
        .filter_map(|l| l.split([' ', '<']).next())
        .filter(|name| {
            body.match_indices(name).any(|(at, _)| {
                let before = body[..at].chars().next_back();
                let after = body[at + name.len()..].chars().next();
                !before.is_some_and(|c| c.is_alphanumeric() || c == '_')
                    && !after.is_some_and(|c| c.is_alphanumeric() || c == '_')
            })
        })
        .collect();
    format!(
        "// Generated from the shell's Rust types by `hearken_app::types::typescript()`:\n\
         // do not edit. Regenerate with `HEARKEN_WRITE_TS=1 cargo test -p hearken-app\n\
         // --lib types`; `make lint` fails when this file drifts from them.\n\n\
         import type {{ {} }} from \"./generated\";\n{}",
        used.join(", "),
        body
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_uis_shell_types_are_the_ones_generated_from_rust() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../ui/src/api/generated-shell.ts");
        let generated = super::typescript();
        if std::env::var_os("HEARKEN_WRITE_TS").is_some() {
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == generated,
            "ui/src/api/generated-shell.ts drifted from the Rust types: regenerate it with HEARKEN_WRITE_TS=1 cargo test -p hearken-app --lib types"
        );
    }
}
