## Partnerships: each partner's checklist and team, the organizers' overview, the yearly report.

nav-partnership = My partnership
partnership-title = Partnership
partnership-period = Partnership year: { $start } to { $end }
partnership-wound-down = Wound down
partnership-stalled = Stalled
partnerships-back = All partnerships
institutions-partnership-link = Onboarding checklist and team

## The onboarding checklist

checklist-title = Onboarding checklist
checklist-next-title = What to do next
checklist-next-staff = Next step: { $step }
checklist-all-done = Every onboarding step is done. Thank you for training your team!
checklist-done = done
checklist-todo = not done yet
checklist-count = { $have } of { $need }
checklist-done-on = done on { $date }
checklist-ticked = Marked done by hand
checklist-note = What happened
checklist-note-hint = For example: who trained whom, when, and on what.
checklist-record = Record it
checklist-tick = Mark as done
checklist-untick = Undo
checklist-step-accepted = Application accepted
checklist-step-hub_ready = Hub registered and its connection tested
checklist-step-lead_signed_in = Partner lead signed in
checklist-step-team_invited = Team invited
checklist-step-team_hub_accounts = Team hub accounts ready
checklist-step-team_in_cohort = Team enrolled in an Open Seeds cohort
checklist-step-first_steps = “First steps on your Catalyst hub” completed by the lead and the team
checklist-step-trained_others = A team member has trained others
checklist-next-accepted = The Core Team is reviewing the application.
checklist-next-hub_ready = The Core Team is setting up your JupyterHub and testing its connection. Nothing to do for now.
checklist-next-lead_signed_in = The partner lead accepts the invitation sent by email and signs in.
checklist-next-team_invited = Invite your team below: learners, and mentors from your institution.
checklist-next-team_hub_accounts = Your team's accounts on the hub are being created. Ask anyone still without one to sign in once.
checklist-next-team_in_cohort = The Core Team places your team in the next Open Seeds cohort.
checklist-next-first_steps = Complete the course “First steps on your Catalyst hub”, and ask your team to complete it too.
checklist-next-trained_others = When someone in your team has trained others, record it here.

## The team

team-title = Team
team-col-person = Person
team-col-signed-in = Signed in
team-col-hub = Hub account
team-col-courses = Courses
team-col-cohorts = Cohorts
team-col-actions = Actions
team-signed-in-yes = Yes
team-signed-in-no = Not yet
team-no-courses = No course started
team-no-cohorts = None
team-course-complete = completed
team-remove = Remove
team-remove-label = Remove { $name } from the team
team-pending-title = Invitations not yet accepted
team-pending-expires = link valid until { $date }
team-revoke = Withdraw
team-revoke-label = Withdraw the invitation to { $email }
team-invite-title = Invite a team member
team-invite-hint = They receive an email with a link to create their account. Once they sign in they get an account on your hub.
team-invite-email = Email address
team-invite-role = Role
team-invite-language = Language of the invitation
team-invite-submit = Send the invitation
notice-team-invited = The invitation has been sent.
notice-team-removed = The person has left the team. Their hub account is being removed.
notice-checklist-saved = The checklist has been updated.
error-team-role = A team member is a learner or a mentor.
error-team-already-invited = This address already has an invitation waiting.
error-team-remove-not-allowed = Partner leads and the Core Team cannot be removed here.
error-checklist-step = This step is not on the checklist.
error-checklist-note-required = Say briefly what happened.
error-partnership-ended = This partnership has been wound down.

## The organizers' controls

partnership-settings = Onboarding settings
partnership-team-target = Team members to invite
partnership-team-target-hint = “Team invited” and “team hub accounts ready” are done when this many people are reached.
partnership-team-share = Share of the team, in percent
partnership-team-share-hint = The share of the team that must be in a cohort and complete “First steps”.
partnership-listed = Show on the public list of partners
partnership-save = Save settings
notice-partnership-saved = The settings have been saved.
error-number-range = Enter a whole number from { $min } to { $max }.
partnership-year-title = Partnership year
partnership-renew-end = New end date
partnership-renew = Renew the partnership
notice-partnership-renewed = The partnership has been renewed.
error-renewal-not-later = The new end date must be after the current one.
partnership-wind-down-title = Wind down
partnership-wind-down-body = Winding down ends the partnership: the { $count ->
    [one] hub account of its team is
   *[other] { $count } hub accounts of its team are
} removed from its hub. People, their progress and the reports are kept.
partnership-wind-down-mode = What happens on the hub
partnership-mode-delete = Delete the accounts
partnership-mode-stop = Stop their servers only
partnership-wind-down-confirm = I confirm that the partnership with { $name } ends now.
partnership-wind-down = Wind down the partnership
notice-partnership-wound-down = The partnership has been wound down. The hub accounts are being removed.
error-wind-down-confirm = Tick the confirmation to wind down the partnership.
error-wind-down-mode = Choose what happens to the hub accounts.

## Every partnership, side by side

partnerships-title = Partnerships
partnerships-lead = Each partnership's onboarding steps, side by side. Partnerships with no progress for three weeks are marked stalled and come first.
partnerships-empty = There is no partnership yet.
partnerships-col-partner = Partner
partnerships-col-next = Progress
partnerships-ends = ends { $date }
partnerships-done = { $done } of { $total } steps

## The yearly report

report-link = Yearly report
report-title = Partnership report
report-heading = Report: { $name }
report-back = Back to the partnership
report-years = Partnership years
report-period = Partnership year { $period }
report-csv = Download as CSV
report-col-name = Name
report-col-email = Email
report-col-roles = Roles
report-col-completed = Courses completed this year
report-col-in-progress = Courses in progress
report-col-cohorts = Cohorts this year
report-col-hub = Hub account
report-total-people = People in the team
report-total-trained = People trained (a course completed)
report-total-courses = Courses completed
report-total-cohorts = People in a cohort
report-total-hub-ready = Hub accounts ready
report-total-hub-removed = Hub accounts removed
