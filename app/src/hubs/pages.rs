//! Organizer pages: the hub registry and one hub's accounts, jobs and actions.
use super::actions::*;
use crate::{
    components::*,
    ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;
use leptos_meta::Meta;
use leptos_router::hooks::use_params_map;

pub const SCHEMES: [&str; 4] = ["email", "email-local", "github", "platform"];

/// An account state as a small coloured label (`hub-status-<state>`).
pub fn status_label(status: &str) -> impl IntoView {
    let key = if status.is_empty() {
        "hub-status-none".to_owned()
    } else {
        format!("hub-status-{status}")
    };
    view! { <span class=format!("status hub-{}", if status.is_empty() { "none" } else { status })>{t(&key)}</span> }
}

fn counts_line(counts: &[(String, u64)]) -> String {
    counts
        .iter()
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| t_args(&format!("hub-count-{s}"), &[("count", n.to_string())]))
        .collect::<Vec<_>>()
        .join(" · ")
}

/// The fields of the register and edit forms.
#[component]
fn HubFields(
    current: HubSettings,
    institutions: Vec<(i32, String)>,
    editing: bool,
) -> impl IntoView {
    let flash = ctx::flash();
    let inst = Some(flash.value("institution_id"))
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| {
            if current.institution_id > 0 {
                current.institution_id.to_string()
            } else {
                String::new()
            }
        });
    let scheme = Some(flash.value("username_scheme"))
        .filter(|v| !v.is_empty())
        .unwrap_or(current.username_scheme.clone());
    let groups = Some(flash.value("default_groups"))
        .filter(|v| !v.is_empty())
        .unwrap_or(current.default_groups.clone());
    let inst_error = flash.error_for("institution_id");
    let scheme_error = flash.error_for("username_scheme");
    let groups_error = flash.error_for("default_groups");
    view! {
        <div class="field" class:has-error=inst_error.is_some()>
            <label for="f-institution_id">{t("field-institution")}</label>
            <FieldError id="f-institution_id-error".into() message=inst_error.clone()/>
            <select id="f-institution_id" name="institution_id" required=true aria-describedby=inst_error.as_ref().map(|_| "f-institution_id-error")>
                <option value="">{t("hub-choose-institution")}</option>
                {institutions.into_iter().map(|(id, name)| view! { <option value=id selected=inst == id.to_string()>{name}</option> }).collect_view()}
            </select>
        </div>
        <TextField name="name" label="field-hub-name" required=true value=current.name.clone()/>
        <TextField name="base_url" label="field-hub-url" kind="url" required=true value=current.base_url.clone() hint="hub-url-hint"/>
        <TextField name="token" label="field-hub-token" kind="password" autocomplete="off" required=!editing hint=if editing { "hub-token-hint-edit" } else { "hub-token-hint" }/>
        <div class="field" class:has-error=scheme_error.is_some()>
            <label for="f-username_scheme">{t("field-hub-scheme")}</label>
            <p class="hint" id="f-username_scheme-hint">{t("hub-scheme-hint")}</p>
            <FieldError id="f-username_scheme-error".into() message=scheme_error.clone()/>
            <select id="f-username_scheme" name="username_scheme" aria-describedby="f-username_scheme-hint">
                {SCHEMES.iter().map(|s| view! { <option value=*s selected=scheme == *s>{t(&format!("hub-scheme-{s}"))}</option> }).collect_view()}
            </select>
        </div>
        <div class="field" class:has-error=groups_error.is_some()>
            <label for="f-default_groups">{t("field-hub-groups")}</label>
            <p class="hint" id="f-default_groups-hint">{t("hub-groups-hint")}</p>
            <FieldError id="f-default_groups-error".into() message=groups_error.clone()/>
            <textarea id="f-default_groups" name="default_groups" rows="3" aria-describedby="f-default_groups-hint">{groups}</textarea>
        </div>
        <TextField name="name_prefix" label="field-hub-prefix" value=current.name_prefix.clone() hint="hub-prefix-hint"/>
        <div class="field">
            <label class="check" for="f-course_groups">
                <input type="checkbox" id="f-course_groups" name="course_groups" value="on" checked=current.course_groups/>
                {t("field-hub-course-groups")}
            </label>
        </div>
    }
}

