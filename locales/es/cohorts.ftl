# Cohortes de Open Seeds: cronogramas, personas, proyectos, asistencia, hitos, el recorrido de cada
# participante y el panel del equipo organizador. Una "cohorte" es una edición de OLS Open Seeds de unas 16 semanas.

## Listas y navegación

nav-cohorts = Cohortes
admin-cohorts = Cohortes
cohorts-title = Cohortes de Open Seeds
cohorts-admin-title = Gestionar cohortes
cohorts-manage = Importar o crear una cohorte
cohorts-empty = Todavía no formas parte de ninguna cohorte.
cohort-title = Cohorte
cohort-my-track = Mi recorrido
cohort-mentees = Personas que mentoreo
cohort-dashboard = Panel
cohort-schedule = Cronograma
cohort-projects = Proyectos
cohort-project = Proyecto
cohort-milestones = Hitos
cohort-settings = Configuración
cohort-exports = Exportar
cohort-handle = Nombre de usuario de GitHub o correo electrónico
cohort-behind = Con atraso
# $zone es el nombre IANA de una zona horaria, como America/Montevideo
cohort-times-in = Los horarios se muestran en la zona horaria { $zone }.
# $number es el número de la semana ("03"), $start la fecha en que empieza
cohort-week = Semana { $number } · desde el { $start }
cohort-week-n = Semana { $number }
cohort-week-short = Semana
cohort-this-week = Esta semana
cohort-no-calls = No hay llamadas esta semana.

## Roles, estados, tipos de llamada, hitos

cohort-role-participant = Participante
cohort-role-mentor = Mentor/a
cohort-role-expert = Especialista
cohort-role-facilitator = Facilitador/a
cohort-role-organizer = Organizador/a
cohort-role-host = Anfitrión/a
cohort-status-planned = Planificada
cohort-status-running = En curso
cohort-status-finished = Finalizada
call-kind-cohort = Llamada de cohorte
call-kind-mentor-meeting = Reunión de mentoría
call-kind-mentor-training = Formación de mentores
call-kind-skill-up = Taller de habilidades
call-kind-qa = Preguntas y respuestas
call-kind-coworking = Sesión de coworking
call-kind-rehearsal = Ensayo
call-kind-graduation = Graduación
call-kind-other = Otra llamada
milestone-roadmap = Hoja de ruta del proyecto
milestone-licence = Licencia elegida
milestone-code-of-conduct = Código de conducta
milestone-readme = README
milestone-contributing = Guía de contribución
milestone-final-presentation = Presentación final
milestone-tick = Marcar como alcanzado
milestone-untick = Deshacer

## Llamadas

call-minutes = { $minutes } min
call-hosts = A cargo de:
call-notes = Notas
call-take-attendance = Tomar asistencia

## Importación

