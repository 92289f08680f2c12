//! The partnership pages: one partnership's checklist and team (its lead and organizers see
//! it; organizers also get the settings, renewal and wind-down), every partnership's
//! checklist side by side for organizers, and the yearly report.
use super::partnership_actions::*;
use crate::{
    components::*,
    ctx,
    i18n::{t, t_args},
};
use leptos::prelude::*;

#[component]
pub fn PartnershipPage() -> impl IntoView {
    view! {
        {load(load_partnership(param_id()), |p| match p {
            Ok(p) => partnership_body(p),
            Err(e) => view! { <PageError title="partnership-title" message=server_error_key(e)/> }.into_any(),
        })}
    }
}

fn partnership_body(p: PartnershipView) -> AnyView {
    let id = p.id;
    view! {
        <Layout title="partnership-title" heading=p.name.clone()>
            <Notice/>
            <FormError/>
            <p class="meta">
                {p.country.clone()}" · "
                {t_args("partnership-period", &[("start", p.start.clone()), ("end", p.end.clone())])}
                {(!p.active).then(|| view! { " " <span class="badge">{t("partnership-wound-down")}</span> })}
                {p.stalled.then(|| view! { " " <span class="badge stalled">{t("partnership-stalled")}</span> })}
            </p>
            <p><a href=format!("/partnership/{id}/report")>{t("report-link")}</a>
                {p.staff.then(|| view! { " · " <a href="/admin/partnerships">{t("partnerships-back")}</a> })}</p>
            {next_step(&p)}
            {checklist_section(&p)}
            {team_section(&p)}
            {p.staff.then(|| organizer_section(&p))}
        </Layout>
    }
    .into_any()
}

fn next_step(p: &PartnershipView) -> AnyView {
    match &p.next {
        // Organizers read which step is next; the lead reads what to do about it.
        Some(key) if p.staff => view! {
            <p class="card next-step">{t_args("checklist-next-staff", &[("step", t(&format!("checklist-step-{key}")))])}</p>
        }
        .into_any(),
        Some(key) => view! {
            <section class="card next-step" aria-labelledby="h-next">
                <h2 id="h-next">{t("checklist-next-title")}</h2>
                <p>{t(&format!("checklist-next-{key}"))}</p>
            </section>
        }
        .into_any(),
        None => view! { <p class="card all-done" role="status">{t("checklist-all-done")}</p> }.into_any(),
    }
}

fn checklist_section(p: &PartnershipView) -> AnyView {
    let id = p.id;
    let staff = p.staff;
    let active = p.active;
    view! {
        <section id="checklist" aria-labelledby="h-checklist">
            <h2 id="h-checklist">{t("checklist-title")}</h2>
            <ol class="checklist">
                {p.steps.iter().map(|s| {
                    let state = if s.done { "checklist-done" } else { "checklist-todo" };
                    let key = s.key.clone();
                    let tick_form = (active && !s.done && (staff || s.lead_step)).then(|| {
                        let key = key.clone();
                        view! {
                            <form method="post" action="/api/tick_partnership_step" class="tick">
                                <CsrfField/>
                                <input type="hidden" name="id" value=id.to_string()/>
                                <input type="hidden" name="step" value=key.clone()/>
                                <input type="hidden" name="done" value="yes"/>
                                {s.lead_step.then(|| view! {
                                    <TextArea name="note" label="checklist-note" hint="checklist-note-hint" rows=2/>
                                })}
                                <button type="submit" class="secondary small">{t(if s.lead_step { "checklist-record" } else { "checklist-tick" })}</button>
                            </form>
                        }
                    });
                    let untick = (staff && s.ticked.is_some()).then(|| view! {
                        <form method="post" action="/api/tick_partnership_step" class="inline">
                            <CsrfField/>
                            <input type="hidden" name="id" value=id.to_string()/>
                            <input type="hidden" name="step" value=key.clone()/>
                            <input type="hidden" name="done" value="no"/>
                            <button type="submit" class="link">{t("checklist-untick")}</button>
                        </form>
                    });
                    view! {
                        <li class=if s.done { "done" } else { "todo" } data-step=key.clone()>
                            <span class="mark" aria-hidden="true">{if s.done { "✓" } else { "○" }}</span>
                            <div>
                                <strong>{t(&format!("checklist-step-{key}"))}</strong>
                                <span class="visually-hidden">" "{t(state)}</span>
                                {s.count.map(|(have, need)| view! {
                                    <span class="meta">" · "{t_args("checklist-count", &[("have", have.to_string()), ("need", need.to_string())])}</span>
                                })}
                                {(!s.done_on.is_empty() && s.done).then(|| view! {
                                    <span class="meta">" · "{t_args("checklist-done-on", &[("date", s.done_on.clone())])}</span>
                                })}
                                {s.ticked.clone().map(|note| view! {
                                    <p class="meta">{t("checklist-ticked")}{(!note.is_empty()).then(|| format!(": {note}"))}" "{untick}</p>
                                })}
                                {tick_form}
                            </div>
                        </li>
                    }
                }).collect_view()}
            </ol>
        </section>
    }
    .into_any()
}

