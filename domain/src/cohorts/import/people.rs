//! Everyone the files name, with their roles and projects, matched to accounts or invited.
use super::{ols, participants::CsvPerson, Invitee, Plan, PlannedPerson};
use crate::entities::user;
use sea_orm::prelude::*;
use std::collections::HashMap;

/// (handle, role) → project, in insertion order, with an index so a file of thousands of
/// rows costs one lookup per row, not a scan of every row before it.
#[derive(Default)]
struct Ordered(
    Vec<((String, String), Option<String>)>,
    HashMap<(String, String), usize>,
);

impl Ordered {
    fn get(&self, k: &(String, String)) -> Option<String> {
        self.1.get(k).and_then(|i| self.0[*i].1.clone())
    }
    /// Adds the key if new; keeps an existing entry as it is.
    fn keep(&mut self, k: (String, String), p: Option<String>) {
        if !self.1.contains_key(&k) {
            self.1.insert(k.clone(), self.0.len());
            self.0.push((k, p));
        }
    }
    /// Adds the key, or sets the project of the existing entry.
    fn set(&mut self, k: (String, String), p: Option<String>) {
        match self.1.get(&k) {
            Some(i) => self.0[*i].1 = p,
            None => {
                self.1.insert(k.clone(), self.0.len());
                self.0.push((k, p));
            }
        }
    }
}

/// Everyone the files name, with their roles, matched to accounts by GitHub username or
/// email; people only the CSV knows (with an email) are invited.
pub(super) async fn resolve_people(
    db: &DatabaseConnection,
    plan: &mut Plan,
    meta: &ols::Metadata,
    csv: Vec<CsvPerson>,
) -> Result<(), DbErr> {
    // (handle, role) → project, in the order the files name them (so an export keeps it).
    let mut wanted: Ordered = Ordered::default();
    for (list, role) in [
        (&meta.organizers, "organizer"),
        (&meta.experts, "expert"),
        (&meta.facilitators, "facilitator"),
        (&meta.possible_mentors, "mentor"),
    ] {
        for h in list {
            wanted.keep((h.to_lowercase(), role.into()), None);
        }
    }
    for p in plan.projects.iter().flatten() {
        for h in &p.participants {
            wanted.set((h.clone(), "participant".into()), Some(p.name.clone()));
        }
        for h in &p.mentors {
            wanted.set((h.clone(), "mentor".into()), Some(p.name.clone()));
        }
    }
    let mut invites: HashMap<String, Invitee> = HashMap::new();
    for c in csv {
        // The CSV names a person by their GitHub username when it has one, so a row and
        // the YAML files agree on who is who.
        let Some(handle) = c.github.clone().or_else(|| c.email.clone()) else {
            continue;
        };
        // projects.yaml, when it names the person in that role, says which project; the
        // CSV's column (one project per row) fills in the rest.
        let project = wanted
            .get(&(handle.clone(), c.role.clone()))
            .or_else(|| c.project.clone());
        wanted.set((handle.clone(), c.role.clone()), project);
        if let Some(email) = c.email {
            invites.insert(
                handle,
                Invitee {
                    email,
                    name: c.name,
                    locale: c.locale,
                    institution_id: c.institution_id,
                    github: c.github,
                },
            );
        }
    }
    let users = user::Entity::find().all(db).await?;
    let by_github: HashMap<String, &user::Model> = users
        .iter()
        // Only verified usernames match: a typed one may be someone else's.
        .filter(|u| u.github_verified_at.is_some())
        .filter_map(|u| u.github_username.as_ref().map(|g| (g.to_lowercase(), u)))
        .collect();
    let by_email: HashMap<&str, &user::Model> =
        users.iter().map(|u| (u.email.as_str(), u)).collect();
    for ((handle, role), project) in wanted.0 {
        let invite = invites.get(&handle).cloned();
        let user = by_github
            .get(&handle)
            .or_else(|| by_email.get(handle.as_str()))
            .or_else(|| invite.as_ref().and_then(|i| by_email.get(i.email.as_str())))
            .map(|u| (u.id, u.name.clone()));
        plan.people.push(PlannedPerson {
            invite: if user.is_some() { None } else { invite },
            handle,
            role,
            project,
            user,
        });
    }
    Ok(())
}
