# Open Seeds cohorts: schedules, people, projects, attendance, milestones, the participant's
# track and the organizer's dashboard. "Cohort" is one OLS Open Seeds round of about 16 weeks.

## Lists and navigation

nav-cohorts = Cohorts
admin-cohorts = Cohorts
cohorts-title = Open Seeds cohorts
cohorts-admin-title = Manage cohorts
cohorts-manage = Import or create a cohort
cohorts-empty = You are not part of a cohort yet.
cohort-title = Cohort
cohort-my-track = My track
cohort-mentees = My mentees
cohort-dashboard = Dashboard
cohort-schedule = Schedule
cohort-projects = Projects
cohort-project = Project
cohort-milestones = Milestones
cohort-settings = Settings
cohort-exports = Export
cohort-handle = GitHub username or email
cohort-behind = Falling behind
# $zone is an IANA timezone name such as America/Montevideo
cohort-times-in = Times are shown in { $zone }.
# $number is the week number ("03"), $start the date it starts
cohort-week = Week { $number } · from { $start }
cohort-week-n = Week { $number }
cohort-week-short = Week
cohort-this-week = This week
cohort-no-calls = No calls this week.

## Roles, statuses, kinds of call, milestones

cohort-role-participant = Participant
cohort-role-mentor = Mentor
cohort-role-expert = Expert
cohort-role-facilitator = Facilitator
cohort-role-organizer = Organizer
cohort-role-host = Host
cohort-status-planned = Planned
cohort-status-running = Running
cohort-status-finished = Finished
call-kind-cohort = Cohort call
call-kind-mentor-meeting = Mentor–mentee meeting
call-kind-mentor-training = Mentor training
call-kind-skill-up = Skill-up
call-kind-qa = Q&A
call-kind-coworking = Co-working
call-kind-rehearsal = Rehearsal
call-kind-graduation = Graduation
call-kind-other = Other call
milestone-roadmap = Project roadmap
milestone-licence = Licence chosen
milestone-code-of-conduct = Code of conduct
milestone-readme = README
milestone-contributing = Contributing guide
milestone-final-presentation = Final presentation
milestone-tick = Mark as reached
milestone-untick = Undo

## Calls

call-minutes = { $minutes } min
call-hosts = Hosts:
call-notes = Notes
call-take-attendance = Take attendance

## Import

cohorts-import = Import from OLS files
cohorts-import-intro = Upload the cohort's schedule.yaml, projects.yaml and metadata.yaml as they are kept on the OLS website, and a participants CSV if you have one. You will see what would change before anything is saved.
cohorts-csv-columns = Participants CSV columns: name, email, role, institution, github_username, preferred_language, project. The first row names the columns.
cohorts-import-submit = Preview the import
field-cohort-slug = Short name
cohort-slug-hint = Lowercase letters, digits and dashes, for example ols-10-catalyst. Importing again with the same short name updates that cohort.
field-cohort-name = Cohort name
field-cohort-programme = Programme
field-timezone = Timezone
timezone-hint = An IANA name such as UTC, America/Montevideo or Africa/Nairobi. Times in the files are read in this timezone.
field-schedule-yaml = schedule.yaml
field-projects-yaml = projects.yaml
field-metadata-yaml = metadata.yaml
field-participants-csv = Participants (CSV)
import-review-title = Review the import
import-creates = Applying creates this cohort.
import-updates = A cohort with this short name exists: applying updates it.
import-weeks = Weeks
import-calls = Calls
import-unchanged = unchanged
import-projects-new = New projects
import-projects-changed = Updated projects
import-people = People
import-matched = Matched to an account ({ $count })
import-invited = To invite by email, in their language ({ $count })
import-unmatched = Not matched to anyone ({ $count })
import-unmatched-hint = These people are kept by their GitHub username. They are linked as soon as someone with that GitHub username has an account, or you can invite them.
import-rejected = Left out
import-fatal = Problems that stop the import
# $line is a line (or row) number in the file
import-line = line { $line }
import-apply = Apply the import
import-cannot-apply = Fix the problems above and upload the files again.
import-already-applied = This import has been applied.
import-open-cohort = Open the cohort
import-upload-again = Upload other files
# $detail is the text that was wrong, or what the YAML parser said
import-yaml-invalid = This is not valid YAML: { $detail }
import-csv-invalid = This is not a valid CSV file: { $detail }
import-csv-unclosed-quote = A quoted field starts here and is never closed.
import-csv-columns = The first row must name at least the columns name, email and role (found: { $detail }).
import-no-weeks = The schedule has no weeks.
import-schedule-required = A new cohort needs its schedule.yaml.
import-name-required = A new cohort needs a name.
import-slug-invalid = "{ $detail }" is not a short name: use lowercase letters, digits and dashes.
import-timezone-invalid = "{ $detail }" is not a timezone name such as UTC or America/Montevideo.
import-week-key-invalid = "{ $detail }" is not a week number such as '03'.
import-week-no-start = Week { $detail } has no start date.
import-date-invalid = "{ $detail }" is not a date such as September 13, 2027.
import-time-invalid = "{ $detail }" is not a time such as 17:00.
import-duration-invalid = "{ $detail }" is not a duration such as 90 min.
import-call-no-title = A call without a title ({ $detail }).
import-project-no-name = A project without a name ({ $detail }).
import-project-duplicate = The project "{ $detail }" appears twice.
import-row-no-name = The name is missing.
import-row-email-invalid = "{ $detail }" is not an email address.
import-row-role-invalid = "{ $detail }" is not a role: use participant, mentor, expert, facilitator, organizer or host.
import-row-institution-unknown = There is no partner institution called "{ $detail }". Add it first, or leave the cell empty.
import-row-language-invalid = "{ $detail }" is not a language here: use en, es or pt.
import-row-github-invalid = "{ $detail }" is not a GitHub username.
import-row-project-unknown = There is no project called "{ $detail }" in this cohort.
import-file-too-large = A file is too large (512 KB at most).
import-not-utf8 = A file is not UTF-8 text. Save it as UTF-8 and upload it again.
import-has-errors = This import has problems that must be fixed first.

