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