cohorts-import = Importar desde los archivos de OLS
cohorts-import-intro = Sube los archivos schedule.yaml, projects.yaml y metadata.yaml de la cohorte tal como están en el sitio web de OLS y, si lo tienes, un CSV de participantes. Antes de que se guarde nada, verás qué cambiaría.
cohorts-csv-columns = Columnas del CSV de participantes: name, email, role, institution, github_username, preferred_language, project. La primera fila indica los nombres de las columnas.
cohorts-import-submit = Previsualizar la importación
field-cohort-slug = Nombre corto
cohort-slug-hint = Letras minúsculas, números y guiones, por ejemplo ols-10-catalyst. Si vuelves a importar con el mismo nombre corto, se actualiza esa cohorte.
field-cohort-name = Nombre de la cohorte
field-cohort-programme = Programa
field-timezone = Zona horaria
timezone-hint = Un nombre IANA como UTC, America/Montevideo o Africa/Nairobi. Los horarios de los archivos se interpretan en esta zona horaria.
field-schedule-yaml = schedule.yaml
field-projects-yaml = projects.yaml
field-metadata-yaml = metadata.yaml
field-participants-csv = Participantes (CSV)
import-review-title = Revisa la importación
import-creates = Al aplicarla, se crea esta cohorte.
import-updates = Ya existe una cohorte con este nombre corto: al aplicar la importación, se actualiza.
import-weeks = Semanas
import-calls = Llamadas
import-unchanged = sin cambios
import-projects-new = Proyectos nuevos
import-projects-changed = Proyectos actualizados
import-people = Personas
import-matched = Vinculadas a una cuenta ({ $count })
import-invited = Recibirán una invitación por correo electrónico, en su idioma ({ $count })
import-unmatched = Sin cuenta vinculada ({ $count })
import-unmatched-hint = Estas personas se guardan con su nombre de usuario de GitHub. Se vincularán en cuanto alguien con ese nombre de usuario de GitHub tenga una cuenta; también puedes invitarlas.
import-rejected = Quedaron fuera
import-fatal = Problemas que impiden la importación
# $line es un número de línea (o de fila) del archivo
import-line = línea { $line }
import-apply = Aplicar la importación
import-cannot-apply = Corrige los problemas de arriba y vuelve a subir los archivos.
import-already-applied = Esta importación ya se aplicó.
import-open-cohort = Abrir la cohorte
import-upload-again = Subir otros archivos
# $detail es el texto que estaba mal, o lo que respondió el analizador de YAML
import-yaml-invalid = Esto no es YAML válido: { $detail }
import-csv-invalid = Este no es un archivo CSV válido: { $detail }
import-csv-unclosed-quote = Aquí empieza un campo entre comillas que nunca se cierra.
import-csv-columns = La primera fila debe indicar al menos las columnas name, email y role (se encontró: { $detail }).
import-no-weeks = El cronograma no tiene semanas.
import-schedule-required = Una cohorte nueva necesita su schedule.yaml.
import-name-required = Una cohorte nueva necesita un nombre.
import-slug-invalid = "{ $detail }" no es un nombre corto válido: usa letras minúsculas, números y guiones.
import-timezone-invalid = "{ $detail }" no es un nombre de zona horaria como UTC o America/Montevideo.
import-week-key-invalid = "{ $detail }" no es un número de semana como '03'.
import-week-no-start = La semana { $detail } no tiene fecha de inicio.
import-date-invalid = "{ $detail }" no es una fecha en el formato de los archivos de OLS, por ejemplo September 13, 2027.
import-time-invalid = "{ $detail }" no es una hora como 17:00.
import-duration-invalid = "{ $detail }" no es una duración como 90 min.
import-call-no-title = Una llamada sin título ({ $detail }).
import-project-no-name = Un proyecto sin nombre ({ $detail }).
import-project-duplicate = El proyecto "{ $detail }" aparece dos veces.
import-row-no-name = Falta el nombre.
import-row-email-invalid = "{ $detail }" no es una dirección de correo electrónico.
import-row-role-invalid = "{ $detail }" no es un rol: usa participant, mentor, expert, facilitator, organizer o host.
import-row-institution-unknown = No hay ninguna institución aliada llamada "{ $detail }". Agrégala primero o deja la celda vacía.
import-row-language-invalid = "{ $detail }" no es un idioma disponible aquí: usa en, es o pt.
import-row-github-invalid = "{ $detail }" no es un nombre de usuario de GitHub.
import-row-project-unknown = No hay ningún proyecto llamado "{ $detail }" en esta cohorte.
import-file-too-large = Un archivo es demasiado grande (máximo 512 KB).
import-not-utf8 = Un archivo no está en texto UTF-8. Guárdalo como UTF-8 y vuelve a subirlo.
import-has-errors = Esta importación tiene problemas que hay que corregir primero.

## Creación manual, configuración, llamadas

cohorts-create = Crear una cohorte manualmente
cohorts-create-submit = Crear la cohorte
field-cohort-start = La primera semana empieza el
field-cohort-weeks = Número de semanas
field-cohort-status = Estado
field-cohort-courses = Cursos obligatorios
cohort-courses-hint = Nombres cortos de los cursos, separados por comas. Las personas participantes quedan inscritas en ellos.
field-cohort-hub-group = Grupo de JupyterHub
cohort-hub-group-hint = Quienes integran la cohorte se unen a este grupo en el hub de su institución (déjalo vacío si no hay grupo).
field-missed-calls-alert = Destacar después de faltar a esta cantidad de llamadas seguidas
field-inactive-weeks-alert = Destacar después de esta cantidad de semanas sin avance en los cursos
cohort-sync-hubs = Crear cuentas en el hub para toda la cohorte
cohort-add-call = Agregar una llamada
cohort-add-call-submit = Agregar la llamada
field-call-week = Semana
field-call-kind = Tipo de llamada
field-call-title = Título
field-call-date = Fecha
field-call-time = Hora
field-call-duration = Duración
field-call-hosts = A cargo de
call-hosts-hint = Nombres de usuario de GitHub o correos electrónicos, separados por comas.
error-cohort-exists = Ya existe una cohorte con este nombre corto.
error-cohort-status-invalid = Elige un estado de la lista.
error-number-invalid = Escribe un número entero entre 0 y 52.
error-call-kind-invalid = Elige un tipo de llamada de la lista.
error-title-required = Escribe un título.
error-time-invalid = Escribe una hora como 17:00.
error-duration-invalid = Escribe una duración como 90 min.
notice-cohort-created = Se creó la cohorte. Agrega sus llamadas abajo.
notice-cohort-imported = Se importó la cohorte. Las invitaciones ya van en camino.
notice-cohort-saved = Se guardó la configuración.
notice-call-added = Se agregó la llamada.

