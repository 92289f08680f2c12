## Alianzas: la lista de pasos y el equipo de cada institución aliada, la vista del equipo central y el informe anual.

nav-partnership = Mi alianza
partnership-title = Alianza
partnership-period = Año de la alianza: del { $start } al { $end }
partnership-wound-down = Finalizada
partnership-stalled = Detenida
partnerships-back = Todas las alianzas
institutions-partnership-link = Pasos de incorporación y equipo

## La lista de pasos

checklist-title = Pasos de incorporación
checklist-next-title = Qué hacer ahora
checklist-next-staff = Próximo paso: { $step }
checklist-all-done = Todos los pasos de incorporación están hechos. ¡Gracias por formar a tu equipo!
checklist-done = hecho
checklist-todo = pendiente
checklist-count = { $have } de { $need }
checklist-done-on = hecho el { $date }
checklist-ticked = Marcado a mano
checklist-note = Qué sucedió
checklist-note-hint = Por ejemplo: quién formó a quién, cuándo y sobre qué.
checklist-record = Registrarlo
checklist-tick = Marcar como hecho
checklist-untick = Deshacer
checklist-step-accepted = Solicitud aceptada
checklist-step-hub_ready = Hub registrado y conexión probada
checklist-step-lead_signed_in = La persona responsable inició sesión
checklist-step-team_invited = Equipo invitado
checklist-step-team_hub_accounts = Cuentas del equipo en el hub listas
checklist-step-team_in_cohort = Equipo inscrito en una cohorte de Open Seeds
checklist-step-first_steps = “Primeros pasos en tu hub de Catalyst” completado por la persona responsable y el equipo
checklist-step-trained_others = Alguien del equipo formó a otras personas
checklist-next-accepted = El equipo central está revisando la solicitud.
checklist-next-hub_ready = El equipo central está configurando tu JupyterHub y probando su conexión. Por ahora no tienes que hacer nada.
checklist-next-lead_signed_in = La persona responsable acepta la invitación recibida por correo e inicia sesión.
checklist-next-team_invited = Invita a tu equipo más abajo: participantes, y mentores de tu institución.
checklist-next-team_hub_accounts = Se están creando las cuentas de tu equipo en el hub. Pide a quien aún no tenga una que inicie sesión una vez.
checklist-next-team_in_cohort = El equipo central ubica a tu equipo en la próxima cohorte de Open Seeds.
checklist-next-first_steps = Completa el curso “Primeros pasos en tu hub de Catalyst” y pide a tu equipo que también lo complete.
checklist-next-trained_others = Cuando alguien de tu equipo haya formado a otras personas, regístralo aquí.

## El equipo

team-title = Equipo
team-col-person = Persona
team-col-signed-in = Inició sesión
team-col-hub = Cuenta en el hub
team-col-courses = Cursos
team-col-cohorts = Cohortes
team-col-actions = Acciones
team-signed-in-yes = Sí
team-signed-in-no = Todavía no
team-no-courses = Ningún curso empezado
team-no-cohorts = Ninguna
team-course-complete = completado
team-remove = Quitar
team-remove-label = Quitar a { $name } del equipo
team-pending-title = Invitaciones aún no aceptadas
team-pending-expires = enlace válido hasta el { $date }
team-revoke = Retirar
team-revoke-label = Retirar la invitación a { $email }
team-invite-title = Invitar a alguien al equipo
team-invite-hint = Recibirá un correo con un enlace para crear su cuenta. Al iniciar sesión obtiene una cuenta en tu hub.
team-invite-email = Correo electrónico
team-invite-role = Rol
team-invite-language = Idioma de la invitación
team-invite-submit = Enviar la invitación
notice-team-invited = La invitación fue enviada.
notice-team-removed = La persona dejó el equipo. Se está eliminando su cuenta en el hub.
notice-checklist-saved = La lista de pasos fue actualizada.
error-team-role = Quien integra el equipo es participante o mentor/a.
error-team-already-invited = Esta dirección ya tiene una invitación pendiente.
error-team-remove-not-allowed = Aquí no se puede quitar a responsables de institución ni al equipo central.
error-checklist-step = Este paso no está en la lista.
error-checklist-note-required = Cuenta brevemente qué sucedió.
error-partnership-ended = Esta alianza ha finalizado.

## Los controles del equipo central

partnership-settings = Ajustes de incorporación
partnership-team-target = Personas del equipo a invitar
partnership-team-target-hint = “Equipo invitado” y “cuentas del equipo en el hub listas” se cumplen al llegar a este número de personas.
partnership-team-share = Parte del equipo, en porcentaje
partnership-team-share-hint = La parte del equipo que debe estar en una cohorte y completar “Primeros pasos”.
partnership-listed = Mostrar en la lista pública de instituciones aliadas
partnership-save = Guardar ajustes
notice-partnership-saved = Los ajustes fueron guardados.
error-number-range = Escribe un número entero entre { $min } y { $max }.
partnership-year-title = Año de la alianza
partnership-renew-end = Nueva fecha de fin
partnership-renew = Renovar la alianza
notice-partnership-renewed = La alianza fue renovada.
error-renewal-not-later = La nueva fecha de fin debe ser posterior a la actual.
partnership-wind-down-title = Finalizar
partnership-wind-down-body = Finalizar termina la alianza: { $count ->
    [one] se elimina del hub la cuenta de su equipo
   *[other] se eliminan del hub las { $count } cuentas de su equipo
}. Las personas, su progreso y los informes se conservan.
partnership-wind-down-mode = Qué sucede en el hub
partnership-mode-delete = Eliminar las cuentas
partnership-mode-stop = Solo detener sus servidores
partnership-wind-down-confirm = Confirmo que la alianza con { $name } termina ahora.
partnership-wind-down = Finalizar la alianza
notice-partnership-wound-down = La alianza ha finalizado. Se están eliminando las cuentas del hub.
error-wind-down-confirm = Marca la confirmación para finalizar la alianza.
error-wind-down-mode = Elige qué sucede con las cuentas del hub.

## Todas las alianzas, lado a lado

partnerships-title = Alianzas
partnerships-lead = Los pasos de incorporación de cada alianza, lado a lado. Las alianzas sin avances en tres semanas se marcan como detenidas y aparecen primero.
partnerships-empty = Todavía no hay alianzas.
partnerships-col-partner = Institución aliada
partnerships-col-next = Avance
partnerships-ends = termina el { $date }
partnerships-done = { $done } de { $total } pasos

## El informe anual

report-link = Informe anual
report-title = Informe de la alianza
report-heading = Informe: { $name }
report-back = Volver a la alianza
report-years = Años de la alianza
report-period = Año de la alianza { $period }
report-csv = Descargar en CSV
report-col-name = Nombre
report-col-email = Correo electrónico
report-col-roles = Roles
report-col-completed = Cursos completados este año
report-col-in-progress = Cursos en curso
report-col-cohorts = Cohortes de este año
report-col-hub = Cuenta en el hub
report-total-people = Personas en el equipo
report-total-trained = Personas formadas (un curso completado)
report-total-courses = Cursos completados
report-total-cohorts = Personas en una cohorte
report-total-hub-ready = Cuentas del hub listas
report-total-hub-removed = Cuentas del hub eliminadas