fn hub_badge(status: Option<String>) -> impl IntoView {
    let s = status.unwrap_or_else(|| "none".into());
    view! { <span class=format!("badge hub-{s}")>{t(&format!("hub-status-{s}"))}</span> }
}

fn team_section(p: &PartnershipView) -> AnyView {
    let id = p.id;
    let flash = ctx::flash();
    let role = Some(flash.value("role"))
        .filter(|r| !r.is_empty())
        .unwrap_or_else(|| "learner".into());
    view! {
        <section id="team" aria-labelledby="h-team">
            <h2 id="h-team">{t("team-title")}</h2>
            <table class="stack team">
                <thead><tr>
                    <th scope="col">{t("team-col-person")}</th>
                    <th scope="col">{t("team-col-signed-in")}</th>
                    <th scope="col">{t("team-col-hub")}</th>
                    <th scope="col">{t("team-col-courses")}</th>
                    <th scope="col">{t("team-col-cohorts")}</th>
                    <th scope="col"><span class="visually-hidden">{t("team-col-actions")}</span></th>
                </tr></thead>
                <tbody>
                    {p.members.iter().map(|m| view! {
                        <tr>
                            <td><strong>{m.name.clone()}</strong><br/><span class="meta">{m.email.clone()}</span><br/>
                                <span class="meta">{m.roles.iter().map(|r| t(&format!("role-{r}"))).collect::<Vec<_>>().join(", ")}</span></td>
                            <td>{t(if m.signed_in { "team-signed-in-yes" } else { "team-signed-in-no" })}</td>
                            <td>{hub_badge(m.hub_status.clone())}</td>
                            <td>{if m.courses.is_empty() { view! { <span class="meta">{t("team-no-courses")}</span> }.into_any() } else {
                                view! { <ul class="plain">{m.courses.iter().map(|c| view! {
                                    <li>{c.title.clone()}" · "{if c.complete { t("team-course-complete") } else { t_args("progress-percent", &[("percent", c.percent.to_string())]) }}</li>
                                }).collect_view()}</ul> }.into_any()
                            }}</td>
                            <td>{if m.cohorts.is_empty() { view! { <span class="meta">{t("team-no-cohorts")}</span> }.into_any() } else {
                                view! { <ul class="plain">{m.cohorts.iter().map(|(slug, name)| view! {
                                    <li><a href=format!("/cohorts/{slug}")>{name.clone()}</a></li>
                                }).collect_view()}</ul> }.into_any()
                            }}</td>
                            <td>{m.removable.then(|| view! {
                                <form method="post" action="/api/remove_team_member" class="inline">
                                    <CsrfField/>
                                    <input type="hidden" name="id" value=id.to_string()/>
                                    <input type="hidden" name="member" value=m.id.to_string()/>
                                    <button type="submit" class="secondary small" aria-label=t_args("team-remove-label", &[("name", m.name.clone())])>{t("team-remove")}</button>
                                </form>
                            })}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
            {(!p.pending.is_empty()).then(|| view! {
                <h3>{t("team-pending-title")}</h3>
                <ul class="plain pending">
                    {p.pending.iter().map(|i| view! {
                        <li>{i.email.clone()}" · "{t(&format!("role-{}", i.role))}" · "
                            <span class="meta">{t_args("team-pending-expires", &[("date", i.expires.clone())])}</span>" "
                            <form method="post" action="/api/revoke_team_invitation" class="inline">
                                <CsrfField/>
                                <input type="hidden" name="id" value=id.to_string()/>
                                <input type="hidden" name="invitation" value=i.id.to_string()/>
                                <button type="submit" class="link" aria-label=t_args("team-revoke-label", &[("email", i.email.clone())])>{t("team-revoke")}</button>
                            </form>
                        </li>
                    }).collect_view()}
                </ul>
            })}
            {p.active.then(|| view! {
                <form method="post" action="/api/invite_team_member" class="card">
                    <h3>{t("team-invite-title")}</h3>
                    <p class="hint">{t("team-invite-hint")}</p>
                    <CsrfField/>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <TextField name="email" label="team-invite-email" kind="email" required=true autocomplete="off"/>
                    <div class="field">
                        <label for="f-role">{t("team-invite-role")}</label>
                        <select id="f-role" name="role">
                            {["learner", "mentor"].into_iter().map(|r| view! {
                                <option value=r selected=role == r>{t(&format!("role-{r}"))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <LocaleSelect name="locale" label="team-invite-language" selected=ctx::locale_code().to_owned()/>
                    <button type="submit">{t("team-invite-submit")}</button>
                </form>
            })}
        </section>
    }
    .into_any()
}

fn organizer_section(p: &PartnershipView) -> AnyView {
    let id = p.id;
    view! {
        <section id="settings" class="card" aria-labelledby="h-settings">
            <h2 id="h-settings">{t("partnership-settings")}</h2>
            <form method="post" action="/api/save_partnership_settings">
                <CsrfField/>
                <input type="hidden" name="id" value=id.to_string()/>
                <TextField name="team_target" label="partnership-team-target" kind="number" value=p.team_target.to_string() hint="partnership-team-target-hint"/>
                <TextField name="team_share" label="partnership-team-share" kind="number" value=p.team_share.to_string() hint="partnership-team-share-hint"/>
                <label class="check"><input type="checkbox" name="listed" value="yes" checked=p.listed/>" "{t("partnership-listed")}</label>
                <p><button type="submit" class="secondary">{t("partnership-save")}</button></p>
            </form>
        </section>
        {p.active.then(|| view! {
            <section id="year" class="card" aria-labelledby="h-year">
                <h2 id="h-year">{t("partnership-year-title")}</h2>
                <form method="post" action="/api/renew_partnership">
                    <CsrfField/>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <TextField name="end" label="partnership-renew-end" kind="date" value=p.renew_default.clone()/>
                    <button type="submit">{t("partnership-renew")}</button>
                </form>
                <h3>{t("partnership-wind-down-title")}</h3>
                <p>{t_args("partnership-wind-down-body", &[("count", p.hub_accounts.to_string())])}</p>
                <form method="post" action="/api/wind_down_partnership">
                    <CsrfField/>
                    <input type="hidden" name="id" value=id.to_string()/>
                    <div class="field">
                        <label for="f-mode">{t("partnership-wind-down-mode")}</label>
                        <select id="f-mode" name="mode">
                            <option value="delete">{t("partnership-mode-delete")}</option>
                            <option value="stop">{t("partnership-mode-stop")}</option>
                        </select>
                    </div>
                    <label class="check"><input type="checkbox" name="confirm" value="yes"/>" "{t_args("partnership-wind-down-confirm", &[("name", p.name.clone())])}</label>
                    <p><button type="submit" class="danger">{t("partnership-wind-down")}</button></p>
                </form>
            </section>
        })}
    }
    .into_any()
}

#[component]
pub fn PartnershipsPage() -> impl IntoView {
    view! {
        <Layout title="partnerships-title">
            <Notice/>
            <p class="lead">{t("partnerships-lead")}</p>
            {load(list_partnerships(), |o| match o {
                Ok(o) if o.rows.is_empty() => view! { <p class="muted">{t("partnerships-empty")}</p> }.into_any(),
                Ok(OverviewView { steps, rows }) => view! {
                    <ol class="legend">
                        {steps.iter().map(|k| view! { <li>{t(&format!("checklist-step-{k}"))}</li> }).collect_view()}
                    </ol>
                    <table class="stack partnerships">
                        <thead><tr>
                            <th scope="col">{t("partnerships-col-partner")}</th>
                            {steps.iter().enumerate().map(|(i, k)| view! {
                                <th scope="col" class="step"><span aria-hidden="true">{(i + 1).to_string()}</span><span class="visually-hidden">{t(&format!("checklist-step-{k}"))}</span></th>
                            }).collect_view()}
                            <th scope="col">{t("partnerships-col-next")}</th>
                        </tr></thead>
                        <tbody>
                            {rows.into_iter().map(|r| view! {
                                <tr class:stalled=r.stalled>
                                    <td><a href=format!("/partnership/{}", r.id)>{r.name.clone()}</a>" · "{r.country.clone()}
                                        <br/><span class="meta">{t_args("partnerships-ends", &[("date", r.end.clone())])}</span>
                                        {r.stalled.then(|| view! { " " <span class="badge stalled">{t("partnership-stalled")}</span> })}
                                        {(!r.active).then(|| view! { " " <span class="badge">{t("partnership-wound-down")}</span> })}
                                    </td>
                                    {r.steps.iter().zip(steps.iter()).map(|(done, k)| view! {
                                        <td class="step" class:done=*done>
                                            <span aria-hidden="true">{if *done { "✓" } else { "–" }}</span>
                                            <span class="visually-hidden">{t(&format!("checklist-step-{k}"))}": "{t(if *done { "checklist-done" } else { "checklist-todo" })}</span>
                                        </td>
                                    }).collect_view()}
                                    <td>{t_args("partnerships-done", &[("done", r.done.to_string()), ("total", r.steps.len().to_string())])}
                                        {r.next.clone().map(|k| view! { <br/><span class="meta">{t(&format!("checklist-step-{k}"))}</span> })}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                }.into_any(),
                Err(e) => error_view(e),
            })}
        </Layout>
    }
}

#[component]
pub fn PartnershipReportPage() -> impl IntoView {
    let year = query("year").parse().ok();
    view! {
        {load(load_partnership_report(param_id(), year), |r| match r {
            Ok(r) => report_body(r),
            Err(e) => view! { <PageError title="report-title" message=server_error_key(e)/> }.into_any(),
        })}
    }
}

fn report_body(r: ReportView) -> AnyView {
    let id = r.id;
    view! {
        <Layout title="report-title" heading=t_args("report-heading", &[("name", r.name.clone())])>
            <p><a href=format!("/partnership/{id}")>{t("report-back")}</a></p>
            {(r.years.len() > 1).then(|| view! {
                <nav class="filter-links" aria-label=t("report-years")>
                    {r.years.iter().map(|(i, label)| view! {
                        <a href=format!("/partnership/{id}/report?year={i}") aria-current=(*i == r.year).then_some("page")>{label.clone()}</a>" "
                    }).collect_view()}
                </nav>
            })}
            <p class="lead">{t_args("report-period", &[("period", r.period.clone())])}</p>
            <dl class="totals">
                {r.totals.iter().map(|(k, v)| view! { <div><dt>{t(k)}</dt><dd>{v.to_string()}</dd></div> }).collect_view()}
            </dl>
            <p><a class="button secondary" href=format!("/partnership/{id}/report.csv?year={}", r.year) download="">{t("report-csv")}</a></p>
            <table class="stack">
                <thead><tr>
                    <th scope="col">{t("report-col-name")}</th>
                    <th scope="col">{t("report-col-completed")}</th>
                    <th scope="col">{t("report-col-in-progress")}</th>
                    <th scope="col">{t("report-col-cohorts")}</th>
                    <th scope="col">{t("report-col-hub")}</th>
                </tr></thead>
                <tbody>
                    {r.rows.into_iter().map(|row| view! {
                        <tr>
                            <td><strong>{row.name}</strong><br/><span class="meta">{row.roles.iter().map(|x| t(&format!("role-{x}"))).collect::<Vec<_>>().join(", ")}</span></td>
                            <td>{row.completed.join(", ")}</td>
                            <td>{row.in_progress.to_string()}</td>
                            <td>{row.cohorts.join(", ")}</td>
                            <td>{hub_badge(row.hub_status)}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </Layout>
    }
    .into_any()
}
