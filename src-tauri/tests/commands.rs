//! The shell's commands driven through Tauri's real IPC path (command
//! routing, capability checks, argument decoding, serialization) on the mock
//! runtime: what the UI would receive, without a display.

use hearken::model::EngagementInput;
use hearken_app::{build_app, commands::vault::VaultState, dirs::AppDirs};
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
            vault: data.path().join("vault.hearken"),
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

    /// Creates the vault with [`PASSPHRASE`]; returns its recovery key.
    fn create_vault(&self) -> String {
        let created = self.invoke("vault_create", passphrase(PASSPHRASE)).unwrap();
        created["recoveryKey"].as_str().unwrap().to_owned()
    }

    /// How many records of `kind` the overview reports.
    fn count(&self, kind: &str) -> u64 {
        let contents = self.invoke("vault_contents", json!({})).unwrap();
        let entry = contents
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["kind"] == kind);
        entry.and_then(|c| c["count"].as_u64()).unwrap()
    }

    fn status(&self) -> Value {
        self.invoke("vault_status", json!({})).unwrap()
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
        json!({ "code": "settings-text-size-range", "args": { "min": 100, "max": 200 } })
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

const PASSPHRASE: &str = "river stones remember rain";

fn passphrase(p: &str) -> Value {
    json!({ "params": { "passphrase": p } })
}

#[test]
fn a_new_vault_is_created_unlocked_and_shows_its_recovery_key_once() {
    let shell = Shell::start();
    assert_eq!(
        shell.invoke("vault_status", json!({})).unwrap(),
        json!({ "exists": false, "unlocked": false })
    );
    let key = shell.create_vault();
    let groups: Vec<&str> = key.split('-').collect();
    assert_eq!(groups.len(), 8, "{key}");
    assert!(groups.iter().all(|g| g.len() == 4));
    assert_eq!(shell.status(), json!({ "exists": true, "unlocked": true }));
    assert_eq!(shell.count("quote"), 0);
    let again = shell
        .invoke("vault_create", passphrase(PASSPHRASE))
        .unwrap_err();
    assert_eq!(again["code"], "vault-exists");
}

#[test]
fn a_short_passphrase_is_refused_with_the_minimum() {
    let shell = Shell::start();
    let err = shell
        .invoke("vault_create", passphrase("short"))
        .unwrap_err();
    assert_eq!(
        err,
        json!({ "code": "vault-short-passphrase", "args": { "min": 8 } })
    );
    assert_eq!(shell.status()["exists"], false);
}

#[test]
fn locking_wipes_access_until_the_passphrase_is_given_again() {
    let shell = Shell::start();
    shell.create_vault();
    assert_eq!(shell.invoke("vault_lock", json!({})).unwrap(), true);
    let err = shell.invoke("vault_contents", json!({})).unwrap_err();
    assert_eq!(err, json!({ "code": "app-locked", "args": {} }));
    assert_eq!(shell.invoke("vault_lock", json!({})).unwrap(), false);
    let shell = shell.restart();
    assert_eq!(shell.status(), json!({ "exists": true, "unlocked": false }));
    shell
        .invoke("vault_unlock", passphrase(PASSPHRASE))
        .unwrap();
    assert!(shell.invoke("vault_contents", json!({})).is_ok());
}

#[test]
fn the_overview_counts_what_the_unlocked_vault_holds() {
    let shell = Shell::start();
    shell.create_vault();
    shell
        .app
        .state::<VaultState>()
        .with(|v| {
            v.add_engagement(EngagementInput {
                title: "Water and sanitation".into(),
                languages: vec!["en".into()],
                ..Default::default()
            })
        })
        .unwrap();
    assert_eq!(shell.count("engagement"), 1);
    let shell = shell.restart();
    shell
        .invoke("vault_unlock", passphrase(PASSPHRASE))
        .unwrap();
    assert_eq!(shell.count("engagement"), 1);
    assert_eq!(shell.count("quote"), 0);
}

#[test]
fn wrong_passphrases_say_how_long_the_next_try_must_wait() {
    let shell = Shell::start();
    shell.create_vault();
    shell.invoke("vault_lock", json!({})).unwrap();
    for (failed, wait) in [(1, 0), (2, 0), (3, 1)] {
        let err = shell
            .invoke("vault_unlock", passphrase("river stones forget rain"))
            .unwrap_err();
        assert_eq!(
            err,
            json!({ "code": "vault-wrong-passphrase", "args": { "failed": failed, "wait": wait } })
        );
    }
    // Even the right passphrase must wait now.
    let err = shell
        .invoke("vault_unlock", passphrase(PASSPHRASE))
        .unwrap_err();
    assert_eq!(err["code"], "vault-delayed");
    assert!(
        err["args"]["seconds"]
            .as_f64()
            .is_some_and(|s| (1.0..=2.0).contains(&s)),
        "{err}"
    );
    assert_eq!(shell.status()["unlocked"], false);
}

#[test]
fn the_recovery_key_opens_the_vault_and_sets_a_new_passphrase() {
    let shell = Shell::start();
    let key = shell.create_vault();
    shell.invoke("vault_lock", json!({})).unwrap();
    let recover = |key: &str| {
        shell.invoke(
            "vault_recover",
            json!({ "params": { "recoveryKey": key, "newPassphrase": "a brand new passphrase" } }),
        )
    };
    assert_eq!(
        recover("not a key").unwrap_err()["code"],
        "vault-malformed-recovery"
    );
    let wrong = recover("0000-0000-0000-0000-0000-0000-0000-0000").unwrap_err();
    assert_eq!(
        wrong,
        json!({ "code": "vault-wrong-recovery", "args": { "wait": 0 } })
    );
    // Written down by hand: lower case, spaces instead of dashes.
    recover(&key.to_lowercase().replace('-', " ")).unwrap();
    assert_eq!(shell.status()["unlocked"], true);
    shell.invoke("vault_lock", json!({})).unwrap();
    let old = shell
        .invoke("vault_unlock", passphrase(PASSPHRASE))
        .unwrap_err();
    assert_eq!(old["code"], "vault-wrong-passphrase");
    shell
        .invoke("vault_unlock", passphrase("a brand new passphrase"))
        .unwrap();
}

// ---------------------------------------------------------------------------
// The facilitator's session (issue 5).

/// An unlocked shell with the demo engagement (as a kit would bring it) and
/// one session with participant P1; returns the session and participant ids.
fn session_with_p1(shell: &Shell) -> (String, String) {
    shell.create_vault();
    let engagement = shell
        .app
        .state::<VaultState>()
        .with(hearken::demo::load_engagement)
        .unwrap();
    let session = shell
        .invoke(
            "session_add",
            json!({ "params": { "engagement": engagement.to_string(), "session": {
                "date": "2026-03-14", "place": "Eastgate", "languages": ["en"],
            }}}),
        )
        .unwrap();
    let session = session.as_str().unwrap().to_owned();
    let p1 = shell
        .invoke(
            "participant_add",
            json!({ "params": { "session": session } }),
        )
        .unwrap();
    assert_eq!(p1["code"], "P1");
    (session, p1["id"].as_str().unwrap().to_owned())
}

fn quote_p1(session: &str, text: &str, redact: bool) -> Value {
    json!({ "params": {
        "session": session, "speaker": "p1", "text": text, "language": "en", "redact": redact,
    }})
}

#[test]
fn a_kit_that_cannot_be_read_is_refused_without_naming_its_path() {
    let shell = Shell::start();
    shell.create_vault();
    let err = shell
        .invoke(
            "kit_inspect",
            json!({ "params": { "path": "/nowhere/Amina's kit.hkit" } }),
        )
        .unwrap_err();
    assert_eq!(err, json!({ "code": "file-unreadable", "args": {} }));
    let err = shell
        .invoke("kit_import", json!({ "params": { "path": "  " } }))
        .unwrap_err();
    assert_eq!(err["code"], "file-no-path");
    let not_a_kit = shell.config.path().join("notes.txt");
    std::fs::write(&not_a_kit, "just some notes").unwrap();
    let err = shell
        .invoke("kit_import", json!({ "params": { "path": not_a_kit } }))
        .unwrap_err();
    assert!(
        err["code"].as_str().unwrap().starts_with("format-"),
        "{err}"
    );
    assert_eq!(
        shell.invoke("engagement_list", json!({})).unwrap(),
        json!([])
    );
}

#[test]
fn quotes_need_consent_are_redacted_on_request_and_go_when_consent_is_withdrawn() {
    let shell = Shell::start();
    let (session, p1) = session_with_p1(&shell);
    let err = shell
        .invoke("quote_add", quote_p1(&session, "The tap is dry.", false))
        .unwrap_err();
    assert_eq!(err["code"], "consent-none");
    assert_eq!(shell.count("quote"), 0);

    shell
        .invoke(
            "consent_give",
            json!({ "params": { "participant": p1, "consent": {
                "scopes": ["take_part", "quotes_in_reports"], "method": "oral", "language": "en",
            }}}),
        )
        .unwrap();
    let found = shell
        .invoke(
            "text_scan",
            json!({ "params": { "session": session, "text": "call me on +44 7700 900123" } }),
        )
        .unwrap();
    assert_eq!(found[0]["kind"], "phone");
    let saved = shell
        .invoke(
            "quote_add",
            quote_p1(&session, "The tap is dry, call me on +44 7700 900123", true),
        )
        .unwrap();
    assert_eq!(saved["text"], "The tap is dry, call me on [phone]");
    assert_eq!(saved["findings"], json!([]));
    assert_eq!(saved["redactions"][0]["kind"], "phone");

    let shown = shell
        .invoke("session_show", json!({ "params": { "id": session } }))
        .unwrap();
    assert_eq!(shown["participants"][0]["quotes"], 1);
    let removed = shell
        .invoke("consent_withdraw", json!({ "params": { "id": p1 } }))
        .unwrap();
    assert_eq!(removed, 1);
    assert_eq!(
        shell
            .invoke("quote_list", json!({ "params": { "id": session } }))
            .unwrap(),
        json!([])
    );
    let err = shell
        .invoke("consent_withdraw", json!({ "params": { "id": p1 } }))
        .unwrap_err();
    assert_eq!(err["code"], "consent-withdrawn");
}

#[test]
fn an_export_needs_a_path_and_sessions_and_writes_nothing_otherwise() {
    let shell = Shell::start();
    let (session, _) = session_with_p1(&shell);
    let out = shell.config.path().join("bundle.age");
    let err = shell
        .invoke(
            "export_bundle",
            json!({ "params": { "sessions": [session], "path": "" } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "file-no-path");
    let err = shell
        .invoke(
            "export_bundle",
            json!({ "params": { "sessions": [], "path": out } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "exchange-no-sessions");
    // An engagement made here, not from a kit, has no coordinator to encrypt to.
    let err = shell
        .invoke(
            "export_bundle",
            json!({ "params": { "sessions": [session], "path": out } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "exchange-no-recipients");
    assert!(!out.exists());
    let plan = shell
        .invoke(
            "export_preview",
            json!({ "params": { "sessions": [session] } }),
        )
        .unwrap();
    assert_eq!(plan["participants"], 1);
    assert_eq!(plan["quotesKeptHome"], 0);
}

#[test]
fn a_short_new_passphrase_is_refused_and_the_panic_wipe_leaves_a_first_start() {
    let shell = Shell::start();
    shell.create_vault();
    let err = shell
        .invoke(
            "vault_change_passphrase",
            json!({ "params": { "newPassphrase": "short" } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "vault-short-passphrase");
    shell.invoke("vault_wipe", json!({})).unwrap();
    assert_eq!(
        shell.status(),
        json!({ "exists": false, "unlocked": false })
    );
    let err = shell.invoke("vault_wipe", json!({})).unwrap_err();
    assert_eq!(err["code"], "vault-not-found");
}

#[path = "commands/coordinator.rs"]
mod coordinator;
