### Catalyst Academy — interface strings (English, the source language).
### Each message id is used by the code; keep ids unchanged when translating.

## Site frame

skip-to-content = Skip to content
nav-label = Main
nav-home = Home
nav-account = My account
nav-admin = Administration
nav-sign-in = Sign in
nav-sign-out = Sign out
language-switcher-label = Language
footer-text = Catalyst Academy — training for the Catalyst Project's Community Partners in Africa and Latin America.
back-home = Back to the home page
back = Back
save = Save
not-found-title = Page not found

## Home page

home-title = Welcome to Catalyst Academy
home-intro = Catalyst Academy is where people at Catalyst Community Partner institutions learn to use their JupyterHub, open science practices, and how to train their own teams.
home-invitation-only = Accounts are by invitation: your institution's partner lead or the Catalyst team will send you one.
# $name is the signed-in person's name
home-welcome-back = Welcome back, { $name }.
home-about-title = About the Catalyst Project
home-about-body = The Catalyst Project gives biomedical research and training institutions in Africa and Latin America a managed JupyterHub, training on the hub and in open science, and a place in an OLS Open Seeds mentoring cohort.

## Form fields

field-email = Email address
field-password = Password
field-name = Full name
field-language = Preferred language
field-new-password = New password
field-confirm-password = Repeat the new password
field-current-password = Current password
field-roles = Roles
field-role = Role
field-member-since = Member since
field-institution = Institution
field-institution-name = Institution name
field-country = Country
field-partnership = Partnership year
field-partnership-start = Partnership starts
field-partnership-end = Partnership ends
field-members = Members
field-status = Status
field-expires = Expires
field-actions = Actions
password-hint = At least 10 characters. A few unrelated words make a strong, memorable password.
# Button that reveals the password being typed
password-show = Show

## Roles

role-learner = Learner
role-mentor = Mentor
role-translator = Translator
role-organizer = Organizer
role-admin = Administrator
role-partner_lead = Partner lead

## Signing in and out

sign-in-title = Sign in
sign-in-submit = Sign in
sign-in-forgot = Forgot your password?
notice-signed-out = You have signed out.

## Invitations

invitation-title = Accept your invitation
# $email is the invited address, $role the role's name (already translated)
invitation-intro = You are invited to Catalyst Academy as { $role } with the address { $email }. Choose your name, language and password to create your account.
invitation-submit = Create my account
notice-account-created = Your account is ready. Sign in with your email address and new password.

## Password reset

reset-title = Reset your password
reset-intro = Enter the email address of your account. If it has an account, we will send a link to choose a new password.
reset-submit = Send the link
notice-reset-sent = If that address has an account, a link to reset the password is on its way. Check your inbox.
reset-new-title = Choose a new password
reset-new-submit = Save the new password
reset-again = Ask for a new link
notice-password-reset = Your password has been changed. Sign in with the new one.

## My account

account-title = My account
account-change-password = Change password
account-change-password-submit = Change password
notice-password-changed = Your password has been changed. You were signed out everywhere else.

## Administration

admin-title = Administration
admin-institutions = Partner institutions
admin-people = People
admin-invitations = Invitations
institutions-empty = No partner institutions yet.
institutions-add = Add a partner institution
institutions-add-submit = Add institution
institutions-edit = Edit partner institution
institution-none = No institution
notice-institution-created = The institution has been added.
notice-institution-saved = The institution has been saved.
notice-roles-saved = The roles have been saved.
invitations-add = Invite someone
invitations-add-submit = Send invitation
invitations-list = Invitations sent
invitations-resend = Send again
invitations-revoke = Revoke
notice-invitation-sent = The invitation has been sent.
notice-invitation-revoked = The invitation has been revoked.
invitation-status-pending = Waiting
invitation-status-accepted = Accepted
invitation-status-revoked = Revoked
invitation-status-expired = Expired

## Errors

