//! Generates the app's Tauri context and one `allow-<command>` permission per
//! command listed here; `capabilities/` then grants exactly the ones the UI
//! uses, so a command added to the handler but not granted stays unreachable.
fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(hearken_app_commands())),
    )
    .expect("tauri build script");
}

/// Every command in the handler (`src/lib.rs`, `src/commands/`).
fn hearken_app_commands() -> &'static [&'static str] {
    &[
        "app_info",
        "settings_get",
        "settings_set",
        "vault_status",
        "vault_create",
        "vault_unlock",
        "vault_recover",
        "vault_lock",
        "vault_contents",
        // The facilitator's session (issue 5).
        "vault_change_passphrase",
        "vault_wipe",
        "kit_inspect",
        "kit_import",
        "engagement_list",
        "engagement_show",
        "session_add",
        "session_list",
        "session_show",
        "participant_add",
        "consent_give",
        "group_consent_give",
        "consent_withdraw",
        "group_consent_withdraw",
        "quote_add",
        "quote_list",
        "quote_edit",
        "quote_redact",
        "quote_review",
        "text_scan",
        "quote_read_back",
        "captured_delete",
        "note_list",
        "need_add",
        "recommendation_add",
        "export_preview",
        "export_bundle",
        "evaluation_add",
        "evaluation_count",
        "update_import",
        "update_show",
        "update_print",
        // The coordinator's import, synthesis and reports (issue 6).
        "import_bundles",
        "operation_cancel",
        "roster_list",
        "roster_approve",
        "roster_revoke",
        "coordinator_engagements",
        "synthesis_compute",
        "report_export",
        "recommendation_merge",
        "recommendation_unmerge",
        "recommendation_suggestions",
        "recommendation_merge_many",
        "tracking_view",
        "tracking_import",
        "tracking_update",
        "tracking_link",
        "tracking_suggest",
        "tracking_write",
        "qda_import",
        "qda_codebook",
        "report_texts",
        "report_text_set",
        "report_text_preview",
        "quote_curation",
        "quote_curate",
    ]
}
