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
        "import_bundles",
        "roster_list",
        "roster_approve",
        "roster_revoke",
        "coordinator_engagements",
        "synthesis_compute",
        "report_export",
    ]
}
