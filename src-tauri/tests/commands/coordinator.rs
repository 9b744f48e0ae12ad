//! The coordinator's commands through the IPC path: what the import,
//! dashboard and report screens receive when something is refused. Each
//! expected code comes from the core's own error, so the test follows the
//! core and fails only if the shell maps an error wrongly.

use hearken::{
    exchange::ExchangeError, i18n::Localized, model::MergeError, model::validate::RecordError,
    report::ExportError,
};
use hearken_app::commands::vault::VaultState;
use serde_json::{Value, json};
use tauri::Manager;

use super::{PASSPHRASE, Shell, passphrase};

fn filters(extra: Value) -> Value {
    let mut f = json!({ "engagement": null, "regions": [], "languages": [], "groups": [], "dateFrom": null, "dateTo": null, "sharedOnly": false });
    f.as_object_mut()
        .unwrap()
        .extend(extra.as_object().unwrap().clone());
    f
}

/// An unlocked shell whose vault holds the demo engagement (no sessions).
fn coordinator() -> Shell {
    let shell = Shell::start();
    shell.create_vault();
    shell
        .app
        .state::<VaultState>()
        .with(hearken::demo::load_engagement)
        .unwrap();
    shell
}

#[test]
fn coordinator_commands_say_locked_before_the_vault_is_unlocked() {
    let shell = Shell::start();
    shell.create_vault();
    shell.invoke("vault_lock", json!({})).unwrap();
    for (cmd, args) in [
        (
            "synthesis_compute",
            json!({ "params": { "filters": filters(json!({})) } }),
        ),
        ("roster_list", json!({})),
        ("coordinator_engagements", json!({})),
    ] {
        let err = shell.invoke(cmd, args).unwrap_err();
        assert_eq!(err["code"], "app-locked", "{cmd}");
    }
    shell
        .invoke("vault_unlock", passphrase(PASSPHRASE))
        .unwrap();
    assert_eq!(shell.invoke("roster_list", json!({})).unwrap(), json!([]));
}

