### Correos electrónicos. Cada uno tiene un asunto y un cuerpo en texto plano.

# $inviter es el nombre de una persona, $role el rol (traducido), $link la dirección que hay que abrir,
# $days cuántos días funciona el enlace
mail-invitation-subject = Tu invitación a Catalyst Academy
mail-invitation-body =
    Hola:

    { $inviter } te invitó a Catalyst Academy con el rol de { $role }.

    Catalyst Academy es la plataforma de formación del Proyecto Catalyst. Para crear tu
    cuenta, abre este enlace y elige tu nombre, idioma y contraseña:

    { $link }

    El enlace funciona una sola vez y durante { $days } días.

    — El equipo de Catalyst Academy

# $name es el nombre de la persona, $link la dirección para restablecer, $minutes cuánto tiempo funciona
mail-password-reset-subject = Restablece tu contraseña de Catalyst Academy
mail-password-reset-body =
    Hola, { $name }:

    Alguien (esperamos que tú) pidió restablecer la contraseña de tu cuenta de Catalyst Academy.
    Para elegir una nueva contraseña, abre este enlace en los próximos { $minutes } minutos:

    { $link }

    Si no lo pediste, ignora este mensaje: tu contraseña seguirá igual.

    — El equipo de Catalyst Academy
