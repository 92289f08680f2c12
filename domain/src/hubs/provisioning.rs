//! Provisioning: queueing, running and undoing hub accounts. Each person's account is a row
//! in `hub_accounts`; every change to it on the hub is a durable job (one per person), so a
//! hub outage, a server crash or several server instances never lose or duplicate work, and
//! every job is safe to run twice. A name already taken on the hub is not taken over: see
//! `adoption`.
use super::{
    adoption::{self, Claim, ClaimError},
    client::{HubClient, HubError},
    registry,
    username::{self, UsernameScheme},
};
use crate::{
    entities::{enrollment, hub, hub_account, job, job_batch, user},
    jobs::{
        queue::{self, NewJob},
        JobError,
    },
    AppState, ServiceError, ServiceResult,
};
use chrono::Utc;
use sea_orm::{prelude::*, ActiveValue::Set, QueryOrder, TransactionTrait};
use serde_json::json;
use std::collections::{BTreeSet, HashMap, HashSet};

pub const PROVISION_JOB: &str = "hub.provision";
pub const DEPROVISION_JOB: &str = "hub.deprovision";

/// The states of a hub account, as stored and as pages name them (`hub-status-<state>`).
pub mod status {
    pub const PENDING: &str = "pending";
    pub const READY: &str = "ready";
    pub const FAILED: &str = "failed";
    pub const REMOVING: &str = "removing";
    pub const REMOVED: &str = "removed";
    pub const SUSPENDED: &str = "suspended";
    /// The name is taken on the hub by a user the platform did not create; an organizer
    /// decides (see `adoption`).
    pub const CONFLICT: &str = "conflict";
    pub const ALL: [&str; 7] = [
        PENDING, READY, FAILED, CONFLICT, REMOVING, REMOVED, SUSPENDED,
    ];
}

/// What the end of a partnership year does to an account.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Deprovision {
    /// Delete the hub user (the hub leaves their stored files in place).
    Delete,
    /// Only stop their server and take them out of the platform's groups.
    StopOnly,
}

impl Deprovision {
    pub fn as_str(self) -> &'static str {
        match self {
            Deprovision::Delete => "delete",
            Deprovision::StopOnly => "stop",
        }
    }
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "delete" => Some(Deprovision::Delete),
            "stop" => Some(Deprovision::StopOnly),
            _ => None,
        }
    }
}

pub fn subject(hub_id: i32) -> String {
    format!("hub:{hub_id}")
}