## Creating by hand, settings, calls

cohorts-create = Create a cohort by hand
cohorts-create-submit = Create the cohort
field-cohort-start = First week starts on
field-cohort-weeks = Number of weeks
field-cohort-status = Status
field-cohort-courses = Required courses
cohort-courses-hint = Short names of courses, separated by commas. Participants are enrolled in them.
field-cohort-hub-group = JupyterHub group
cohort-hub-group-hint = Members join this group on their institution's hub (leave empty for none).
field-missed-calls-alert = Highlight after missing this many calls in a row
field-inactive-weeks-alert = Highlight after this many weeks without course progress
cohort-sync-hubs = Create hub accounts for the whole cohort
cohort-add-call = Add a call
cohort-add-call-submit = Add the call
field-call-week = Week
field-call-kind = Kind of call
field-call-title = Title
field-call-date = Date
field-call-time = Time
field-call-duration = Duration
field-call-hosts = Hosts
call-hosts-hint = GitHub usernames or emails, separated by commas.
error-cohort-exists = A cohort with this short name already exists.
error-cohort-status-invalid = Choose a status from the list.
error-number-invalid = Enter a whole number between 0 and 52.
error-call-kind-invalid = Choose a kind of call from the list.
error-title-required = Enter a title.
error-time-invalid = Enter a time such as 17:00.
error-duration-invalid = Enter a duration such as 90 min.
notice-cohort-created = Cohort created. Add its calls below.
notice-cohort-imported = Cohort imported. Invitations are on their way.
notice-cohort-saved = Settings saved.
notice-call-added = Call added.

## Attendance

attendance-title = Attendance
attendance-who = Who attended?
attendance-nobody = Nobody is expected at this call yet.
attendance-reported = Reported by the participant
attendance-save = Save attendance
attendance-status-present = Attended
attendance-status-absent = Missed
attendance-status-reported = Waiting for your mentor
attendance-status-not-recorded = Not recorded
notice-attendance-saved = Attendance saved.
notice-attendance-reported = Thank you. Your mentor will confirm.
notice-attendance-confirmed = Confirmed.
notice-milestone-saved = Milestone saved.

## The participant's track

track-title = My track
track-courses = Required courses
track-no-courses = No course is required in this cohort.
track-project = Project and milestones
track-no-project = You are not in a project yet.
track-attendance = Calls so far
track-status = Attendance
track-i-attended = I attended
track-to-confirm = Meetings to confirm
track-confirm = Confirm
project-title = Project

## Dashboard and calendar

dashboard-cohort-title = Cohort dashboard
dashboard-behind-only = Only those falling behind
# $total people shown, $behind of them falling behind
dashboard-summary = { $total } people, { $behind } falling behind.
dashboard-csv = Download as CSV
filter-all = All
filter-apply = Show
behind-attendance = Missed calls in a row
behind-courses = No course progress lately
cohort-chart-attendance = Attendance per week
cohort-chart-completion = Participants who completed every required course, by week
cohort-calendar = Calendar
cohort-calendar-hint = Add these links to your calendar app to see the calls in your own timezone. Keep them private: they work without signing in.
cohort-calendar-mine = My calls
cohort-calendar-all = Every call of this cohort

# Claims: people who typed a GitHub username this cohort's files name.
cohort-claims = Claimed GitHub usernames
cohort-claims-none = Nobody is waiting for confirmation.
cohort-claims-hint = These people typed a GitHub username that this cohort's files name. Typing a username proves nothing: confirm only when you know the person owns it. Confirming gives them the roles listed; rejecting takes the username back from them.
cohort-claim-confirm = Confirm
cohort-claim-reject = Reject
notice-claim-confirmed = Claim confirmed. The person now has the cohort roles of that username.
notice-claim-rejected = Claim rejected.
error-claim-decided = This claim has already been decided.
error-claim-stale = This person no longer uses that GitHub username, so there is nothing to confirm.
error-claim-decision = Choose whether to confirm or reject the claim.
import-yaml-aliases = This file repeats content through YAML aliases (*name) more than an import allows ({ $detail } references); the OLS files use none. Write the values out instead.
import-file-wrong-kind = This is not the file this slot expects: it looks like { $detail }. Upload each file in its own slot.
import-file-unknown-kind = This file does not look like any OLS cohort file (schedule, projects, metadata) nor like a participants CSV.
import-week-start-inferred = A week had no start date; it was taken from the weeks around it or from its calls: week { $detail }.
import-personal-fields-kept = Personal fields the app does not use will be stored only to give them back in an export: { $detail }. Remove them from the file before applying if they should not be stored.
import-fields-kept = Fields the app does not use will be kept to give them back in an export: { $detail }.
import-plan-stale = A cohort with this address was created or removed since these files were checked. The preview was updated: review it, then apply again.
import-notices = Good to know