error-not-found = We could not find that page.
error-forbidden = You do not have permission to see this page.
error-sign-in-required = Please sign in to continue.
error-rate-limited = Too many attempts. Please wait 15 minutes and try again.
error-internal = Something went wrong on our side. Nothing was saved; please try again.
error-email-required = Enter an email address.
error-email-invalid = This is not a valid email address. Check it for typing mistakes, e.g. name@example.org.
error-email-taken = There is already an account with this email address.
error-name-required = Enter a name.
error-name-too-long = This name is too long (at most 120 characters).
error-password-too-short = The password is too short: use at least 10 characters.
error-password-too-long = The password is too long: use at most 256 characters.
error-password-mismatch = The two passwords are not the same.
error-password-wrong = The current password is not correct.
error-sign-in-failed = The email address or the password is not correct.
error-locale-invalid = Choose English, Spanish or Portuguese.
error-role-invalid = Choose one of the roles in the list.
error-role-not-allowed = Only administrators can invite administrators.
error-cannot-drop-own-admin = You cannot remove your own administrator role.
error-institution-invalid = Choose an institution from the list.
error-institution-exists = There is already an institution with this name.
error-country-required = Enter the country.
error-date-invalid = Enter a date as year-month-day, e.g. 2026-03-01.
error-end-before-start = The partnership must end after it starts.
error-invitation-invalid = This invitation link is not valid or has already been used.
error-invitation-expired = This invitation has expired. Ask the person who invited you to send it again.
error-invitation-used = This invitation has already been accepted.
error-reset-invalid = This password reset link is not valid, has expired or has already been used.
csrf-title = This form has expired
csrf-body = For your security, the form could not be accepted. Go back, reload the page and send it again.

## Dates. $day, $month and $year are numbers except $month, a name below.

date-long = { $month } { $day }, { $year }
# $date is a date-long, $time is hours:minutes (UTC)
datetime-long = { $date } at { $time } UTC
# $zone is an IANA timezone name such as America/Montevideo
datetime-zone = { $date } at { $time } ({ $zone })
month-1 = January
month-2 = February
month-3 = March
month-4 = April
month-5 = May
month-6 = June
month-7 = July
month-8 = August
month-9 = September
month-10 = October
month-11 = November
month-12 = December

## Courses

admonition-note = Note
admonition-tip = Tip
admonition-warning = Warning
admonition-important = Important
error-course-unknown = There is no such course.
error-person-unknown = Nobody has an account with this email address. Invite them first.
error-institution-no-members = This institution has no members yet.
nav-courses = Courses
nav-dashboard = My learning
catalog-title = Courses
catalog-filter-language = Show courses available in
catalog-filter-any = any language
catalog-filter-submit = Show
catalog-empty = No course matches this choice yet.
# $lessons is a number of lessons, $minutes of minutes
course-lessons-minutes = { $lessons ->
        [one] 1 lesson
       *[other] { $lessons } lessons
    }, about { $minutes } minutes
# How many of the lessons exist in the reader's language
course-translated = { $translated } of { $lessons } lessons in your language
progress-percent = { $percent }% complete
course-audience = For:
course-enroll = Enroll in this course
course-start = Start the course
course-continue = Continue
course-sign-in-to-track = Sign in to keep track of your progress.
course-lessons = Lessons
lesson-minutes = { $minutes } min
lesson-done = Completed
lesson-not-translated = In English
lesson-outdated = Translation being updated
course-staff-enroll = Enroll people (staff)
course-staff-enroll-person = Enroll this person
course-staff-enroll-institution = Enroll every member of this institution
breadcrumb-label = You are here
lesson-position = Lesson { $number } of { $total }
lesson-fallback-notice = This lesson is not yet translated into your language, so it is shown in English.
lesson-outdated-notice = The English version of this lesson has changed since it was translated: some parts may be out of date.
lesson-unpublished = This lesson cannot be shown right now. The team has been told and is fixing it.
lesson-mark-complete = Mark as complete
pager-label = Lessons
lesson-previous = Previous
lesson-next = Next
dashboard-title = My learning
dashboard-empty = You are not enrolled in any course yet.
dashboard-completed = { $completed } of { $lessons } lessons completed
notice-enrolled = You are enrolled. Welcome to the course!
notice-staff-enrolled = Enrolled.
notice-lesson-completed = Lesson marked as complete.

# Names and titles are plain text on one line.
error-text-markup = Use plain text here: no angle brackets < >, line breaks or control characters.
error-text-too-long = This is too long (at most { $max } characters).
too-large-title = Too much at once
too-large-body = What was sent is larger than this page accepts. Go back and send a smaller file or a shorter text.
forbidden-title = Not allowed
admonition-attention = Attention
admonition-caution = Caution
admonition-danger = Danger
admonition-error = Error
admonition-hint = Hint
admonition-seealso = See also
admonition-admonition = Note
admonition-dropdown = Details
lesson-task-done = Done
lesson-task-open = To do
