//! The shell's commands driven through Tauri's real IPC path (command
//! routing, capability checks, argument decoding, serialization) on the mock
//! runtime: what the UI would receive, without a display.

use hearken_app::{build_app, dirs::AppDirs};
use serde_json::{Value, json};
use tauri::{
    App, Manager,
    ipc::{CallbackFn, InvokeBody},
    test::{INVOKE_KEY, MockRuntime, get_ipc_response, mock_builder},
    webview::InvokeRequest,
};

struct Shell {
    app: App<MockRuntime>,
    config: tempfile::TempDir,
    _data: tempfile::TempDir,
}

impl Shell {
    fn start() -> Self {
        Self::with_dirs(tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap())
    }

    fn with_dirs(config: tempfile::TempDir, data: tempfile::TempDir) -> Self {
        let dirs = AppDirs {
            config: config.path().to_owned(),
            data: data.path().to_owned(),
        };
        let app = build_app(mock_builder().manage(dirs)).expect("app builds on the mock runtime");
        Self {
            app,
            config,
            _data: data,
        }
    }

    /// Quits and starts again on the same folders.
    fn restart(self) -> Self {
        let Self {
            app, config, _data, ..
        } = self;
        drop(app);
        Self::with_dirs(config, _data)
    }

    /// Invokes `cmd` from the window labelled `window`, as the UI would.
    fn invoke_from(&self, window: &str, cmd: &str, args: Value) -> Result<Value, Value> {
        let webview = match self.app.get_webview_window(window) {
            Some(w) => w,
            None => tauri::WebviewWindowBuilder::new(&self.app, window, Default::default())
                .build()
                .unwrap(),
        };
        get_ipc_response(
            &webview,
            InvokeRequest {
                cmd: cmd.into(),
                callback: CallbackFn(0),
                error: CallbackFn(1),
                url: "tauri://localhost".parse().unwrap(),
                body: InvokeBody::Json(args),
                headers: Default::default(),
                invoke_key: INVOKE_KEY.to_string(),
            },
        )
        .map(|body| body.deserialize::<Value>().unwrap())
    }

    fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        self.invoke_from("main", cmd, args)
    }

    fn settings_file(&self) -> std::path::PathBuf {
        self.config.path().join(hearken::settings::FILE_NAME)
    }
}

fn settings(text_size: u32, auto_lock: u32) -> Value {
    json!({ "params": { "settings": {
        "language": "ar", "textSizePercent": text_size,
        "highContrast": true, "autoLockMinutes": auto_lock,
    }}})
}

#[test]
fn first_start_gets_default_settings_in_camel_case() {
    let shell = Shell::start();
    let got = shell.invoke("settings_get", json!({})).unwrap();
    assert_eq!(
        got,
        json!({ "language": null, "textSizePercent": 100, "highContrast": false, "autoLockMinutes": 5 })
    );
}

#[test]
fn saved_settings_read_back_after_a_restart() {
    let shell = Shell::start();
    let saved = shell.invoke("settings_set", settings(175, 30)).unwrap();
    assert_eq!(saved["textSizePercent"], 175);
    let shell = shell.restart();
    assert_eq!(shell.invoke("settings_get", json!({})).unwrap(), saved);
}

#[test]
fn a_refused_value_reaches_the_ui_as_code_and_args_and_saves_nothing() {
    let shell = Shell::start();
    let err = shell.invoke("settings_set", settings(250, 5)).unwrap_err();
    assert_eq!(
        err,
        json!({ "code": "settings-text-size-range", "args": { "min": 100.0, "max": 200.0 } })
    );
    let err = shell.invoke("settings_set", settings(100, 0)).unwrap_err();
    assert_eq!(err["code"], "settings-auto-lock-range");
    assert!(!shell.settings_file().exists());
}

#[test]
fn a_damaged_settings_file_is_reported_with_its_code() {
    let shell = Shell::start();
    std::fs::write(shell.settings_file(), "{ damaged").unwrap();
    let err = shell.invoke("settings_get", json!({})).unwrap_err();
    assert_eq!(err, json!({ "code": "settings-malformed", "args": {} }));
}

#[test]
fn app_info_lists_the_shipped_languages_and_setting_bounds() {
    let shell = Shell::start();
    let info = shell.invoke("app_info", json!({})).unwrap();
    assert_eq!(info["languages"], json!(["en", "fr", "es", "ar", "ru"]));
    assert_eq!(info["autoLockMinutes"], json!({ "min": 1, "max": 120 }));
    assert_eq!(info["version"], env!("CARGO_PKG_VERSION"));
}

#[test]
fn capabilities_grant_commands_to_the_main_window_only() {
    let shell = Shell::start();
    assert!(shell.invoke_from("main", "app_info", json!({})).is_ok());
    let refused = shell
        .invoke_from("other", "app_info", json!({}))
        .unwrap_err();
    assert!(
        refused.as_str().is_some_and(|s| s.contains("not allowed")),
        "{refused}"
    );
    let unknown = shell
        .invoke("settings_delete_everything", json!({}))
        .unwrap_err();
    assert!(unknown.as_str().is_some(), "{unknown}");
}