## Asistencia

attendance-title = Asistencia
attendance-who = ¿Quién asistió?
attendance-nobody = Todavía no se espera a nadie en esta llamada.
attendance-reported = Informada por la persona participante
attendance-save = Guardar la asistencia
attendance-status-present = Presente
attendance-status-absent = Ausente
attendance-status-reported = Esperando a tu mentor/a
attendance-status-not-recorded = Sin registrar
notice-attendance-saved = Se guardó la asistencia.
notice-attendance-reported = Gracias. Tu mentor/a lo confirmará.
notice-attendance-confirmed = Confirmado.
notice-milestone-saved = Se guardó el hito.

## El recorrido de cada participante

track-title = Mi recorrido
track-courses = Cursos obligatorios
track-no-courses = Esta cohorte no tiene cursos obligatorios.
track-project = Proyecto e hitos
track-no-project = Todavía no formas parte de ningún proyecto.
track-attendance = Llamadas hasta ahora
track-status = Asistencia
track-i-attended = Asistí
track-to-confirm = Reuniones por confirmar
track-confirm = Confirmar
project-title = Proyecto

## Panel y calendario

dashboard-cohort-title = Panel de la cohorte
dashboard-behind-only = Solo quienes se están atrasando
# $total personas en la lista, $behind de ellas con atraso
dashboard-summary = { $total } personas, { $behind } con atraso.
dashboard-csv = Descargar como CSV
filter-all = Todos
filter-apply = Mostrar
behind-attendance = Inasistencias seguidas a las llamadas
behind-courses = Sin avance reciente en los cursos
cohort-chart-attendance = Asistencia por semana
cohort-chart-completion = Participantes que completaron todos los cursos obligatorios, por semana
cohort-calendar = Calendario
cohort-calendar-hint = Agrega estos enlaces a tu aplicación de calendario para ver las llamadas en tu propia zona horaria. No los compartas: funcionan sin iniciar sesión.
cohort-calendar-mine = Mis llamadas
cohort-calendar-all = Todas las llamadas de esta cohorte

# Reclamos: personas que escribieron un nombre de usuario de GitHub que figura en los archivos de la cohorte.
cohort-claims = Nombres de usuario de GitHub reclamados
cohort-claims-none = No hay nadie esperando confirmación.
cohort-claims-hint = Estas personas escribieron un nombre de usuario de GitHub que figura en los archivos de esta cohorte. Escribirlo no prueba nada: confirma solo si sabes que la cuenta es suya. Al confirmar reciben los roles indicados; al rechazar, se les quita ese nombre de usuario.
cohort-claim-confirm = Confirmar
cohort-claim-reject = Rechazar
notice-claim-confirmed = Reclamo confirmado. La persona tiene ahora los roles de ese nombre de usuario en la cohorte.
notice-claim-rejected = Reclamo rechazado.
error-claim-decided = Ya se decidió sobre este reclamo.
error-claim-stale = Esta persona ya no usa ese nombre de usuario de GitHub, así que no hay nada que confirmar.
error-claim-decision = Elige si confirmas o rechazas el reclamo.
import-yaml-aliases = Este archivo repite contenido mediante alias de YAML (*nombre) más de lo que permite una importación ({ $detail } referencias); los archivos de OLS no usan ninguno. Escribe los valores completos.
import-file-wrong-kind = Este no es el archivo que corresponde a este campo: parece { $detail }. Sube cada archivo en su propio campo.
import-file-unknown-kind = Este archivo no se parece a ningún archivo de cohorte de OLS (schedule, projects, metadata) ni a un CSV de participantes.
import-week-start-inferred = Una semana no tenía fecha de inicio; se dedujo de las semanas vecinas o de sus llamadas: semana { $detail }.
import-personal-fields-kept = Se guardarán datos personales que la aplicación no usa, solo para devolverlos al exportar: { $detail }. Si no deben guardarse, quítalos del archivo antes de aplicar.
import-fields-kept = Se conservarán campos que la aplicación no usa para devolverlos al exportar: { $detail }.
import-plan-stale = Desde que se revisaron estos archivos se creó o se eliminó una cohorte con esta dirección. La vista previa se actualizó: revísala y vuelve a aplicar.
import-notices = Para tener en cuenta
