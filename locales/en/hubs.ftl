# Hub provisioning: JupyterHub accounts for learners, and the organizer pages that register
# hubs and steer provisioning. "Hub" is a partner institution's JupyterHub.

## Navigation and the list of hubs

admin-hubs = JupyterHubs
hubs-intro = Each partner institution has its own JupyterHub. Register it here, test the connection, and every member of the institution gets an account on it.
hubs-empty = No hub is registered yet.
hubs-add = Register a hub
hubs-add-submit = Register the hub
hub-title = JupyterHub
hub-accounts = Accounts
hub-accounts-none = No accounts yet.

## The register and edit form

hub-choose-institution = Choose an institution
field-hub-name = Hub name
field-hub-url = Hub address
hub-url-hint = The address people open, for example https://catalyst.2i2c.cloud
field-hub-token = API token
hub-token-hint = A token of a JupyterHub service with the scopes admin:users, admin:groups and list:users (and, if possible, read:hub and delete:servers). It is stored encrypted and never shown again.
hub-token-hint-edit = Leave empty to keep the current token, unless the address moves to another server: then the token is needed again. A new token is stored encrypted and never shown again.
field-hub-scheme = Hub user names
hub-scheme-hint = The name must be what the hub's login returns, or people would get a second, empty account.
hub-scheme-email = Email address (CILogon or email login)
hub-scheme-email-local = The part of the email address before the @
hub-scheme-github = GitHub username (GitHub login)
hub-scheme-platform = Made from the person's name by Catalyst Academy
field-hub-groups = Groups every member joins
hub-groups-hint = One group name per line, for example catalyst-2027. Hub administrators use groups to share files and resources.
field-hub-course-groups = Also add people to a group per course they take (course-<course>)

## Test connection

