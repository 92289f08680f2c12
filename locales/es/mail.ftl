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

mail-grading-accepted-subject = Tu ejercicio fue aceptado
mail-grading-accepted-body =
    Hola { $name }:

    Un/a mentor/a aceptó tu trabajo en el ejercicio { $number } de «{ $lesson }» ({ $score } de { $points } puntos).
    Lee sus comentarios aquí:

    { $link }

    — El equipo de Catalyst Academy
mail-grading-graded-subject = Tu ejercicio fue calificado
mail-grading-graded-body =
    Hola { $name }:

    Un/a mentor/a calificó tu trabajo en el ejercicio { $number } de «{ $lesson }»: { $score } de { $points } puntos.
    Lee sus comentarios aquí:

    { $link }

    — El equipo de Catalyst Academy
mail-grading-revision-subject = Tu mentor/a te pide una revisión
mail-grading-revision-body =
    Hola { $name }:

    Un/a mentor/a leyó tu trabajo en el ejercicio { $number } de «{ $lesson }» y te pide que lo revises.
    Lee sus comentarios y envía una nueva versión aquí:

    { $link }

    — El equipo de Catalyst Academy
mail-grading-digest-subject = { $count ->
    [one] 1 ejercicio te espera
   *[other] { $count } ejercicios te esperan
}
mail-grading-digest-body =
    Hola { $name }:

    { $count ->
        [one] 1 ejercicio entregado por tus mentorados espera tu calificación.
       *[other] { $count } ejercicios entregados por tus mentorados esperan tu calificación.
    }
    Los más antiguos aparecen primero en tu cola:

    { $link }

    — El equipo de Catalyst Academy

mail-partner-received-subject = Recibimos tu solicitud al Proyecto Catalyst
mail-partner-received-body =
    Hola { $name }:

    Gracias por solicitar que { $institution } sea institución aliada de Catalyst.
    El equipo central leerá tu solicitud y te responderá por correo, normalmente en menos
    de tres semanas.

    — El equipo central del Proyecto Catalyst
mail-partner-new-subject = Nueva solicitud de institución: { $institution }
mail-partner-new-body =
    { $institution } ({ $country }) solicitó ser institución aliada.

    Revisa la solicitud aquí:

    { $link }
mail-partner-accepted-subject = Te damos la bienvenida al Proyecto Catalyst
mail-partner-accepted-body =
    Hola { $name }:

    { $institution } ya es institución aliada de Catalyst.

    { $message }

    Recibirás aparte una invitación para crear tu cuenta como responsable de tu
    institución. Desde allí invitarás a tu equipo y seguirás cada paso de tu primer año.

    — El equipo central del Proyecto Catalyst
mail-partner-declined-subject = Tu solicitud al Proyecto Catalyst
mail-partner-declined-body =
    Hola { $name }:

    Gracias por la solicitud de { $institution }. Por ahora no podemos aceptarla.

    { $message }

    — El equipo central del Proyecto Catalyst
mail-partner-year-ending-subject = El año de alianza de { $institution } termina el { $date }
mail-partner-year-ending-body =
    Hola, { $name }:

    El año de alianza de { $institution } con el Proyecto Catalyst termina el { $date }, en { $days ->
        [one] un día
       *[other] { $days } días
    }.

    Revisa la lista de pasos y el informe anual, y cuéntale al equipo central si deseas renovar:
    { $link }

    — El equipo central del Proyecto Catalyst