/// Provisioning jobs jump ahead of digests and reminders but not of mail.
const PRIORITY: i32 = 5;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Queued {
    pub batch_id: Option<i64>,
    pub jobs: usize,
    /// People who cannot get an account yet, with the Fluent id of the reason.
    pub refused: Vec<(i32, &'static str)>,
}

fn groups_of(a: &hub_account::Model) -> Vec<String> {
    serde_json::from_str(&a.groups).unwrap_or_default()
}

/// People with a provisioning or deprovisioning job queued or running on this hub.
async fn open_jobs(db: &impl ConnectionTrait, hub_id: i32) -> Result<HashSet<i32>, DbErr> {
    let open = job::Entity::find()
        .filter(job::Column::Subject.eq(subject(hub_id)))
        .filter(job::Column::Status.is_in([queue::QUEUED, queue::RUNNING]))
        .all(db)
        .await?;
    Ok(open
        .iter()
        .filter_map(|j| serde_json::from_str::<serde_json::Value>(&j.payload).ok())
        .filter_map(|p| p["user_id"].as_i64().map(|i| i as i32))
        .collect())
}

async fn new_batch(
    db: &impl ConnectionTrait,
    hub_id: i32,
    label: &str,
    total: usize,
    by: Option<i32>,
) -> Result<i64, DbErr> {
    Ok(job_batch::ActiveModel {
        subject: Set(subject(hub_id)),
        label: Set(label.to_owned()),
        total: Set(total as i32),
        created_by: Set(by),
        created_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(db)
    .await?
    .id)
}

/// Queues provisioning of these people on the hub: one job each, in one batch, all in one
/// transaction. People already queued are skipped; names are chosen here, in id order, so
/// collisions resolve the same way every time.
pub async fn queue(
    db: &DatabaseConnection,
    h: &hub::Model,
    user_ids: &[i32],
    label: &str,
    by: Option<i32>,
) -> ServiceResult<Queued> {
    let scheme = UsernameScheme::parse(&h.username_scheme).unwrap_or(UsernameScheme::Platform);
    let txn = db.begin().await?;
    let mut people = user::Entity::find()
        .filter(user::Column::Id.is_in(user_ids.iter().copied()))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Id)
        .all(&txn)
        .await?;
    people.dedup_by_key(|p| p.id);
    let accounts: HashMap<i32, hub_account::Model> = hub_account::Entity::find()
        .filter(hub_account::Column::HubId.eq(h.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|a| (a.user_id, a))
        .collect();
    let mut taken: HashMap<String, i32> = accounts
        .values()
        .map(|a| (a.hub_username.clone(), a.user_id))
        .collect();
    let busy = open_jobs(&txn, h.id).await?;
    let mut out = Queued::default();
    let mut to_queue = Vec::new();
    let now = Utc::now();
    for p in people {
        if busy.contains(&p.id) {
            continue;
        }
        let existing = accounts.get(&p.id);
        // A ready account keeps its name (it is what the person signs in with), and so does
        // one whose adopted hub user an organizer confirmed; others take the name the current
        // scheme gives, so fixing a GitHub username or the scheme helps.
        let name = match existing {
            Some(a) if a.status == status::READY || a.adoption_confirmed_at.is_some() => {
                Ok(a.hub_username.clone())
            }
            _ => {
                username::hub_name(scheme, &h.name_prefix, &p).map(|base| match taken.get(&base) {
                    Some(owner) if *owner != p.id => username::with_suffix(&base, p.id),
                    _ => base,
                })
            }
        };
        let (name, state, error_key) = match name {
            Ok(n) => (n, status::PENDING, None),
            Err(key) => {
                out.refused.push((p.id, key));
                (placeholder(p.id), status::FAILED, Some(key.to_owned()))
            }
        };
        if let Some(a) = existing {
            taken.remove(&a.hub_username);
        }
        // A new name is a new hub user: what was known about the old one does not carry over.
        let renamed = existing.is_some_and(|a| a.hub_username != name);
        taken.insert(name.clone(), p.id);
        let mut row = hub_account::ActiveModel {
            hub_id: Set(h.id),
            user_id: Set(p.id),
            hub_username: Set(name),
            error_key: Set(error_key.clone()),
            error_detail: Set(None),
            updated_at: Set(now),
            ..Default::default()
        };
        if renamed {
            row.origin = Set(None);
            row.adoption_confirmed_by = Set(None);
            row.adoption_confirmed_at = Set(None);
        }
        // Re-checking a ready account leaves it ready: the person keeps their link.
        if existing.map(|a| a.status.as_str()) != Some(status::READY) || error_key.is_some() {
            row.status = Set(state.to_owned());
        }
        match existing {
            Some(a) => {
                row.id = Set(a.id);
                row.update(&txn).await?;
            }
            None => {
                row.status = Set(state.to_owned());
                row.groups = Set("[]".into());
                row.ready_at = Set(None);
                row.insert(&txn).await?;
            }
        }
        if error_key.is_none() {
            to_queue.push(p.id);
        }
    }
    if !to_queue.is_empty() {
        let batch = new_batch(&txn, h.id, label, to_queue.len(), by).await?;
        for uid in &to_queue {
            queue::push(&txn, provision_job(h.id, *uid, Some(batch))).await?;
        }
        out.batch_id = Some(batch);
        out.jobs = to_queue.len();
    }
    txn.commit().await?;
    Ok(out)
}

/// Stands in for a name the person cannot have yet (unique per hub, never sent to it).
fn placeholder(user_id: i32) -> String {
    format!("#{user_id}")
}

fn provision_job(hub_id: i32, user_id: i32, batch: Option<i64>) -> NewJob {
    NewJob {
        priority: PRIORITY,
        subject: Some(subject(hub_id)),
        batch_id: batch,
        ..NewJob::new(
            PROVISION_JOB,
            json!({ "hub_id": hub_id, "user_id": user_id }),
        )
    }
}

/// Every active member of the hub's institution; `all` re-checks ready accounts too.
pub async fn sync_institution(
    db: &DatabaseConnection,
    h: &hub::Model,
    all: bool,
    by: Option<i32>,
) -> ServiceResult<Queued> {
    let members: Vec<i32> = user::Entity::find()
        .filter(user::Column::InstitutionId.eq(h.institution_id))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .map(|u| u.id)
        .collect();
    let ready: HashSet<i32> = if all {
        HashSet::new()
    } else {
        hub_account::Entity::find()
            .filter(hub_account::Column::HubId.eq(h.id))
            .filter(hub_account::Column::Status.eq(status::READY))
            .all(db)
            .await?
            .into_iter()
            .map(|a| a.user_id)
            .collect()
    };
    let todo: Vec<i32> = members.into_iter().filter(|m| !ready.contains(m)).collect();
    queue(db, h, &todo, "sync", by).await
}

/// Queues provisioning for these people, each on their own institution's hub (people
/// without one are skipped). Returns how many jobs were queued.
pub async fn queue_people(
    db: &DatabaseConnection,
    user_ids: &[i32],
    label: &str,
    by: Option<i32>,
) -> ServiceResult<usize> {
    let people = user::Entity::find()
        .filter(user::Column::Id.is_in(user_ids.iter().copied()))
        .all(db)
        .await?;
    let mut by_institution: std::collections::BTreeMap<i32, Vec<i32>> = Default::default();
    for p in people {
        if let Some(i) = p.institution_id {
            by_institution.entry(i).or_default().push(p.id);
        }
    }
    let mut jobs = 0;
    for (inst, ids) in by_institution {
        if let Some(h) = registry::for_institution(db, inst).await? {
            jobs += queue(db, &h, &ids, label, by).await?.jobs;
        }
    }
    Ok(jobs)
}

/// Called when a person joins an institution: an account on its hub, if it has one. Never
/// fails the person's own action: a problem is logged and the organizer can sync later.
pub async fn after_joining(db: &DatabaseConnection, user_id: i32) {
    if let Err(e) = queue_for_member(db, user_id, false).await {
        tracing::warn!(user = user_id, error = %e, "could not queue hub provisioning");
    }
}

/// Called when a person adds their GitHub username: if their account was waiting for it,
/// it is queued now.
pub async fn after_github_username(db: &DatabaseConnection, user_id: i32) {
    let waiting = hub_account::Entity::find()
        .filter(hub_account::Column::UserId.eq(user_id))
        .filter(hub_account::Column::ErrorKey.eq("hub-error-no-github"))
        .one(db)
        .await;
    if let Ok(Some(_)) = waiting {
        after_joining(db, user_id).await;
    }
}

/// Called after an enrollment: a hub with a group per course adds the person to it.
pub async fn after_enrollment(db: &DatabaseConnection, user_id: i32) {
    if let Err(e) = queue_for_member(db, user_id, true).await {
        tracing::warn!(user = user_id, error = %e, "could not queue hub group change");
    }
}

async fn queue_for_member(
    db: &DatabaseConnection,
    user_id: i32,
    course: bool,
) -> ServiceResult<()> {
    let Some(person) = user::Entity::find_by_id(user_id).one(db).await? else {
        return Ok(());
    };
    let Some(inst) = person.institution_id else {
        return Ok(());
    };
    let Some(h) = registry::for_institution(db, inst).await? else {
        return Ok(());
    };
    if course && !h.course_groups {
        return Ok(());
    }
    queue(
        db,
        &h,
        &[user_id],
        if course { "course" } else { "join" },
        None,
    )
    .await?;
    Ok(())
}

/// Queues the end of the partnership year for these people (all accounts when None).
pub async fn queue_deprovision(
    db: &DatabaseConnection,
    h: &hub::Model,
    user_ids: Option<&[i32]>,
    mode: Deprovision,
    by: Option<i32>,
) -> ServiceResult<Queued> {
    let txn = db.begin().await?;
    let mut q = hub_account::Entity::find()
        .filter(hub_account::Column::HubId.eq(h.id))
        .filter(hub_account::Column::Status.is_not_in([status::REMOVED]));
    if let Some(ids) = user_ids {
        q = q.filter(hub_account::Column::UserId.is_in(ids.iter().copied()));
    }
    let rows = q
        .order_by_asc(hub_account::Column::UserId)
        .all(&txn)
        .await?;
    let busy = open_jobs(&txn, h.id).await?;
    let rows: Vec<_> = rows
        .into_iter()
        .filter(|a| !busy.contains(&a.user_id))
        .collect();
    let mut out = Queued::default();
    if !rows.is_empty() {
        let batch = new_batch(&txn, h.id, mode.as_str(), rows.len(), by).await?;
        for a in &rows {
            set_status(&txn, a.id, status::REMOVING, None).await?;
            queue::push(
                &txn,
                NewJob {
                    priority: PRIORITY,
                    subject: Some(subject(h.id)),
                    batch_id: Some(batch),
                    ..NewJob::new(
                        DEPROVISION_JOB,
                        json!({ "hub_id": h.id, "user_id": a.user_id, "mode": mode.as_str() }),
                    )
                },
            )
            .await?;
        }
        out.batch_id = Some(batch);
        out.jobs = rows.len();
    }
    txn.commit().await?;
    Ok(out)
}

/// Runs failed jobs again (of these people, or every failed account of the hub), in a new
/// batch. People who failed before any job ran (no GitHub username) are queued afresh.
pub async fn retry_failed(
    db: &DatabaseConnection,
    h: &hub::Model,
    only: Option<&[i32]>,
    by: Option<i32>,
) -> ServiceResult<Queued> {
    let mut q = hub_account::Entity::find()
        .filter(hub_account::Column::HubId.eq(h.id))
        .filter(hub_account::Column::Status.eq(status::FAILED));
    if let Some(ids) = only {
        q = q.filter(hub_account::Column::UserId.is_in(ids.iter().copied()));
    }
    let failed: Vec<hub_account::Model> = q.all(db).await?;
    if failed.is_empty() {
        return Ok(Queued::default());
    }
    // The latest failed job of each person says what to run again.
    let mut latest: HashMap<i32, job::Model> = HashMap::new();
    for j in job::Entity::find()
        .filter(job::Column::Subject.eq(subject(h.id)))
        .filter(job::Column::Status.eq(queue::FAILED))
        .order_by_asc(job::Column::Id)
        .all(db)
        .await?
    {
        if let Some(uid) = serde_json::from_str::<serde_json::Value>(&j.payload)
            .ok()
            .and_then(|p| p["user_id"].as_i64())
        {
            latest.insert(uid as i32, j);
        }
    }
    // A failure that happened before any job ran (no usable name) is queued afresh, which
    // picks up a GitHub username added since.
    let (with_job, fresh): (Vec<_>, Vec<_>) = failed
        .into_iter()
        .partition(|a| latest.contains_key(&a.user_id) && !a.hub_username.starts_with('#'));
    let mut out = Queued::default();
    if !with_job.is_empty() {
        let txn = db.begin().await?;
        let batch = new_batch(&txn, h.id, "retry", with_job.len(), by).await?;
        for a in &with_job {
            let j = &latest[&a.user_id];
            let state = if j.kind == DEPROVISION_JOB {
                status::REMOVING
            } else {
                status::PENDING
            };
            set_status(&txn, a.id, state, None).await?;
            queue::requeue(&txn, j.id, Some(batch)).await?;
        }
        txn.commit().await?;
        out.batch_id = Some(batch);
        out.jobs = with_job.len();
    }
    if !fresh.is_empty() {
        let ids: Vec<i32> = fresh.iter().map(|a| a.user_id).collect();
        let more = queue(db, h, &ids, "retry", by).await?;
        out.jobs += more.jobs;
        out.refused = more.refused;
        out.batch_id = out.batch_id.or(more.batch_id);
    }
    Ok(out)
}

async fn set_status(
    db: &impl ConnectionTrait,
    id: i32,
    state: &str,
    error: Option<&HubError>,
) -> Result<(), DbErr> {
    hub_account::ActiveModel {
        id: Set(id),
        status: Set(state.to_owned()),
        error_key: Set(error.map(|e| e.message_key().to_owned())),
        error_detail: Set(error.map(|e| e.to_string())),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

/// The groups a person belongs in on this hub: the hub's defaults, and one per course they
/// are enrolled in when the hub keeps course groups.
async fn wanted_groups(
    db: &DatabaseConnection,
    h: &hub::Model,
    user_id: i32,
) -> Result<BTreeSet<String>, DbErr> {
    let mut groups: BTreeSet<String> = registry::parse_groups(&h.default_groups)
        .into_iter()
        .collect();
    // A group per cohort the person takes part in, when the cohort names one.
    let cohorts: Vec<i32> = crate::entities::cohort_member::Entity::find()
        .filter(crate::entities::cohort_member::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|m| m.cohort_id)
        .collect();
    for c in crate::entities::cohort::Entity::find()
        .filter(crate::entities::cohort::Column::Id.is_in(cohorts))
        .all(db)
        .await?
    {
        if let Some(g) = c.hub_group.filter(|g| !g.is_empty()) {
            groups.insert(g);
        }
    }
    if h.course_groups {
        for e in enrollment::Entity::find()
            .filter(enrollment::Column::UserId.eq(user_id))
            .all(db)
            .await?
        {
            groups.insert(format!("course-{}", e.course_slug));
        }
    }
    Ok(groups)
}

/// Runs one hub job. Transient hub trouble is retried by the queue (with backoff) until the
/// last attempt; then, like any refusal, the account is marked failed with the hub's reason.
pub async fn run_job(
    state: &AppState,
    j: &job::Model,
    payload: &serde_json::Value,
) -> Result<(), JobError> {
    let field = |k: &str| {
        payload[k]
            .as_i64()
            .map(|v| v as i32)
            .ok_or_else(|| JobError::Permanent(format!("payload lacks {k}")))
    };
    let (hub_id, user_id) = (field("hub_id")?, field("user_id")?);
    let db = &state.db;
    let Some(h) = hub::Entity::find_by_id(hub_id)
        .one(db)
        .await
        .map_err(JobError::retry)?
    else {
        return Ok(()); // The hub was removed, and its accounts with it.
    };
    let Some(account) = hub_account::Entity::find()
        .filter(hub_account::Column::HubId.eq(hub_id))
        .filter(hub_account::Column::UserId.eq(user_id))
        .one(db)
        .await
        .map_err(JobError::retry)?
    else {
        return Ok(());
    };
    let last_try = j.attempts >= j.max_attempts;
    let client = match registry::client(state, &h) {
        Ok(c) => c,
        Err(e) => return Err(record_failure(db, &account, e, true).await),
    };
    let result = match j.kind.as_str() {
        PROVISION_JOB => provision(db, &client, &h, &account).await,
        _ => {
            let mode = payload["mode"]
                .as_str()
                .and_then(Deprovision::parse)
                .unwrap_or(Deprovision::Delete);
            deprovision(db, &client, &account, mode).await
        }
    };
    match result {
        Ok(()) => Ok(()),
        Err(Step::Hub(e)) => Err(record_failure(db, &account, e, last_try).await),
        Err(Step::Db(e)) => Err(JobError::retry(e)),
    }
}

enum Step {
    Hub(HubError),
    Db(DbErr),
}

impl From<HubError> for Step {
    fn from(e: HubError) -> Self {
        Step::Hub(e)
    }
}
impl From<DbErr> for Step {
    fn from(e: DbErr) -> Self {
        Step::Db(e)
    }
}

async fn provision(
    db: &DatabaseConnection,
    client: &HubClient,
    h: &hub::Model,
    a: &hub_account::Model,
) -> Result<(), Step> {
    if a.status == status::REMOVING {
        return Ok(()); // A deprovisioning asked for after this job was queued wins.
    }
    match adoption::claim(db, client, a).await {
        Ok(Claim::Proceed) => {}
        Ok(Claim::Held) => return Ok(()),
        Err(ClaimError::Hub(e)) => return Err(e.into()),
        Err(ClaimError::Db(e)) => return Err(e.into()),
    }
    let mut done: BTreeSet<String> = groups_of(a).into_iter().collect();
    let wanted = wanted_groups(db, h, a.user_id).await?;
    let one = [a.hub_username.clone()];
    for g in wanted
        .iter()
        .filter(|g| !done.contains(*g))
        .cloned()
        .collect::<Vec<_>>()
    {
        if let Err(e) = client.add_to_group(&g, &one).await {
            save_groups(db, a, &done).await?;
            return Err(e.into());
        }
        done.insert(g);
    }
    let now = Utc::now();
    hub_account::ActiveModel {
        id: Set(a.id),
        status: Set(status::READY.to_owned()),
        groups: Set(serde_json::to_string(&done).unwrap_or_else(|_| "[]".into())),
        error_key: Set(None),
        error_detail: Set(None),
        updated_at: Set(now),
        ready_at: Set(Some(a.ready_at.unwrap_or(now))),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

async fn save_groups(
    db: &DatabaseConnection,
    a: &hub_account::Model,
    done: &BTreeSet<String>,
) -> Result<(), DbErr> {
    hub_account::ActiveModel {
        id: Set(a.id),
        groups: Set(serde_json::to_string(done).unwrap_or_else(|_| "[]".into())),
        ..Default::default()
    }
    .update(db)
    .await
    .map(|_| ())
}

async fn deprovision(
    db: &DatabaseConnection,
    client: &HubClient,
    a: &hub_account::Model,
    mode: Deprovision,
) -> Result<(), Step> {
    let groups = groups_of(a);
    // A hub user the platform never created or linked (adopted and unconfirmed, or never
    // reached) is left exactly as it is. One it cannot tell about (linked before origins were
    // recorded), and any hub administrator, is only stopped and taken out of the platform's
    // groups: deleting needs the platform to have made it or an organizer's confirmation.
    let untouched = match adoption::Origin::of(a) {
        None => true,
        Some(adoption::Origin::Adopted) => a.adoption_confirmed_at.is_none(),
        _ => false,
    };
    if untouched {
        let state = if a.hub_username.starts_with('#') {
            status::REMOVED
        } else {
            status::SUSPENDED
        };
        hub_account::ActiveModel {
            id: Set(a.id),
            status: Set(state.to_owned()),
            groups: Set("[]".into()),
            updated_at: Set(Utc::now()),
            ..Default::default()
        }
        .update(db)
        .await?;
        return Ok(());
    }
    let mode = if mode == Deprovision::Delete
        && (!adoption::managed(a) || is_hub_admin(client, a).await?)
    {
        Deprovision::StopOnly
    } else {
        mode
    };
    let final_status = match mode {
        Deprovision::Delete => {
            if !a.hub_username.starts_with('#') {
                client.delete_user(&a.hub_username).await?;
            }
            status::REMOVED
        }
        Deprovision::StopOnly => {
            if !a.hub_username.starts_with('#') {
                client.stop_server(&a.hub_username).await?;
                let one = [a.hub_username.clone()];
                for g in &groups {
                    client.remove_from_group(g, &one).await?;
                }
            }
            status::SUSPENDED
        }
    };
    hub_account::ActiveModel {
        id: Set(a.id),
        status: Set(final_status.to_owned()),
        groups: Set("[]".into()),
        error_key: Set(None),
        error_detail: Set(None),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

async fn is_hub_admin(client: &HubClient, a: &hub_account::Model) -> Result<bool, HubError> {
    if a.hub_username.starts_with('#') {
        return Ok(false);
    }
    Ok(client
        .get_user(&a.hub_username)
        .await?
        .is_some_and(|u| u.admin))
}

/// Records a hub error on the account and tells the queue whether to try again: transient
/// errors before the last attempt keep the account pending (with the reason, for organizers).
async fn record_failure(
    db: &DatabaseConnection,
    a: &hub_account::Model,
    e: HubError,
    last_try: bool,
) -> JobError {
    let retry = e.is_transient() && !last_try;
    let state = if retry {
        a.status.as_str()
    } else {
        status::FAILED
    };
    if let Err(db_err) = set_status(db, a.id, state, Some(&e)).await {
        tracing::error!(account = a.id, error = %db_err, "could not record a hub failure");
    }
    if retry {
        JobError::Retry(e.to_string())
    } else {
        JobError::Permanent(e.to_string())
    }
}

/// How many accounts of the hub are in each state, in the order of `status::ALL`.
pub async fn status_counts(
    db: &DatabaseConnection,
    hub_id: i32,
) -> Result<Vec<(String, u64)>, DbErr> {
    let rows = hub_account::Entity::find()
        .filter(hub_account::Column::HubId.eq(hub_id))
        .all(db)
        .await?;
    Ok(status::ALL
        .iter()
        .map(|s| {
            (
                String::from(*s),
                rows.iter().filter(|a| a.status == *s).count() as u64,
            )
        })
        .collect())
}

/// The progress of a batch: how many of its jobs are done, failed, or still to run.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    pub batch_id: i64,
    pub label: String,
    pub total: u64,
    pub done: u64,
    pub failed: u64,
    pub open: u64,
    pub started: chrono::DateTime<Utc>,
}

impl Progress {
    pub fn finished(&self) -> bool {
        self.open == 0
    }
}

pub async fn batch_progress(db: &DatabaseConnection, batch_id: i64) -> ServiceResult<Progress> {
    let b = job_batch::Entity::find_by_id(batch_id)
        .one(db)
        .await?
        .ok_or(ServiceError::NotFound)?;
    let jobs = job::Entity::find()
        .filter(job::Column::BatchId.eq(batch_id))
        .all(db)
        .await?;
    let count = |s: &str| jobs.iter().filter(|j| j.status == s).count() as u64;
    Ok(Progress {
        batch_id,
        label: b.label,
        total: jobs.len() as u64,
        done: count(queue::DONE),
        failed: count(queue::FAILED),
        open: count(queue::QUEUED) + count(queue::RUNNING),
        started: b.created_at,
    })
}

pub async fn latest_batch(db: &DatabaseConnection, hub_id: i32) -> ServiceResult<Option<Progress>> {
    let Some(b) = job_batch::Entity::find()
        .filter(job_batch::Column::Subject.eq(subject(hub_id)))
        .order_by_desc(job_batch::Column::Id)
        .one(db)
        .await?
    else {
        return Ok(None);
    };
    batch_progress(db, b.id).await.map(Some)
}

/// Jobs of the hub that are waiting, running or failed (most recent first).
pub async fn open_and_failed_jobs(
    db: &DatabaseConnection,
    hub_id: i32,
    limit: u64,
) -> ServiceResult<Vec<job::Model>> {
    use sea_orm::QuerySelect;
    Ok(job::Entity::find()
        .filter(job::Column::Subject.eq(subject(hub_id)))
        .filter(job::Column::Status.is_in([queue::QUEUED, queue::RUNNING, queue::FAILED]))
        .order_by_desc(job::Column::Id)
        .limit(limit)
        .all(db)
        .await?)
}
