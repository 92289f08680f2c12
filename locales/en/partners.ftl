### Partner onboarding: the public partnership page, the application, and its review.

nav-partners = Become a partner
language-en = English
language-es = Spanish
language-pt = Portuguese

## The public page

partners-title = Become a Catalyst Community Partner
partners-lead = The Catalyst Project helps biomedical institutions in Africa and Latin America run their research and training on a shared, well-kept computing platform, and learn to use it well.
partners-who-title = Who it is for
partners-who-body = Universities, research institutes, hospitals and nonprofits in Africa and Latin America that use high-throughput computing for biomedical research, or that train people in data science. You do not need your own servers or a systems team: we run the platform for you.
partners-get-title = What partners receive
partners-get-hub = A JupyterHub of your own.
partners-get-hub-body = Managed for you: every member of your team signs in with a browser and gets Python and R notebooks, with no installation.
partners-get-training = Training on the hub and on open science.
partners-get-training-body = Short courses in English, Spanish and Portuguese, light enough for slow connections, with mentors who read your work.
partners-get-cohort = A place in an Open Seeds cohort.
partners-get-cohort-body = OLS Open Seeds is a 16-week mentoring programme: your team's members work on an open project with a mentor and meet other partners.
partners-get-teams = Help to train your own teams.
partners-get-teams-body = We help your first trainees become the people who train the rest of your institution.
partners-how-title = How it works
partners-how-apply = You apply with the form: it takes about ten minutes.
partners-how-review = The Core Team reads your application and answers by email, in your language, usually within three weeks.
partners-how-setup = If you are accepted, we set up your hub and invite the person who leads your team, who then invites the others.
partners-how-year = The partnership starts with one year, with a checklist that shows each step and what to do next. It can be renewed.
partners-apply-button = Apply to become a partner
partners-list-title = Current partners
partners-list-empty = Our first partners will be listed here.
# $date is a date
partners-since = partner since { $date }

## The application form

apply-title = Apply to become a Community Partner
apply-lead = Tell us about your institution and what the hub would serve. Fields marked as required must be filled in; everything else helps us understand your needs.
apply-institution-legend = Your institution
apply-institution = Name of the institution
apply-country = Country
apply-website = Website
apply-website-hint = The full address, starting with https://
apply-contact-legend = The contact person
apply-contact-name = Name
apply-contact-email = Email
apply-language = Preferred language
apply-plans-legend = Your plans
apply-research = Research or training the hub would serve
apply-research-hint = For example: genomics of infectious diseases, a data science course for biology students.
apply-users = Expected number of users in the first year
apply-open-science = How your institution aligns, or wants to align, with open science
apply-open-science-hint = Open data, open source, open publication, reproducible analyses: what you do today and what you would like to do.
apply-infrastructure = Existing computing infrastructure (optional)
apply-infrastructure-hint = Servers, clusters, cloud accounts or none: all answers are fine.
apply-honeypot = Leave this field empty
apply-submit = Send the application
apply-thanks-title = Thank you for applying
apply-thanks-body = We received your application and sent a confirmation to the contact email. The Core Team will answer in your language, usually within three weeks.
apply-thanks-back = Back to the partnership page

## Reviewing applications (organizers)

applications-title = Partner applications
applications-filter = Filter by status
applications-all = All
applications-empty = No applications with this status.
applications-col-institution = Institution
applications-col-contact = Contact
applications-col-status = Status
applications-col-received = Received
applications-back = All applications
# $date is a date and time
applications-received-on = received { $date }
applications-decision-message = Message sent with the decision
applications-institution-link = The partner institution
applications-notes = Internal notes
applications-notes-hint = Only organizers see these notes.
applications-save = Save notes and status
applications-decide = Decision
applications-message = Message to the applicant
# $language is a language's name
applications-message-hint = Mailed with the decision. Write it in { $language }, the applicant's language.
applications-year = Partnership year (when accepting)
applications-start = Starts on
applications-end = Ends on
applications-accept = Accept and invite the partner lead
applications-decline = Decline
application-status-new = New
application-status-in_review = In review
application-status-accepted = Accepted
application-status-declined = Declined
application-status-withdrawn = Withdrawn

## Messages

notice-application-received = Your application was sent.
notice-application-saved = Saved.
notice-application-accepted = Accepted: the institution exists and its partner lead is invited.
notice-application-declined = Declined: the applicant was told.
error-application-required = This field is required.
# $max is a number of characters
error-application-too-long = Too long: at most { $max } characters.
error-application-website = Give the full address of the website, starting with https://.
error-application-users = Give a whole number between 1 and 100000.
error-application-rate-limited = Several applications came from your network in the last hour. Please try again in an hour, or write to us.
error-application-status = This status cannot be chosen now.
error-application-decided = This application has already been decided.
error-application-message = Write a message to the applicant explaining the decision.