#[component]
pub fn HubsPage() -> impl IntoView {
    view! {
        <Layout title="admin-hubs">
            <Notice/>
            <p class="lead">{t("hubs-intro")}</p>
            {load(list_hubs(), move |data| view! {
                {match data.clone() {
                    Ok(data) => view! {
                        {if data.hubs.is_empty() {
                            view! { <p class="muted">{t("hubs-empty")}</p> }.into_any()
                        } else {
                            view! {
                                <div class="table-wrap">
                                <table>
                                    <thead><tr>
                                        <th scope="col">{t("field-hub-name")}</th>
                                        <th scope="col">{t("field-institution")}</th>
                                        <th scope="col">{t("field-hub-url")}</th>
                                        <th scope="col">{t("hub-accounts")}</th>
                                    </tr></thead>
                                    <tbody>
                                        {data.hubs.into_iter().map(|h| view! {
                                            <tr>
                                                <td><a href=format!("/admin/hubs/{}", h.id)>{h.name}</a></td>
                                                <td>{h.institution}</td>
                                                <td class="url">{h.base_url}</td>
                                                <td>{counts_line(&h.counts)}</td>
                                            </tr>
                                        }).collect_view()}
                                    </tbody>
                                </table>
                                </div>
                            }.into_any()
                        }}
                        <h2>{t("hubs-add")}</h2>
                        <form method="post" action="/api/create_hub" class="card">
                            <CsrfField/>
                            <FormError/>
                            <HubFields current=HubSettings { username_scheme: "email".into(), name_prefix: "academy-".into(), ..Default::default() } institutions=data.institutions editing=false/>
                            <button type="submit">{t("hubs-add-submit")}</button>
                        </form>
                    }.into_any(),
                    Err(e) => error_view(e),
                }}
            })}
        </Layout>
    }
}

#[component]
fn ConnectionCheck(check: Option<CheckView>, scheme: String) -> impl IntoView {
    let Some(c) = check else {
        return view! { <p class="muted">{t("hub-check-never")}</p> }.into_any();
    };
    let summary = if c.passed {
        view! { <p class="notice">{t_args("hub-check-passed", &[("version", c.version.clone().unwrap_or_default())])}</p> }.into_any()
    } else {
        let key = c
            .error_key
            .clone()
            .unwrap_or_else(|| "hub-check-failed".into());
        view! {
            <p class="form-error">{t_args(&key, &[("scopes", c.missing_scopes.join(", "))])}</p>
            {c.error_detail.clone().map(|d| view! { <p class="said-by-hub"><span class="muted">{t("hub-error-details")}" "</span><code>{d}</code></p> })}
        }.into_any()
    };
    let proposal = c.proposed_scheme.clone().filter(|p| *p != scheme);
    view! {
        {summary}
        <dl class="facts">
            <dt>{t("hub-checked-at")}</dt><dd>{c.checked_at.clone()}</dd>
            {c.authenticator.clone().map(|a| view! { <dt>{t("hub-authenticator")}</dt><dd><code>{a}</code></dd> })}
        </dl>
        {proposal.map(|p| view! { <p class="info-box">{t_args("hub-scheme-proposal", &[("scheme", t(&format!("hub-scheme-{p}")))])}</p> })}
        {(!c.missing_optional.is_empty()).then(|| view! { <p class="info-box">{t_args("hub-check-optional-missing", &[("scopes", c.missing_optional.join(", "))])}</p> })}
        {c.warn_allow_existing_users.then(|| view! { <p class="info-box">{t("hub-check-allow-existing-users")}</p> })}
    }.into_any()
}