hub-connection = Connection
hub-check-never = The connection has not been tested yet.
hub-check-submit = Test connection
hub-check-passed = Connected to JupyterHub { $version }. The token has every scope provisioning needs.
hub-check-unreachable = The hub cannot be reached at this address. Check the address and that the hub is running.
hub-check-token-refused = The hub refused the token. Check that it was copied whole and that its service still exists.
hub-check-failed = The connection test failed.
hub-check-missing-scopes = The token lacks these scopes: { $scopes }. Add them to the role of the token's service in the hub's configuration.
hub-check-optional-missing = Optional scopes missing: { $scopes }. With read:hub the test can read which login the hub uses; with delete:servers the end of a partnership year can stop servers without deleting users.
hub-check-allow-existing-users = JupyterHub 5 and later: people created here can sign in only if the hub allows existing users (allow_existing_users = True in its authenticator's configuration).
hub-checked-at = Tested
hub-authenticator = Login method
hub-scheme-proposal = This hub's login suggests the user name scheme: { $scheme }.
hub-said = The hub said:

## Account states

hub-status-none = Not yet
hub-status-pending = Pending
hub-status-ready = Ready
hub-status-failed = Failed
hub-status-removing = Being removed
hub-status-removed = Removed
hub-status-suspended = Suspended
hub-count-pending = { $count } pending
hub-count-ready = { $count } ready
hub-count-failed = { $count } failed
hub-count-removing = { $count } being removed
hub-count-removed = { $count } removed
hub-count-suspended = { $count } suspended

## Provisioning actions, batches and jobs

hub-sync-submit = Create missing accounts
hub-sync-all-submit = Check every account again
hub-retry-all-submit = { $count ->
    [one] Retry the failed account
   *[other] Retry all { $count } failed accounts
}
hub-provision-one = Provision
hub-retry-one = Retry
hub-batch-sync = Provisioning
hub-batch-retry = Retry
hub-batch-join = New member
hub-batch-course = Course group
hub-batch-person = One person
hub-batch-delete = End of partnership: delete accounts
hub-batch-stop = End of partnership: stop servers
hub-batch-progress = { $done } done, { $failed } failed, { $open } to go, of { $total }.
hub-jobs = Job queue
hub-jobs-empty = No job is waiting or failed.
hub-job-action = Action
hub-job-state = State
hub-job-attempts = Attempts
hub-job-error = Last error
hub-job-next = next try { $when }
job-hub-provision = Create account
job-hub-deprovision = Remove account
job-status-queued = Waiting
job-status-running = Running
job-status-done = Done
job-status-failed = Failed
hub-members = Members
hub-members-empty = This institution has no members yet.
hub-username = Hub user name
hub-updated = Updated
hub-actions = Actions
hub-settings = Settings

## End of a partnership year

hub-deprovision = End of the partnership year
hub-deprovision-intro = Takes every account of this institution off its hub. People keep their Catalyst Academy account.
hub-deprovision-mode = What to do on the hub
hub-deprovision-delete = Delete the hub users (the hub keeps their stored files)
hub-deprovision-stop = Only stop their servers and remove them from the platform's groups
hub-deprovision-confirm = I understand that the members of { $institution } will lose access to their hub.
hub-deprovision-submit = Remove the accounts

## Notices and errors

notice-hub-created = Hub registered. Test the connection next.
notice-hub-saved = Hub saved.
notice-hub-checked = Connection tested. The result is below.
notice-hub-nothing-to-do = Nothing to do: every account is already in that state.
notice-hub-sync-queued = Provisioning started. This page follows its progress.
notice-hub-person-queued = Queued for this person.
notice-hub-retry-queued = The failed accounts are being tried again.
notice-hub-deprovision-queued = The accounts are being removed.
notice-github-saved = GitHub username saved.
error-hub-url-invalid = Enter the hub's address, starting with https:// (or http:// for a hub on this machine).
error-hub-token-required = Enter the hub's API token.
error-hub-token-invalid = This does not look like an API token: it must be at least 8 characters without spaces.
error-hub-scheme-invalid = Choose how hub user names are made.
error-hub-groups-invalid = Group names cannot contain a slash, and a hub can have at most 20 default groups.
error-hub-institution-taken = This institution already has a hub.
error-institution-required = Choose the institution this hub belongs to.
error-hub-mode-invalid = Choose what to do on the hub.
error-hub-confirm-required = Tick the box to confirm.
error-github-invalid = A GitHub username has up to 39 letters, digits or single hyphens, and does not start or end with a hyphen.

## Reasons shown to the learner and the organizer

hub-error-unreachable = The hub could not be reached. We will keep trying.
hub-error-token = The hub refused Catalyst Academy's access. The organizers have been told.
hub-error-rejected = The hub refused to create the account. The organizers can see why.
hub-error-server = The hub had a problem. We will keep trying.
hub-error-protocol = The hub gave an answer we did not understand.
hub-error-no-github = This hub signs in with GitHub: add your GitHub username to your account. It names your hub account once it is confirmed.
hub-error-no-username = A hub user name could not be made from your details. The organizers can help.

## The learner's dashboard and account

hub-card-title = Your JupyterHub account
hub-card-pending = Your account on { $hub } is being set up. This usually takes a minute.
hub-card-ready = Your account on { $hub } is ready. Your user name there is { $username }.
hub-card-open = Open your hub
hub-card-failed = Your account on { $hub } could not be created yet.
hub-card-add-github = Add your GitHub username
hub-card-removed = Your access to { $hub } ended with the partnership year.
account-github = GitHub
field-github-username = GitHub username
github-hint = Needed when your institution's hub signs in with GitHub.

# Identity: a typed GitHub username proves nothing until it is confirmed.
error-github-taken = Another account already uses this GitHub username. If it is yours, ask your cohort's organizers.
github-unverified = Not confirmed yet. It gives you no cohort role and names no hub account until an invitation to your address names it or your cohort's organizers confirm it.
github-verified = Confirmed.
## Hub addresses, tokens and names taken on the hub (security review)

error-hub-url-https = The hub's address must start with https://.
error-hub-url-not-public = This address is on this machine or on a private network. Catalyst Academy connects only to hubs on the internet.
error-hub-token-again = The address now points to another server: enter the hub's API token again. A stored token is only ever sent to the address it was given for.
error-hub-prefix-invalid = A name prefix has up to 20 lowercase letters, digits, dashes, underscores or dots, and starts with a letter.
error-hub-not-adopted = Catalyst Academy created this hub user itself: there is nothing to confirm.
error-hub-adopt-admin = This hub user is one of the hub's administrators. Catalyst Academy never takes over an administrator: choose another user name option or prefix.
hub-error-blocked = The hub's address is not one Catalyst Academy may connect to (this machine, a private network or a cloud service address).
hub-error-redirect = The hub's address sends visitors somewhere else. Enter the address the hub itself answers at.
hub-error-token-again = The hub's API token must be entered again. The organizers have been told.
hub-error-name-taken = A user with this name already exists on the hub. An organizer is checking whether it is you.
hub-error-name-admin = This name belongs to one of the hub's administrators. An organizer will choose another.
hub-error-reserved-name = This user name is reserved on hubs. The organizers can help.
hub-error-details = Details:
hub-status-conflict = Name taken
hub-count-conflict = { $count } with a name already taken
field-hub-prefix = Prefix for names made by Catalyst Academy
hub-prefix-hint = Put before every name Catalyst Academy makes from a person's name (the last user name option), for example academy-, so those names can never be one of the hub's own users.
hub-token-needed = Enter the hub's API token again under Settings: the stored one cannot be used, because the hub's address moved to another server, the server's secret key changed, or it was stored before tokens were bound to their hub.
hub-collisions = Names already taken on the hub
hub-collisions-intro = These people's user names already existed on the hub before Catalyst Academy asked for them. Until you confirm that a hub user is that person, Catalyst Academy leaves it alone: it adds it to no group and never deletes it.
hub-collision-confirm = I confirm hub user { $username } is { $name }. Catalyst Academy may add it to groups and delete it at the end of the partnership year.
hub-collision-submit = Link this hub user
hub-collision-admin = { $username } is an administrator of the hub and cannot be linked to { $name }.
notice-hub-adoption-confirmed = The hub user is linked. Its groups are being updated.
hub-origin-adopted = found on the hub, not linked
hub-origin-unknown = linked before Catalyst Academy recorded who created hub users
hub-origin-confirmed = found on the hub, linked by an organizer
hub-url-changes = Address changes
hub-url-change = { $when }: { $who } changed { $before } to { $after }
hub-card-conflict = A user with your name already exists on { $hub }. The organizers are checking whether it is yours.
