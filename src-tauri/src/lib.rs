//! Hearken's desktop shell: a Tauri window around the Svelte UI in `ui/`,
//! with commands that are one-line calls into the `hearken` core.
//!
//! What it guarantees: the UI reaches only the commands granted in
//! `capabilities/`; the webview loads only the app's own files under a strict
//! content security policy (`tauri.conf.json`); the window title is fixed and
//! never shows participant text; errors reach the UI as `{ code, args }`.
#![forbid(unsafe_code)]

pub mod commands;
pub mod dirs;
pub mod error;
pub mod types;
pub mod unlocked;

use tauri::{Manager, Runtime};

/// Builds the app on any runtime: the real one in [`run`], Tauri's mock
/// runtime in tests (`tauri::test::mock_builder()`), with the same commands,
/// state and capabilities.
pub fn build_app<R: Runtime>(builder: tauri::Builder<R>) -> tauri::Result<tauri::App<R>> {
    builder
        .manage(commands::vault::VaultState::default())
        .manage(commands::operation::Operation::default())
        // Native open/save dialogs for kits, bundles and reports; the
        // capability grants only `dialog:allow-open` and `dialog:allow-save`.
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            // Tests manage their own folders before building.
            if app.try_state::<dirs::AppDirs>().is_none() {
                app.manage(dirs::AppDirs::from_environment());
            }
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![
            commands::settings::app_info,
            commands::settings::settings_get,
            commands::settings::settings_set,
            commands::vault::vault_status,
            commands::vault::vault_create,
            commands::vault::vault_unlock,
            commands::vault::vault_recover,
            commands::vault::vault_lock,
            commands::vault::vault_contents,
            // The facilitator's session.
            commands::vault_care::vault_change_passphrase,
            commands::vault_care::vault_wipe,
            commands::engagement::kit_inspect,
            commands::engagement::kit_import,
            commands::engagement::engagement_list,
            commands::engagement::engagement_show,
            commands::session::session_add,
            commands::session::session_list,
            commands::session::session_show,
            commands::session::participant_add,
            commands::session::consent_give,
            commands::session::group_consent_give,
            commands::session::consent_withdraw,
            commands::session::group_consent_withdraw,
            commands::capture::quote_add,
            commands::capture::quote_list,
            commands::capture::quote_edit,
            commands::capture::quote_redact,
            commands::capture::quote_review,
            commands::capture::text_scan,
            commands::capture::quote_read_back,
            commands::capture::captured_delete,
            commands::capture::note_list,
            commands::capture::need_add,
            commands::capture::recommendation_add,
            commands::export::export_preview,
            commands::export::export_bundle,
            commands::followup::evaluation_add,
            commands::followup::evaluation_count,
            commands::followup::update_import,
            commands::followup::update_show,
            commands::followup::update_print,
            // The coordinator's import, synthesis and reports.
            commands::coordinator::exchange::import_bundles,
            commands::operation::operation_cancel,
            commands::coordinator::exchange::roster_list,
            commands::coordinator::exchange::roster_approve,
            commands::coordinator::exchange::roster_revoke,
            commands::coordinator::synthesis::coordinator_engagements,
            commands::coordinator::synthesis::synthesis_compute,
            commands::coordinator::report::report_export,
            commands::coordinator::recommendations::recommendation_merge,
            commands::coordinator::recommendations::recommendation_unmerge,
            commands::coordinator::recommendations::recommendation_suggestions,
            commands::coordinator::recommendations::recommendation_merge_many,
            commands::coordinator::tracking::tracking_view,
            commands::coordinator::tracking::tracking_import,
            commands::coordinator::tracking::tracking_update,
            commands::coordinator::tracking::tracking_link,
            commands::coordinator::tracking::tracking_suggest,
            commands::coordinator::tracking::tracking_write,
            commands::coordinator::qda::qda_import,
            commands::coordinator::qda::qda_codebook,
            commands::coordinator::editorial::report_texts,
            commands::coordinator::editorial::report_text_set,
            commands::coordinator::editorial::report_text_preview,
            commands::coordinator::editorial::quote_curation,
            commands::coordinator::editorial::quote_curate,
        ])
        .build(tauri::generate_context!())
}

/// Starts the desktop app and blocks until its window closes.
pub fn run() {
    build_app(tauri::Builder::default())
        .expect("the Hearken window could not be created")
        .run(|_, _| {});
}