#[component]
fn Batch(batch: BatchView) -> impl IntoView {
    let finished = batch.done + batch.failed;
    let percent = (finished * 100).checked_div(batch.total).unwrap_or(100) as u32;
    view! {
        <div class="card batch" aria-live="polite">
            <h3>{t(&format!("hub-batch-{}", batch.label))}" · "{batch.started.clone()}</h3>
            {progress_bar(percent)}
            <p>{t_args("hub-batch-progress", &[("done", batch.done.to_string()), ("failed", batch.failed.to_string()), ("open", batch.open.to_string()), ("total", batch.total.to_string())])}</p>
        </div>
    }
}

#[component]
fn Jobs(jobs: Vec<JobView>) -> impl IntoView {
    if jobs.is_empty() {
        return view! { <p class="muted">{t("hub-jobs-empty")}</p> }.into_any();
    }
    view! {
        <div class="table-wrap">
        <table class="stack">
            <thead><tr>
                <th scope="col">{t("field-name")}</th>
                <th scope="col">{t("hub-job-action")}</th>
                <th scope="col">{t("hub-job-state")}</th>
                <th scope="col">{t("hub-job-attempts")}</th>
                <th scope="col">{t("hub-job-error")}</th>
            </tr></thead>
            <tbody>
                {jobs.into_iter().map(|j| view! {
                    <tr>
                        <td>{j.person}</td>
                        <td>{t(&format!("job-{}", j.kind))}</td>
                        <td>{t(&format!("job-status-{}", j.status))}{(!j.next_run.is_empty()).then(|| view! { <br/><span class="meta">{t_args("hub-job-next", &[("when", j.next_run.clone())])}</span> })}</td>
                        <td>{format!("{} / {}", j.attempts, j.max_attempts)}</td>
                        <td class="said-by-hub"><code>{j.error}</code></td>
                    </tr>
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }.into_any()
}

/// How a hub user came to be linked, when it was not made by the platform.
fn origin_note(origin: &str, confirmed: bool) -> Option<&'static str> {
    match (origin, confirmed) {
        ("adopted", false) => Some("hub-origin-adopted"),
        ("adopted", true) | ("unknown", true) => Some("hub-origin-confirmed"),
        ("unknown", false) => Some("hub-origin-unknown"),
        _ => None,
    }
}

/// Names that were taken on the hub by users the platform did not create: each waits for an
/// organizer's explicit confirmation (administrators cannot be linked at all).
#[component]
fn Collisions(hub_id: i32, members: Vec<MemberView>) -> impl IntoView {
    let taken: Vec<MemberView> = members
        .into_iter()
        .filter(|m| m.status == "conflict")
        .collect();
    if taken.is_empty() {
        return ().into_any();
    }
    view! {
        <section aria-labelledby="h-collisions" class="card warning">
            <h2 id="h-collisions">{t("hub-collisions")}</h2>
            <p>{t("hub-collisions-intro")}</p>
            <ul class="plain">
                {taken.into_iter().map(|m| {
                    let args = [("username", m.hub_username.clone()), ("name", m.name.clone())];
                    if m.error_key == "hub-error-name-admin" {
                        return view! { <li><p>{t_args("hub-collision-admin", &args)}</p></li> }.into_any();
                    }
                    let box_id = format!("f-adopt-{}", m.user_id);
                    view! {
                        <li>
                            <form method="post" action="/api/confirm_hub_adoption">
                                <CsrfField/>
                                <input type="hidden" name="id" value=hub_id/>
                                <input type="hidden" name="user_id" value=m.user_id/>
                                <label class="check" for=box_id.clone()><input type="checkbox" id=box_id.clone() name="confirm" value="yes" required=true/>{t_args("hub-collision-confirm", &args)}</label>
                                <button type="submit" class="small secondary">{t("hub-collision-submit")}</button>
                            </form>
                        </li>
                    }.into_any()
                }).collect_view()}
            </ul>
        </section>
    }.into_any()
}

#[component]
fn UrlChanges(changes: Vec<UrlChangeView>) -> impl IntoView {
    if changes.is_empty() {
        return ().into_any();
    }
    view! {
        <h3>{t("hub-url-changes")}</h3>
        <ul class="plain meta">
            {changes.into_iter().map(|c| view! {
                <li>{t_args("hub-url-change", &[("when", c.when), ("who", c.who), ("before", c.before), ("after", c.after)])}</li>
            }).collect_view()}
        </ul>
    }.into_any()
}

#[component]
fn Members(hub_id: i32, members: Vec<MemberView>) -> impl IntoView {
    if members.is_empty() {
        return view! { <p class="muted">{t("hub-members-empty")}</p> }.into_any();
    }
    view! {
        <div class="table-wrap">
        <table class="stack">
            <thead><tr>
                <th scope="col">{t("field-name")}</th>
                <th scope="col">{t("hub-username")}</th>
                <th scope="col">{t("hub-job-state")}</th>
                <th scope="col">{t("hub-updated")}</th>
                <th scope="col"><span class="visually-hidden">{t("hub-actions")}</span></th>
            </tr></thead>
            <tbody>
                {members.into_iter().map(|m| {
                    let label = if m.status == "failed" { "hub-retry-one" } else { "hub-provision-one" };
                    view! {
                        <tr>
                            <td>{m.name.clone()}<br/><span class="meta">{m.email}</span></td>
                            <td><code>{m.hub_username}</code>{origin_note(&m.origin, m.confirmed).map(|k| view! { <br/><span class="meta">{t(k)}</span> })}</td>
                            <td>
                                {status_label(&m.status)}
                                {(!m.error_key.is_empty()).then(|| view! { <p class="meta">{t(&m.error_key)}</p> })}
                                {(!m.error_detail.is_empty()).then(|| view! { <p class="said-by-hub"><span class="muted">{t("hub-error-details")}" "</span><code>{m.error_detail.clone()}</code></p> })}
                            </td>
                            <td class="meta">{m.updated}</td>
                            <td class="actions">
                                <form method="post" action="/api/provision_person">
                                    <CsrfField/>
                                    <input type="hidden" name="id" value=hub_id/>
                                    <input type="hidden" name="user_id" value=m.user_id/>
                                    <button type="submit" class="small" aria-label=format!("{} — {}", t(label), m.name)>{t(label)}</button>
                                </form>
                            </td>
                        </tr>
                    }
                }).collect_view()}
            </tbody>
        </table>
        </div>
    }.into_any()
}

#[component]
pub fn HubPage() -> impl IntoView {
    let id: i32 =
        use_params_map().with_untracked(|p| p.get("id").and_then(|s| s.parse().ok()).unwrap_or(0));
    view! {
        <Layout title="hub-title">
            <Notice/>
            <FormError/>
            {load(hub_detail(id), move |d| view! {
                {match d.clone() {
                    Ok(d) => {
                        let running = d.batch.as_ref().is_some_and(|b| b.open > 0);
                        let failed = d.counts.iter().find(|(s, _)| s == "failed").map_or(0, |(_, n)| *n);
                        view! {
                            // While a batch runs the page refreshes itself, with or without JavaScript.
                            {running.then(|| view! { <Meta http_equiv="refresh" content="3"/> })}
                            <p class="lead">{d.settings.name.clone()}" · "{d.institution.clone()}" · "<code>{d.settings.base_url.clone()}</code></p>
                            {d.token_needed.then(|| view! { <p class="form-error" role="alert">{t("hub-token-needed")}</p> })}
                            <Collisions hub_id=id members=d.members.clone()/>
                            <section aria-labelledby="h-connection">
                                <h2 id="h-connection">{t("hub-connection")}</h2>
                                <ConnectionCheck check=d.check.clone() scheme=d.settings.username_scheme.clone()/>
                                <form method="post" action="/api/test_hub_connection">
                                    <CsrfField/>
                                    <input type="hidden" name="id" value=id/>
                                    <button type="submit">{t("hub-check-submit")}</button>
                                </form>
                            </section>
                            <section aria-labelledby="h-accounts">
                                <h2 id="h-accounts">{t("hub-accounts")}</h2>
                                <p>{match counts_line(&d.counts) { s if s.is_empty() => t("hub-accounts-none"), s => s }}</p>
                                {d.batch.clone().map(|b| view! { <Batch batch=b/> })}
                                <div class="button-row">
                                    <form method="post" action="/api/sync_hub">
                                        <CsrfField/>
                                        <input type="hidden" name="id" value=id/>
                                        <button type="submit">{t("hub-sync-submit")}</button>
                                    </form>
                                    <form method="post" action="/api/sync_hub">
                                        <CsrfField/>
                                        <input type="hidden" name="id" value=id/>
                                        <input type="hidden" name="all" value="on"/>
                                        <button type="submit" class="secondary">{t("hub-sync-all-submit")}</button>
                                    </form>
                                    {(failed > 0).then(|| view! {
                                        <form method="post" action="/api/retry_hub_failures">
                                            <CsrfField/>
                                            <input type="hidden" name="id" value=id/>
                                            <button type="submit" class="secondary">{t_args("hub-retry-all-submit", &[("count", failed.to_string())])}</button>
                                        </form>
                                    })}
                                </div>
                            </section>
                            <section aria-labelledby="h-jobs">
                                <h2 id="h-jobs">{t("hub-jobs")}</h2>
                                <Jobs jobs=d.jobs.clone()/>
                            </section>
                            <section aria-labelledby="h-members">
                                <h2 id="h-members">{t("hub-members")}</h2>
                                <Members hub_id=id members=d.members.clone()/>
                            </section>
                            <section aria-labelledby="h-deprovision">
                                <h2 id="h-deprovision">{t("hub-deprovision")}</h2>
                                <form method="post" action="/api/deprovision_hub" class="card danger-zone">
                                    <CsrfField/>
                                    <input type="hidden" name="id" value=id/>
                                    <p>{t("hub-deprovision-intro")}</p>
                                    <fieldset class="stacked">
                                        <legend>{t("hub-deprovision-mode")}</legend>
                                        <label class="check" for="mode-delete"><input type="radio" id="mode-delete" name="mode" value="delete" checked=true/>{t("hub-deprovision-delete")}</label>
                                        <label class="check" for="mode-stop"><input type="radio" id="mode-stop" name="mode" value="stop"/>{t("hub-deprovision-stop")}</label>
                                    </fieldset>
                                    <div class="field" class:has-error=ctx::flash().error_for("confirm").is_some()>
                                        <FieldError id="f-confirm-error".into() message=ctx::flash().error_for("confirm")/>
                                        <label class="check" for="f-confirm"><input type="checkbox" id="f-confirm" name="confirm" value="yes" required=true/>{t_args("hub-deprovision-confirm", &[("institution", d.institution.clone())])}</label>
                                    </div>
                                    <button type="submit" class="danger">{t("hub-deprovision-submit")}</button>
                                </form>
                            </section>
                            <section aria-labelledby="h-settings">
                                <h2 id="h-settings">{t("hub-settings")}</h2>
                                <form method="post" action="/api/update_hub" class="card">
                                    <CsrfField/>
                                    <input type="hidden" name="id" value=id/>
                                    <HubFields current=d.settings.clone() institutions=d.institutions.clone() editing=true/>
                                    <button type="submit">{t("save")}</button>
                                </form>
                                <UrlChanges changes=d.url_changes.clone()/>
                            </section>
                        }.into_any()
                    }
                    Err(e) => error_view(e),
                }}
            })}
            <p><a href="/admin/hubs">{t("back")}</a></p>
        </Layout>
    }
}
