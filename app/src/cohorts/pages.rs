//! Cohort pages: the list, import review, a cohort's schedule and projects, attendance
//! checklists, a project's milestones, a participant's track and the organizer dashboard.
use super::actions::*;
use crate::{
    components::*,
    ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;

fn role_label(r: &str) -> String {
    t(&format!("cohort-role-{r}"))
}

fn kind_label(k: &str) -> String {
    t(&format!("call-kind-{k}"))
}

#[component]
pub fn CohortsPage() -> impl IntoView {
    view! {
        <Layout title="cohorts-title">
            <Notice/>
            {load(list_cohorts(), move |d| match d {
                Ok(d) => view! {
                    {d.staff.then(|| view! { <p><a class="button" href="/admin/cohorts">{t("cohorts-manage")}</a></p> })}
                    {if d.rows.is_empty() {
                        view! { <p class="muted">{t("cohorts-empty")}</p> }.into_any()
                    } else {
                        view! {
                            <ul class="course-list">
                                {d.rows.into_iter().map(|c| view! {
                                    <li class="course-card">
                                        <h2><a href=format!("/cohorts/{}", c.slug)>{c.name.clone()}</a></h2>
                                        <p class="meta">{c.programme.clone()}" · "{c.dates.clone()}" · "{t(&format!("cohort-status-{}", c.status))}</p>
                                        {(!c.roles.is_empty()).then(|| view! { <p>{c.roles.iter().map(|r| role_label(r)).collect::<Vec<_>>().join(", ")}</p> })}
                                        {c.roles.iter().any(|r| r == "participant").then(|| view! { <a class="button" href=format!("/cohorts/{}/track", c.slug)>{t("cohort-my-track")}</a> })}
                                    </li>
                                }).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                }.into_any(),
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

#[component]
pub fn AdminCohortsPage() -> impl IntoView {
    let csrf = ctx::csrf_token();
    view! {
        <Layout title="cohorts-admin-title">
            <Notice/>
            <FormError/>
            {load(admin_cohorts(), move |d| match d {
                Ok(d) => view! {
                    <ul>
                        {d.rows.into_iter().map(|c| view! { <li><a href=format!("/cohorts/{}", c.slug)>{c.name}</a>" · "{c.dates}</li> }).collect_view()}
                    </ul>
            <h2 id="import">{t("cohorts-import")}</h2>
            <p>{t("cohorts-import-intro")}</p>
            // Multipart: the CSRF token travels in the address, as the middleware expects.
            <form method="post" action=format!("/cohorts/import?csrf={}", csrf.clone()) enctype="multipart/form-data" class="card">
                <div class="row">
                    <TextField name="slug" label="field-cohort-slug" required=true hint="cohort-slug-hint"/>
                    <TextField name="name" label="field-cohort-name"/>
                </div>
                <div class="row">
                    <TextField name="programme" label="field-cohort-programme" value="OLS Open Seeds"/>
                    <TextField name="timezone" label="field-timezone" value="UTC" hint="timezone-hint"/>
                </div>
                {[("schedule", "field-schedule-yaml"), ("projects", "field-projects-yaml"), ("metadata", "field-metadata-yaml"), ("participants", "field-participants-csv")]
                    .into_iter()
                    .map(|(name, label)| view! {
                        <div class="field">
                            <label for=format!("f-{name}")>{t(label)}</label>
                            <input type="file" id=format!("f-{name}") name=name accept=if name == "participants" { ".csv,text/csv" } else { ".yaml,.yml" }/>
                        </div>
                    })
                    .collect_view()}
                <p class="hint">{t("cohorts-csv-columns")}</p>
                <button type="submit">{t("cohorts-import-submit")}</button>
            </form>
            <h2 id="create">{t("cohorts-create")}</h2>
            <form method="post" action="/api/create_cohort" class="card">
                <CsrfField/>
                <div class="row">
                    <TextField name="slug" label="field-cohort-slug" required=true hint="cohort-slug-hint"/>
                    <TextField name="name" label="field-cohort-name" required=true/>
                </div>
                <div class="row">
                    <TextField name="programme" label="field-cohort-programme" value="OLS Open Seeds"/>
                    <TextField name="timezone" label="field-timezone" value="UTC" hint="timezone-hint"/>
                </div>
                <div class="row">
                    <TextField name="starts_on" label="field-cohort-start" kind="date" required=true/>
                    <TextField name="weeks" label="field-cohort-weeks" kind="number" value="17"/>
                </div>
                <button type="submit">{t("cohorts-create-submit")}</button>
            </form>
                }.into_any(),
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

fn problems(title: &'static str, list: Vec<ProblemView>) -> impl IntoView {
    (!list.is_empty()).then(|| view! {
        <h2>{t(title)}</h2>
        <ul class="problems">
            {list.into_iter().map(|p| view! {
                <li>
                    <code>{p.file.clone()}</code>
                    {p.line.map(|l| view! { " · "{t_args("import-line", &[("line", l.to_string())])} })}
                    ": "{p.message}
                </li>
            }).collect_view()}
        </ul>
    })
}

#[component]
pub fn ImportReviewPage() -> impl IntoView {
    let id: i32 = param("id").parse().unwrap_or(0);
    view! {
        <Layout title="import-review-title">
            <FormError/>
            {load(import_review(id), move |r| match r {
                Ok(r) => view! {
                    <p class="lead">{r.name.clone()}" (" <code>{r.slug.clone()}</code> ") · "{r.dates.clone()}</p>
                    <p>{t(if r.existing { "import-updates" } else { "import-creates" })}</p>
                    {problems("import-fatal", r.fatal.clone())}
                    <dl class="facts">
                        <dt>{t("import-weeks")}</dt><dd>{r.weeks.map(|w| w.to_string()).unwrap_or_else(|| t("import-unchanged"))}</dd>
                        <dt>{t("import-calls")}</dt>
                        <dd>{r.calls}" ("{r.kinds.iter().map(|(k, n)| format!("{} {n}", kind_label(k))).collect::<Vec<_>>().join(", ")}")"</dd>
                        <dt>{t("import-projects-new")}</dt><dd>{r.projects_new.join(" · ")}</dd>
                        <dt>{t("import-projects-changed")}</dt><dd>{r.projects_changed.join(" · ")}</dd>
                    </dl>
                    <h2>{t("import-people")}</h2>
                    <h3>{t_args("import-matched", &[("count", r.matched.len().to_string())])}</h3>
                    <ul class="compact">{r.matched.iter().map(|(h, role, name)| view! { <li>{name.clone()}" ("<code>{h.clone()}</code>") · "{role_label(role)}</li> }).collect_view()}</ul>
                    <h3>{t_args("import-invited", &[("count", r.invited.len().to_string())])}</h3>
                    <ul class="compact">{r.invited.iter().map(|(e, role, lang)| view! { <li>{e.clone()}" · "{role_label(role)}" · "{lang.clone()}</li> }).collect_view()}</ul>
                    <h3>{t_args("import-unmatched", &[("count", r.unmatched.len().to_string())])}</h3>
                    <p class="hint">{t("import-unmatched-hint")}</p>
                    <ul class="compact">{r.unmatched.iter().map(|(h, role)| view! { <li><code>{h.clone()}</code>" · "{role_label(role)}</li> }).collect_view()}</ul>
                    {problems("import-rejected", r.rejected.clone())}
                    {problems("import-notices", r.notices.clone())}
                    {match (r.applied_to.clone(), r.fatal.is_empty()) {
                        (Some(slug), _) => view! { <p class="notice">{t("import-already-applied")}" "<a href=format!("/cohorts/{slug}")>{t("import-open-cohort")}</a></p> }.into_any(),
                        (None, true) => view! {
                            <form method="post" action="/api/apply_import">
                                <CsrfField/>
                                <input type="hidden" name="id" value=r.id/>
                                <button type="submit">{t("import-apply")}</button>
                            </form>
                        }.into_any(),
                        (None, false) => view! { <p class="form-error">{t("import-cannot-apply")}</p> }.into_any(),
                    }}
                    <p><a href="/admin/cohorts#import">{t("import-upload-again")}</a></p>
                }.into_any(),
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

fn call_item(slug: &str, c: CallV) -> impl IntoView {
    let slug = slug.to_owned();
    view! {
        <li class=format!("call call-{}", c.kind)>
            <span class="status">{kind_label(&c.kind)}</span>" "
            <strong>{c.title.clone()}</strong>
            <span class="meta">
                {(!c.when.is_empty()).then(|| view! { " · "{c.when.clone()} })}
                {c.duration.map(|d| view! { " · "{t_args("call-minutes", &[("minutes", d.to_string())])} })}
                {(!c.hosts.is_empty()).then(|| view! { " · "{t("call-hosts")}" "{c.hosts.join(", ")} })}
            </span>
            {(!c.talks.is_empty()).then(|| view! {
                <ul class="talks">{c.talks.iter().map(|x| view! { <li>{x.title.clone()}{(!x.tag.is_empty()).then(|| view! { " "<span class="badge">{x.tag.clone()}</span> })}</li> }).collect_view()}</ul>
            })}
            {c.notes.clone().map(|n| view! { " "<a href=n rel="noopener">{t("call-notes")}</a> })}
            {c.can_take_attendance.then(|| view! { " "<a href=format!("/cohorts/{}/calls/{}", slug, c.id)>{t("call-take-attendance")}</a> })}
        </li>
    }
}

#[component]
pub fn CohortPage() -> impl IntoView {
    let slug = param("slug");
    view! {
        <Layout title="cohort-title">
            <Notice/>
            <FormError/>
            {load(cohort_overview(slug), move |o| match o {
                Ok(o) => {
                    let slug = o.slug.clone();
                    view! {
                        <p class="lead">{o.name.clone()}</p>
                        <p class="meta">{o.programme.clone()}" · "{o.dates.clone()}" · "{t(&format!("cohort-status-{}", o.status))}" · "{t_args("cohort-times-in", &[("zone", o.zone.clone())])}</p>
                        <p class="button-row">
                            {o.participant.then(|| view! { <a class="button" href=format!("/cohorts/{slug}/track")>{t("cohort-my-track")}</a> })}
                            {(o.mentor && !o.manages).then(|| view! { <a class="button" href=format!("/cohorts/{slug}/track")>{t("cohort-mentees")}</a> })}
                            {o.manages.then(|| view! { <a class="button" href=format!("/cohorts/{slug}/dashboard")>{t("cohort-dashboard")}</a> })}
                            {(o.manages || o.mentor).then(|| view! { " "<a class="button secondary" href=format!("/grading/gradebook?cohort={slug}")>{t("gradebook-title")}</a> })}
                        </p>
                        <p class="meta">{o.counts.iter().map(|(r, n)| format!("{} {n}", role_label(r))).collect::<Vec<_>>().join(" · ")}</p>
                        <h2>{t("cohort-schedule")}</h2>
                        {o.weeks.iter().cloned().map(|w| {
                            let current = o.current_week == Some(w.number);
                            let s = slug.clone();
                            view! {
                                <section class="week" class:current=current aria-labelledby=format!("w{}", w.number)>
                                    <h3 id=format!("w{}", w.number)>{t_args("cohort-week", &[("number", format!("{:02}", w.number)), ("start", w.starts.clone())])}{current.then(|| view! { " "<span class="badge done">{t("cohort-this-week")}</span> })}</h3>
                                    {if w.calls.is_empty() {
                                        view! { <p class="muted">{t("cohort-no-calls")}</p> }.into_any()
                                    } else {
                                        view! { <ul class="calls">{w.calls.into_iter().map(|c| call_item(&s, c)).collect_view()}</ul> }.into_any()
                                    }}
                                </section>
                            }
                        }).collect_view()}
                        <h2>{t("cohort-projects")}</h2>
                        <ul class="course-list">
                            {o.projects.iter().map(|p| view! {
                                <li class="course-card">
                                    <h3><a href=format!("/cohorts/{}/projects/{}", slug, p.id)>{p.name.clone()}</a></h3>
                                    <p>{p.description.clone()}</p>
                                    <p class="meta">{t("cohort-role-participant")}": "{p.participants.join(", ")}" · "{t("cohort-role-mentor")}": "{p.mentors.join(", ")}</p>
                                    <p>{p.keywords.iter().map(|k| view! { <span class="badge">{k.clone()}</span> }).collect_view()}</p>
                                </li>
                            }).collect_view()}
                        </ul>
                        <h2>{t("cohort-calendar")}</h2>
                        <p>{t("cohort-calendar-hint")}</p>
                        <ul>
                            <li><a href=o.my_calendar.clone()>{t("cohort-calendar-mine")}</a></li>
                            <li><a href=o.calendar.clone()>{t("cohort-calendar-all")}</a></li>
                        </ul>
                        {o.manages.then(|| manage_view(o.clone()))}
                    }.into_any()
                }
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

fn manage_view(o: OverviewV) -> impl IntoView {
    let slug = o.slug.clone();
    view! {
        {super::claims::claims_view(slug.clone(), o.claims.clone())}
        <h2 id="exports">{t("cohort-exports")}</h2>
        <ul>
            {["schedule.yaml", "projects.yaml", "metadata.yaml", "participants.csv", "dashboard.csv"].into_iter().map(|f| view! {
                <li><a href=format!("/cohorts/{}/export/{f}", slug) download>{f}</a></li>
            }).collect_view()}
        </ul>
        <h2 id="settings">{t("cohort-settings")}</h2>
        <form method="post" action="/api/update_cohort_settings" class="card">
            <CsrfField/>
            <input type="hidden" name="slug" value=slug.clone()/>
            <div class="field">
                <label for="f-status">{t("field-cohort-status")}</label>
                <select id="f-status" name="status">
                    {["planned", "running", "finished"].into_iter().map(|s| view! { <option value=s selected=o.settings.status == s>{t(&format!("cohort-status-{s}"))}</option> }).collect_view()}
                </select>
            </div>
            <TextField name="courses" label="field-cohort-courses" value=o.settings.courses.clone() hint="cohort-courses-hint"/>
            <p class="hint">{o.courses.iter().map(|(s, title)| format!("{s} ({title})")).collect::<Vec<_>>().join(" · ")}</p>
            <TextField name="hub_group" label="field-cohort-hub-group" value=o.settings.hub_group.clone() hint="cohort-hub-group-hint"/>
            <div class="row">
                <TextField name="missed_calls_alert" label="field-missed-calls-alert" kind="number" value=o.settings.missed_calls_alert.to_string()/>
                <TextField name="inactive_weeks_alert" label="field-inactive-weeks-alert" kind="number" value=o.settings.inactive_weeks_alert.to_string()/>
            </div>
            <button type="submit">{t("save")}</button>
        </form>
        <form method="post" action="/api/sync_cohort_hubs">
            <CsrfField/>
            <input type="hidden" name="slug" value=slug.clone()/>
            <button type="submit" class="secondary">{t("cohort-sync-hubs")}</button>
        </form>
        <h2 id="add-call">{t("cohort-add-call")}</h2>
        <form method="post" action="/api/add_cohort_call" class="card">
            <CsrfField/>
            <input type="hidden" name="slug" value=slug.clone()/>
            <div class="row">
                <div class="field">
                    <label for="f-week">{t("field-call-week")}</label>
                    <select id="f-week" name="week">{o.weeks.iter().map(|w| view! { <option value=w.number>{format!("{:02} · {}", w.number, w.starts)}</option> }).collect_view()}</select>
                </div>
                <div class="field">
                    <label for="f-kind">{t("field-call-kind")}</label>
                    <select id="f-kind" name="kind">{["cohort", "mentor-meeting", "mentor-training", "skill-up", "qa", "coworking", "rehearsal", "graduation", "other"].into_iter().map(|k| view! { <option value=k>{kind_label(k)}</option> }).collect_view()}</select>
                </div>
            </div>
            <TextField name="title" label="field-call-title" required=true/>
            <div class="row">
                <TextField name="date" label="field-call-date" kind="date"/>
                <TextField name="time" label="field-call-time" kind="time"/>
                <TextField name="duration" label="field-call-duration" value="90 min"/>
            </div>
            <TextField name="hosts" label="field-call-hosts" hint="call-hosts-hint"/>
            <button type="submit">{t("cohort-add-call-submit")}</button>
        </form>
    }
}

#[component]
pub fn AttendancePage() -> impl IntoView {
    let slug = param("slug");
    let call: i32 = param("call").parse().unwrap_or(0);
    view! {
        <Layout title="attendance-title">
            <Notice/>
            <FormError/>
            {load(attendance_sheet(slug, call), move |s| match s {
                Ok(s) => view! {
                    <p class="lead">{s.call.clone()}</p>
                    <p class="meta">{kind_label(&s.kind)}" · "{s.when.clone()}" · "{s.cohort.clone()}</p>
                    <form method="post" action=format!("/cohorts/{}/calls/{call}/attendance", s.slug) class="card attendance">
                        <CsrfField/>
                        <fieldset class="stacked">
                            <legend>{t("attendance-who")}</legend>
                            {if s.rows.is_empty() {
                                view! { <p class="muted">{t("attendance-nobody")}</p> }.into_any()
                            } else {
                                s.rows.iter().map(|(id, name, present, reported, confirmed)| view! {
                                    <label class="check big" for=format!("p{id}")>
                                        <input type="checkbox" id=format!("p{id}") name="present" value=*id checked=present.unwrap_or(false)/>
                                        {name.clone()}
                                        {(*reported && !*confirmed).then(|| view! { " "<span class="badge">{t("attendance-reported")}</span> })}
                                    </label>
                                }).collect_view().into_any()
                            }}
                        </fieldset>
                        <button type="submit">{t("attendance-save")}</button>
                    </form>
                    <p><a href=format!("/cohorts/{}", s.slug)>{t("back")}</a></p>
                }.into_any(),
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

#[component]
pub fn TrackPage() -> impl IntoView {
    let slug = param("slug");
    let person = query("person").parse::<i32>().ok();
    view! {
        <Layout title="track-title">
            <Notice/>
            <FormError/>
            {load(cohort_track(slug, person), move |tr| match tr {
                Ok(tr) => {
                    let slug = tr.slug.clone();
                    view! {
                        <p class="lead">{if tr.own { tr.cohort.clone() } else { format!("{} · {}", tr.person, tr.cohort) }}</p>
                        <p class="meta">{t_args("cohort-times-in", &[("zone", tr.zone.clone())])}" · "<a href=format!("/cohorts/{slug}")>{t("cohort-schedule")}</a></p>
                        {(!tr.to_confirm.is_empty()).then(|| view! {
                            <section class="card" aria-labelledby="h-confirm">
                                <h2 id="h-confirm">{t("track-to-confirm")}</h2>
                                <ul class="compact">
                                    {tr.to_confirm.iter().map(|(id, name, call)| view! {
                                        <li>
                                            {name.clone()}" · "{call.clone()}" "
                                            <form method="post" action="/api/confirm_attendance" class="inline">
                                                <CsrfField/>
                                                <input type="hidden" name="slug" value=slug.clone()/>
                                                <input type="hidden" name="attendance" value=*id/>
                                                <button type="submit" class="small">{t("track-confirm")}</button>
                                            </form>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            </section>
                        })}
                        {tr.this_week.clone().map(|w| view! {
                            <section aria-labelledby="h-week">
                                <h2 id="h-week">{t_args("cohort-week", &[("number", format!("{:02}", w.number)), ("start", w.starts.clone())])}</h2>
                                <ul class="calls">{w.calls.into_iter().filter(|c| c.kind != "mentor-training").map(|c| call_item(&slug, c)).collect_view()}</ul>
                            </section>
                        })}
                        <h2>{t("track-courses")}</h2>
                        {if tr.courses.is_empty() {
                            view! { <p class="muted">{t("track-no-courses")}</p> }.into_any()
                        } else {
                            view! { <ul class="course-list">{tr.courses.iter().map(|(s, title, pct)| view! {
                                <li class="course-card"><h3><a href=format!("/courses/{s}")>{title.clone()}</a></h3>{progress_bar(*pct)}</li>
                            }).collect_view()}</ul> }.into_any()
                        }}
                        <h2>{t("track-project")}</h2>
                        {match tr.project.clone() {
                            Some(p) => view! { <p><a href=format!("/cohorts/{}/projects/{}", slug, p.id)>{p.name.clone()}</a></p> }.into_any(),
                            None => view! { <p class="muted">{t("track-no-project")}</p> }.into_any(),
                        }}
                        <ul class="milestones">
                            {tr.milestones.iter().map(|(title, on)| view! {
                                <li class:done=on.is_some()>
                                    {if on.is_some() { "✓ " } else { "○ " }}{title.clone()}
                                    {on.clone().map(|d| view! { " "<span class="meta">{d}</span> })}
                                </li>
                            }).collect_view()}
                        </ul>
                        <h2>{t("track-attendance")}</h2>
                        <div class="table-wrap">
                            <table class="stack">
                                <thead><tr><th scope="col">{t("cohort-week-short")}</th><th scope="col">{t("field-call-title")}</th><th scope="col">{t("track-status")}</th></tr></thead>
                                <tbody>
                                    {tr.calls.iter().rev().map(|c| view! {
                                        <tr>
                                            <td>{format!("{:02}", c.week)}</td>
                                            <td>{c.title.clone()}<br/><span class="meta">{kind_label(&c.kind)}{(!c.when.is_empty()).then(|| format!(" · {}", c.when))}</span></td>
                                            <td>
                                                <span class=format!("status attendance-{}", c.status)>{t(&format!("attendance-status-{}", c.status))}</span>
                                                {c.can_report.then(|| view! {
                                                    <form method="post" action="/api/report_attendance">
                                                        <CsrfField/>
                                                        <input type="hidden" name="slug" value=slug.clone()/>
                                                        <input type="hidden" name="call" value=c.call_id/>
                                                        <button type="submit" class="small">{t("track-i-attended")}</button>
                                                    </form>
                                                })}
                                            </td>
                                        </tr>
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </div>
                        <p><a href=tr.my_calendar.clone()>{t("cohort-calendar-mine")}</a></p>
                    }.into_any()
                }
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

#[component]
pub fn ProjectPage() -> impl IntoView {
    let slug = param("slug");
    let id: i32 = param("id").parse().unwrap_or(0);
    view! {
        <Layout title="project-title">
            <Notice/>
            <FormError/>
            {load(cohort_project(slug, id), move |p| match p {
                Ok(p) => {
                    let (slug, pid, can) = (p.slug.clone(), p.project.id, p.can_tick);
                    let tick_form = move |mid: i32, person: Option<i32>, done: bool, label: String| {
                        view! {
                            <form method="post" action="/api/set_milestone" class="inline">
                                <CsrfField/>
                                <input type="hidden" name="slug" value=slug.clone()/>
                                <input type="hidden" name="milestone" value=mid/>
                                <input type="hidden" name="project" value=pid/>
                                <input type="hidden" name="person" value=person.map(|x| x.to_string()).unwrap_or_default()/>
                                <input type="hidden" name="done" value=if done { "no" } else { "yes" }/>
                                <button type="submit" class="small secondary" aria-label=label>{t(if done { "milestone-untick" } else { "milestone-tick" })}</button>
                            </form>
                        }
                    };
                    view! {
                        <p class="lead">{p.project.name.clone()}</p>
                        <p class="meta">{p.cohort.clone()}</p>
                        <p>{p.project.description.clone()}</p>
                        <p class="meta">{t("cohort-role-participant")}": "{p.project.participants.join(", ")}" · "{t("cohort-role-mentor")}": "{p.project.mentors.join(", ")}</p>
                        <h2>{t("cohort-milestones")}</h2>
                        <ul class="milestones">
                            {p.milestones.iter().map(|m| {
                                let tick_form = tick_form.clone();
                                if m.scope == "project" {
                                    view! {
                                        <li class:done=m.done.is_some()>
                                            {if m.done.is_some() { "✓ " } else { "○ " }}<strong>{m.title.clone()}</strong>
                                            {m.done.clone().map(|d| view! { " "<span class="meta">{d}</span> })}
                                            {can.then(|| tick_form(m.id, None, m.done.is_some(), m.title.clone()))}
                                        </li>
                                    }.into_any()
                                } else {
                                    view! {
                                        <li>
                                            <strong>{m.title.clone()}</strong>
                                            <ul>
                                                {m.people.iter().map(|(uid, name, done)| {
                                                    let tick_form = tick_form.clone();
                                                    view! {
                                                        <li class:done=done.is_some()>
                                                            {if done.is_some() { "✓ " } else { "○ " }}{name.clone()}
                                                            {done.clone().map(|d| view! { " "<span class="meta">{d}</span> })}
                                                            {can.then(|| tick_form(m.id, Some(*uid), done.is_some(), format!("{} — {}", m.title, name)))}
                                                        </li>
                                                    }
                                                }).collect_view()}
                                            </ul>
                                        </li>
                                    }.into_any()
                                }
                            }).collect_view()}
                        </ul>
                        <p><a href=format!("/cohorts/{}", p.slug)>{t("back")}</a></p>
                    }.into_any()
                }
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

#[component]
pub fn DashboardPage() -> impl IntoView {
    let slug = param("slug");
    let (role, inst, proj, behind) = (
        query("role"),
        query("institution"),
        query("project"),
        query("behind"),
    );
    let (r2, i2, p2, b2) = (role.clone(), inst.clone(), proj.clone(), behind.clone());
    view! {
        <Layout title="dashboard-cohort-title">
            {load(cohort_dashboard(slug, role, inst, proj, behind), move |d| match d {
                Ok(d) => view! {
                    <p class="lead">{d.name.clone()}</p>
                    <form method="get" class="filter">
                        <label for="f-role">{t("field-roles")}</label>
                        <select id="f-role" name="role">
                            {["participant", "mentor", "expert", "facilitator", "organizer"].into_iter().map(|r| view! { <option value=r selected=(r2.is_empty() && r == "participant") || r2 == r>{role_label(r)}</option> }).collect_view()}
                        </select>
                        <label for="f-institution">{t("field-institution")}</label>
                        <select id="f-institution" name="institution">
                            <option value="">{t("filter-all")}</option>
                            {d.institutions.iter().map(|(id, n)| view! { <option value=*id selected=i2 == id.to_string()>{n.clone()}</option> }).collect_view()}
                        </select>
                        <label for="f-project">{t("cohort-project")}</label>
                        <select id="f-project" name="project">
                            <option value="">{t("filter-all")}</option>
                            {d.projects.iter().map(|(id, n)| view! { <option value=*id selected=p2 == id.to_string()>{n.clone()}</option> }).collect_view()}
                        </select>
                        <label class="check" for="f-behind"><input type="checkbox" id="f-behind" name="behind" value="on" checked=b2 == "on"/>{t("dashboard-behind-only")}</label>
                        <button type="submit" class="small">{t("filter-apply")}</button>
                    </form>
                    <p>{t_args("dashboard-summary", &[("total", d.total.to_string()), ("behind", d.behind.to_string())])}" · "<a href=format!("/cohorts/{}/export/dashboard.csv", d.slug) download>{t("dashboard-csv")}</a></p>
                    <div class="charts">
                        <figure inner_html=d.attendance_svg.clone()></figure>
                        <figure inner_html=d.completion_svg.clone()></figure>
                    </div>
                    <div class="table-wrap">
                        <table class="matrix">
                            <caption class="visually-hidden">{t("dashboard-cohort-title")}</caption>
                            <thead><tr>
                                <th scope="col">{t("field-name")}</th>
                                {d.weeks.iter().map(|n| view! { <th scope="col" class="num"><abbr title=t_args("cohort-week-n", &[("number", format!("{n:02}"))])>{format!("{n:02}")}</abbr></th> }).collect_view()}
                                {d.milestones.iter().map(|m| view! { <th scope="col" class="rot">{m.clone()}</th> }).collect_view()}
                                {d.courses.iter().map(|c| view! { <th scope="col" class="rot">{c.clone()}</th> }).collect_view()}
                            </tr></thead>
                            <tbody>
                                {d.rows.iter().map(|r| {
                                    let slug = d.slug.clone();
                                    view! {
                                        <tr class:behind=!r.behind.is_empty()>
                                            <th scope="row">
                                                {match r.user_id {
                                                    Some(uid) => view! { <a href=format!("/cohorts/{slug}/track?person={uid}")>{if r.name.is_empty() { r.handle.clone() } else { r.name.clone() }}</a> }.into_any(),
                                                    None => view! { <span class="muted">{r.handle.clone()}</span> }.into_any(),
                                                }}
                                                <br/><span class="meta">{r.project.clone()}</span>
                                                {r.behind.iter().map(|b| view! { <br/><span class="status behind-flag">{t(b)}</span> }).collect_view()}
                                            </th>
                                            {r.weeks.iter().map(|(e, a)| {
                                                let (cls, text) = match (e, a) {
                                                    (0, _) => ("cell-none", "–".to_owned()),
                                                    (e, a) if a >= e => ("cell-full", format!("{a}/{e}")),
                                                    (_, 0) => ("cell-missed", format!("0/{e}")),
                                                    (e, a) => ("cell-part", format!("{a}/{e}")),
                                                };
                                                view! { <td class=format!("num {cls}")>{text}</td> }
                                            }).collect_view()}
                                            {r.milestones.iter().map(|m| view! { <td class="num">{if *m { "✓" } else { "·" }}</td> }).collect_view()}
                                            {r.courses.iter().map(|c| view! { <td class="num">{format!("{c}%")}</td> }).collect_view()}
                                        </tr>
                                    }
                                }).collect_view()}
                            </tbody>
                        </table>
                    </div>
                }.into_any(),
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}
