### Catalyst Academy — textos de la interfaz (español de América Latina).
### El código usa cada identificador de mensaje; no cambies los identificadores al traducir.

## Marco del sitio

skip-to-content = Saltar al contenido
nav-label = Principal
nav-home = Inicio
nav-account = Mi cuenta
nav-admin = Administración
nav-sign-in = Iniciar sesión
nav-sign-out = Cerrar sesión
language-switcher-label = Idioma
footer-text = Catalyst Academy — formación para las instituciones aliadas del Proyecto Catalyst en África y América Latina.
back-home = Volver a la página de inicio
back = Volver
save = Guardar
not-found-title = Página no encontrada

## Página de inicio

home-title = Te damos la bienvenida a Catalyst Academy
home-intro = Catalyst Academy es el espacio donde las personas de las instituciones aliadas de Catalyst aprenden a usar su JupyterHub y prácticas de ciencia abierta, y a formar a sus propios equipos.
home-invitation-only = Las cuentas se crean por invitación: la persona responsable de la alianza en tu institución o el equipo de Catalyst te enviará una.
# $name es el nombre de la persona que inició sesión
home-welcome-back = Qué gusto verte de nuevo, { $name }.
home-about-title = Acerca del Proyecto Catalyst
home-about-body = El Proyecto Catalyst ofrece a instituciones de investigación y formación biomédica de África y América Latina un JupyterHub gestionado, capacitación en el uso del hub y en ciencia abierta, y un lugar en una cohorte de mentoría de OLS Open Seeds.

## Campos de formulario

field-email = Correo electrónico
field-password = Contraseña
field-name = Nombre completo
field-language = Idioma preferido
field-new-password = Nueva contraseña
field-confirm-password = Repite la nueva contraseña
field-current-password = Contraseña actual
field-roles = Roles
field-role = Rol
field-member-since = Miembro desde
field-institution = Institución
field-institution-name = Nombre de la institución
field-country = País
field-partnership = Año de la alianza
field-partnership-start = Inicio de la alianza
field-partnership-end = Fin de la alianza
field-members = Integrantes
field-status = Estado
field-expires = Vence
field-actions = Acciones
password-hint = Al menos 10 caracteres. Unas cuantas palabras sin relación entre sí forman una contraseña segura y fácil de recordar.
# Botón que muestra la contraseña que se está escribiendo
password-show = Mostrar

## Roles

role-learner = Estudiante
role-mentor = Mentor/a
role-translator = Traductor/a
role-organizer = Organizador/a
role-admin = Administrador/a
role-partner_lead = Responsable de la institución aliada

## Inicio y cierre de sesión

sign-in-title = Iniciar sesión
sign-in-submit = Iniciar sesión
sign-in-forgot = ¿Olvidaste tu contraseña?
notice-signed-out = Cerraste tu sesión.

## Invitaciones

invitation-title = Acepta tu invitación
# $email es la dirección invitada, $role el nombre del rol (ya traducido)
invitation-intro = Recibiste una invitación a Catalyst Academy con el rol de { $role } para la dirección { $email }. Elige tu nombre, idioma y contraseña para crear tu cuenta.
invitation-submit = Crear mi cuenta
notice-account-created = Tu cuenta está lista. Inicia sesión con tu correo electrónico y tu nueva contraseña.

## Restablecimiento de contraseña

reset-title = Restablece tu contraseña
reset-intro = Escribe el correo electrónico de tu cuenta. Si hay una cuenta con esa dirección, te enviaremos un enlace para elegir una nueva contraseña.
reset-submit = Enviar el enlace
notice-reset-sent = Si hay una cuenta con esa dirección, ya va en camino un enlace para restablecer la contraseña. Revisa tu bandeja de entrada.
reset-new-title = Elige una nueva contraseña
reset-new-submit = Guardar la nueva contraseña
reset-again = Pedir un nuevo enlace
notice-password-reset = Tu contraseña se cambió. Inicia sesión con la nueva.

## Mi cuenta

account-title = Mi cuenta
account-change-password = Cambiar contraseña
account-change-password-submit = Cambiar contraseña
notice-password-changed = Tu contraseña se cambió. Se cerró tu sesión en todos los demás dispositivos.

## Administración

admin-title = Administración
admin-institutions = Instituciones aliadas
admin-people = Personas
admin-invitations = Invitaciones
institutions-empty = Todavía no hay instituciones aliadas.
institutions-add = Agregar una institución aliada
institutions-add-submit = Agregar institución
institutions-edit = Editar institución aliada
institution-none = Sin institución
notice-institution-created = Se agregó la institución.
notice-institution-saved = Se guardó la institución.
notice-roles-saved = Se guardaron los roles.
invitations-add = Invitar a alguien
invitations-add-submit = Enviar invitación
invitations-list = Invitaciones enviadas
invitations-resend = Volver a enviar
invitations-revoke = Revocar
notice-invitation-sent = Se envió la invitación.
notice-invitation-revoked = Se revocó la invitación.
invitation-status-pending = Pendiente
invitation-status-accepted = Aceptada
invitation-status-revoked = Revocada
invitation-status-expired = Vencida

## Errores