#[test]
fn a_vault_without_an_engagement_is_explained_not_failed() {
    let shell = Shell::start();
    shell.create_vault();
    let err = shell
        .invoke(
            "synthesis_compute",
            json!({ "params": { "filters": filters(json!({})) } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], "coord-no-engagement");
}

#[test]
fn a_malformed_date_filter_is_refused_with_the_cores_code() {
    let shell = coordinator();
    let ok = shell
        .invoke(
            "synthesis_compute",
            json!({ "params": { "filters": filters(json!({ "dateFrom": "2026-01-01" })) } }),
        )
        .unwrap();
    assert_eq!(ok["synthesis"]["filters"]["dateFrom"], "2026-01-01");
    assert!(ok["records"]["quotes"].as_array().unwrap().is_empty());
    let err = shell
        .invoke(
            "synthesis_compute",
            json!({ "params": { "filters": filters(json!({ "dateTo": "2026-13-45" })) } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], RecordError::BadDate.message().code);
}

#[test]
fn each_bad_file_is_rejected_on_its_own_row_naming_the_file() {
    let shell = coordinator();
    let dir = tempfile::tempdir().unwrap();
    let garbage = dir.path().join("garbage.hearken-bundle");
    std::fs::write(&garbage, b"not an age file at all").unwrap();
    let missing = dir.path().join("gone.hearken-bundle");
    let rows = shell
        .invoke(
            "import_bundles",
            json!({ "params": { "paths": [missing, garbage] }, "onProgress": "__CHANNEL__:7" }),
        )
        .unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["file"], "gone.hearken-bundle");
    assert_eq!(rows[0]["outcome"], "rejected");
    let unreadable = ExchangeError::ReadFile {
        path: String::new(),
    };
    assert_eq!(rows[0]["reason"]["code"], unreadable.message().code);
    assert!(
        rows[0]["reason"]["args"]["path"]
            .as_str()
            .unwrap()
            .ends_with("gone.hearken-bundle")
    );
    assert_eq!(rows[1]["file"], "garbage.hearken-bundle");
    assert_eq!(rows[1]["outcome"], "rejected");
    let code = rows[1]["reason"]["code"].as_str().unwrap();
    assert!(code.starts_with("format-"), "the core's refusal: {code}");
    assert_eq!(shell.invoke("roster_list", json!({})).unwrap(), json!([]));
}

#[test]
fn approving_a_device_nobody_sent_is_refused() {
    let shell = coordinator();
    let err = shell
        .invoke(
            "roster_approve",
            json!({ "params": { "keyId": "0123456789ABCDEF" } }),
        )
        .unwrap_err();
    assert_eq!(err["code"], ExchangeError::UnknownDevice.message().code);
}

#[test]
fn an_export_that_cannot_be_written_leaves_nothing_behind() {
    let shell = coordinator();
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("no such folder").join("report.csv");
    let err = shell
        .invoke(
            "report_export",
            json!({ "params": { "format": "csv", "filters": filters(json!({})), "path": out } , "onProgress": "__CHANNEL__:8" }),
        )
        .unwrap_err();
    let expected = ExportError::Write(std::io::ErrorKind::NotFound.into())
        .message()
        .code;
    assert_eq!(err["code"], expected);
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    let out = dir.path().join("report.json");
    let done = shell
        .invoke(
            "report_export",
            json!({ "params": { "format": "json", "filters": filters(json!({})), "path": out } , "onProgress": "__CHANNEL__:8" }),
        )
        .unwrap();
    assert_eq!(done["quotes"], 0);
    let written: Value = serde_json::from_slice(&std::fs::read(&out).unwrap()).unwrap();
    assert!(written.is_object());
}

#[test]
fn merging_recommendations_by_hand_is_refused_as_the_core_refuses_it() {
    let shell = Shell::start();
    shell.create_vault();
    let ids: Vec<String> = shell
        .app
        .state::<VaultState>()
        .with(|v| {
            let e = hearken::demo::load_engagement(v)?;
            hearken::demo::load_sessions(v, e)?;
            Ok::<_, hearken::Error>(
                v.recommendations(None)
                    .into_iter()
                    .map(|(id, _)| id.to_string())
                    .collect(),
            )
        })
        .unwrap();
    let merge = |cmd: &str, kept: &str, merged: &str| {
        shell.invoke(cmd, json!({ "params": { "kept": kept, "merged": merged } }))
    };
    let err = merge("recommendation_merge", &ids[0], &ids[0]).unwrap_err();
    assert_eq!(err["code"], MergeError::Same.message().code);
    let err = merge("recommendation_unmerge", &ids[0], &ids[1]).unwrap_err();
    assert_eq!(err["code"], MergeError::NotMerged.message().code);
    merge("recommendation_merge", &ids[0], &ids[1]).unwrap();
    let err = merge("recommendation_merge", &ids[1], &ids[2]).unwrap_err();
    assert_eq!(err["code"], MergeError::Chain.message().code);
    let view = shell
        .invoke(
            "synthesis_compute",
            json!({ "params": { "filters": filters(json!({})) } }),
        )
        .unwrap();
    let all = view["synthesis"]["recommendations"]["all"]
        .as_array()
        .unwrap();
    assert_eq!(all.len(), ids.len() - 1);
    let kept = all.iter().find(|r| r["id"] == ids[0].as_str()).unwrap();
    assert_eq!(kept["merged"][0]["id"], ids[1].as_str());
    merge("recommendation_unmerge", &ids[0], &ids[1]).unwrap();
}

#[test]
fn cancel_is_granted_and_an_export_after_it_runs_afresh() {
    let shell = coordinator();
    // A cancel with nothing running changes nothing: the next operation
    // starts with the flag cleared.
    assert_eq!(
        shell.invoke("operation_cancel", json!({})).unwrap(),
        json!(null)
    );
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("after-cancel.json");
    shell
        .invoke(
            "report_export",
            json!({ "params": { "format": "json", "filters": filters(json!({})), "path": out }, "onProgress": "__CHANNEL__:9" }),
        )
        .unwrap();
    assert!(out.exists());
}
