### Emails. Each has a subject and a plain-text body.

# $inviter is a person's name, $role the role (translated), $link the address to open,
# $days how long the link works
mail-invitation-subject = Your invitation to Catalyst Academy
mail-invitation-body =
    Hello,

    { $inviter } has invited you to Catalyst Academy as { $role }.

    Catalyst Academy is the training platform of the Catalyst Project. To create your
    account, open this link and choose your name, language and password:

    { $link }

    The link works once and for { $days } days.

    — The Catalyst Academy team

# $name is the person's name, $link the reset address, $minutes how long it works
mail-password-reset-subject = Reset your Catalyst Academy password
mail-password-reset-body =
    Hello { $name },

    Someone (hopefully you) asked to reset the password of your Catalyst Academy account.
    To choose a new password, open this link within { $minutes } minutes:

    { $link }

    If you did not ask for this, ignore this message: your password stays as it is.

    — The Catalyst Academy team

# Grading. $name is the learner's name, $lesson a lesson title, $number the exercise's
# position in it, $score and $points whole numbers, $link the address of the exercise
mail-grading-accepted-subject = Your exercise was accepted
mail-grading-accepted-body =
    Hello { $name },

    A mentor accepted your work on exercise { $number } of "{ $lesson }" ({ $score } of { $points } points).
    Read their feedback here:

    { $link }

    — The Catalyst Academy team
mail-grading-graded-subject = Your exercise was graded
mail-grading-graded-body =
    Hello { $name },

    A mentor graded your work on exercise { $number } of "{ $lesson }": { $score } of { $points } points.
    Read their feedback here:

    { $link }

    — The Catalyst Academy team
mail-grading-revision-subject = Your mentor asks for a revision
mail-grading-revision-body =
    Hello { $name },

    A mentor read your work on exercise { $number } of "{ $lesson }" and asks you to revise it.
    Read their feedback and send a new version here:

    { $link }

    — The Catalyst Academy team
# $name is the mentor's name, $count how many works wait, $link the grading queue
mail-grading-digest-subject = { $count ->
    [one] 1 exercise waits for you
   *[other] { $count } exercises wait for you
}
mail-grading-digest-body =
    Hello { $name },

    { $count ->
        [one] 1 exercise handed in by your mentees waits for your grade.
       *[other] { $count } exercises handed in by your mentees wait for your grade.
    }
    The oldest come first in your queue:

    { $link }

    — The Catalyst Academy team

# Partner applications. $name is the contact's name, $institution the institution's name,
# $message the organizers' message, $country a country, $link an address
mail-partner-received-subject = We received your application to the Catalyst Project
mail-partner-received-body =
    Hello { $name },

    Thank you for applying for { $institution } to become a Catalyst Community Partner.
    The Core Team will read your application and answer you by email, usually within
    three weeks.

    — The Catalyst Project Core Team
mail-partner-new-subject = New partner application: { $institution }
mail-partner-new-body =
    { $institution } ({ $country }) applied to become a Community Partner.

    Review the application here:

    { $link }
mail-partner-accepted-subject = Welcome to the Catalyst Project
mail-partner-accepted-body =
    Hello { $name },

    { $institution } is now a Catalyst Community Partner.

    { $message }

    You will receive a separate invitation to create your account as the partner lead of
    your institution. From there you will invite your team and follow each step of your
    first year.

    — The Catalyst Project Core Team
mail-partner-declined-subject = Your application to the Catalyst Project
mail-partner-declined-body =
    Hello { $name },

    Thank you for the application of { $institution }. We cannot accept it at this time.

    { $message }

    — The Catalyst Project Core Team
mail-partner-year-ending-subject = The partnership year of { $institution } ends on { $date }
mail-partner-year-ending-body =
    Hello { $name },

    The partnership year of { $institution } with the Catalyst Project ends on { $date }, in { $days ->
        [one] one day
       *[other] { $days } days
    }.

    Look at the checklist and the yearly report, and tell the Core Team whether you wish to renew:
    { $link }

    — The Catalyst Project Core Team