error-not-found = No encontramos esa página.
error-forbidden = No tienes permiso para ver esta página.
error-sign-in-required = Inicia sesión para continuar.
error-rate-limited = Demasiados intentos. Espera 15 minutos y vuelve a intentarlo.
error-internal = Algo salió mal de nuestro lado. No se guardó nada; vuelve a intentarlo.
error-email-required = Escribe un correo electrónico.
error-email-invalid = Este correo electrónico no es válido. Revisa que no tenga errores de escritura, por ejemplo: nombre@example.org.
error-email-taken = Ya existe una cuenta con este correo electrónico.
error-name-required = Escribe un nombre.
error-name-too-long = Este nombre es demasiado largo (máximo 120 caracteres).
error-password-too-short = La contraseña es demasiado corta: usa al menos 10 caracteres.
error-password-too-long = La contraseña es demasiado larga: usa como máximo 256 caracteres.
error-password-mismatch = Las dos contraseñas no coinciden.
error-password-wrong = La contraseña actual no es correcta.
error-sign-in-failed = El correo electrónico o la contraseña no son correctos.
error-locale-invalid = Elige inglés, español o portugués.
error-role-invalid = Elige uno de los roles de la lista.
error-role-not-allowed = Solo quienes tienen el rol de Administrador/a pueden invitar a alguien con ese rol.
error-cannot-drop-own-admin = No puedes quitarte tu propio rol de Administrador/a.
error-institution-invalid = Elige una institución de la lista.
error-institution-exists = Ya existe una institución con este nombre.
error-country-required = Escribe el país.
error-date-invalid = Escribe la fecha como año-mes-día, por ejemplo: 2026-03-01.
error-end-before-start = La alianza debe terminar después de su inicio.
error-invitation-invalid = Este enlace de invitación no es válido o ya se usó.
error-invitation-expired = Esta invitación venció. Pide a la persona que te invitó que te la vuelva a enviar.
error-invitation-used = Esta invitación ya fue aceptada.
error-reset-invalid = Este enlace para restablecer la contraseña no es válido, venció o ya se usó.
csrf-title = Este formulario venció
csrf-body = Por tu seguridad, no se pudo aceptar el formulario. Vuelve atrás, recarga la página y envíalo de nuevo.

## Fechas. $day, $month y $year son números, salvo $month, que es uno de los nombres de abajo.

date-long = { $day } de { $month } de { $year }
# $date es una date-long, $time es horas:minutos (UTC)
datetime-long = { $date }, a las { $time } UTC
# $zone es el nombre IANA de una zona horaria, como America/Montevideo
datetime-zone = { $date }, a las { $time } ({ $zone })
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre

## Cursos

admonition-note = Nota
admonition-tip = Consejo
admonition-warning = Atención
admonition-important = Importante
error-course-unknown = Ese curso no existe.
error-person-unknown = No hay ninguna cuenta con este correo electrónico. Primero envíale una invitación.
error-institution-no-members = Esta institución todavía no tiene integrantes.
nav-courses = Cursos
nav-dashboard = Mi aprendizaje
catalog-title = Cursos
catalog-filter-language = Mostrar cursos disponibles en
catalog-filter-any = cualquier idioma
catalog-filter-submit = Mostrar
catalog-empty = Todavía no hay cursos para esta opción.
# $lessons es un número de lecciones, $minutes de minutos
course-lessons-minutes = { $lessons ->
        [one] 1 lección
       *[other] { $lessons } lecciones
    }, unos { $minutes } minutos
# Cuántas de las lecciones existen en el idioma de quien lee
course-translated = { $translated } de { $lessons } lecciones en tu idioma
progress-percent = { $percent } % completado
course-audience = Para:
course-enroll = Inscribirme en este curso
course-start = Comenzar el curso
course-continue = Continuar
course-sign-in-to-track = Inicia sesión para guardar tu avance.
course-lessons = Lecciones
lesson-minutes = { $minutes } min
lesson-done = Completada
lesson-not-translated = En inglés
lesson-outdated = Traducción en revisión
course-staff-enroll = Inscribir personas (equipo)
course-staff-enroll-person = Inscribir a esta persona
course-staff-enroll-institution = Inscribir a todas las personas de esta institución
breadcrumb-label = Estás aquí
lesson-position = Lección { $number } de { $total }
lesson-fallback-notice = Esta lección todavía no está traducida a tu idioma, por eso se muestra en inglés.
lesson-outdated-notice = La versión en inglés de esta lección cambió desde que se tradujo: algunas partes pueden estar desactualizadas.
lesson-unpublished = Esta lección no se puede mostrar en este momento. El equipo ya está al tanto y la está corrigiendo.
lesson-mark-complete = Marcar como completada
pager-label = Lecciones
lesson-previous = Anterior
lesson-next = Siguiente
dashboard-title = Mi aprendizaje
dashboard-empty = Todavía no te inscribiste en ningún curso.
dashboard-completed = { $completed } de { $lessons } lecciones completadas
notice-enrolled = Ya estás inscrito/a. ¡Te damos la bienvenida al curso!
notice-staff-enrolled = Inscripción realizada.
notice-lesson-completed = Lección marcada como completada.

# Names and titles are plain text on one line.
error-text-markup = Escribe aquí texto simple: sin corchetes angulares < >, saltos de línea ni caracteres de control.
error-text-too-long = Es demasiado largo (máximo { $max } caracteres).
too-large-title = Demasiado de una vez
too-large-body = Lo que enviaste es más grande de lo que acepta esta página. Vuelve atrás y envía un archivo más pequeño o un texto más corto.
forbidden-title = No permitido
admonition-attention = Atención
admonition-caution = Precaución
admonition-danger = Peligro
admonition-error = Error
admonition-hint = Pista
admonition-seealso = Ver también
admonition-admonition = Nota
admonition-dropdown = Detalles
lesson-task-done = Hecho
lesson-task-open = Pendiente
