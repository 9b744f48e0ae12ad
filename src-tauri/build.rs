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

/// Every command in `src/commands.rs`' handler.
fn hearken_app_commands() -> &'static [&'static str] {
    &["app_info", "settings_get", "settings_set"]
}
