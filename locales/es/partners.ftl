### Incorporación de instituciones aliadas: la página pública, la solicitud y su revisión.

nav-partners = Súmate como aliada
language-en = inglés
language-es = español
language-pt = portugués

## La página pública

partners-title = Súmate como institución aliada de Catalyst
partners-lead = El Proyecto Catalyst ayuda a instituciones biomédicas de África y América Latina a hacer su investigación y su formación en una plataforma de cómputo compartida y bien mantenida, y a aprender a usarla bien.
partners-who-title = Para quién es
partners-who-body = Universidades, institutos de investigación, hospitales y organizaciones sin fines de lucro de África y América Latina que usan cómputo de alto rendimiento en investigación biomédica, o que forman personas en ciencia de datos. No necesitas servidores propios ni un equipo de sistemas: nosotros operamos la plataforma.
partners-get-title = Qué reciben las instituciones aliadas
partners-get-hub = Un JupyterHub propio.
partners-get-hub-body = Gestionado por nosotros: cada persona de tu equipo entra desde el navegador y tiene notebooks de Python y R, sin instalar nada.
partners-get-training = Formación sobre el hub y sobre ciencia abierta.
partners-get-training-body = Cursos breves en español, portugués e inglés, livianos para conexiones lentas, con mentores que leen tu trabajo.
partners-get-cohort = Un lugar en una cohorte de Open Seeds.
partners-get-cohort-body = OLS Open Seeds es un programa de mentoría de 16 semanas: las personas de tu equipo trabajan en un proyecto abierto con un/a mentor/a y conocen a otras instituciones aliadas.
partners-get-teams = Ayuda para formar a tus propios equipos.
partners-get-teams-body = Acompañamos a tus primeras personas formadas para que formen al resto de tu institución.
partners-how-title = Cómo funciona
partners-how-apply = Envías la solicitud con el formulario: lleva unos diez minutos.
partners-how-review = El equipo central lee tu solicitud y responde por correo, en tu idioma, normalmente en menos de tres semanas.
partners-how-setup = Si se acepta, configuramos tu hub e invitamos a la persona que lidera tu equipo, que luego invita a las demás.
partners-how-year = La alianza empieza por un año, con una lista de pasos que muestra cada etapa y qué hacer a continuación. Se puede renovar.
partners-apply-button = Solicitar ser institución aliada
partners-list-title = Instituciones aliadas
partners-list-empty = Aquí aparecerán nuestras primeras instituciones aliadas.
partners-since = aliada desde el { $date }

## El formulario

apply-title = Solicitud para ser institución aliada
apply-lead = Cuéntanos sobre tu institución y para qué serviría el hub. Los campos obligatorios deben completarse; todo lo demás nos ayuda a entender tus necesidades.
apply-institution-legend = Tu institución
apply-institution = Nombre de la institución
apply-country = País
apply-website = Sitio web
apply-website-hint = La dirección completa, empezando por https://
apply-contact-legend = La persona de contacto
apply-contact-name = Nombre
apply-contact-email = Correo electrónico
apply-language = Idioma preferido
apply-plans-legend = Tus planes
apply-research = Investigación o formación para la que serviría el hub
apply-research-hint = Por ejemplo: genómica de enfermedades infecciosas, un curso de ciencia de datos para estudiantes de biología.
apply-users = Cantidad de personas usuarias esperadas el primer año
apply-open-science = Cómo se alinea tu institución, o quiere alinearse, con la ciencia abierta
apply-open-science-hint = Datos abiertos, código abierto, publicación abierta, análisis reproducibles: lo que hacen hoy y lo que les gustaría hacer.
apply-infrastructure = Infraestructura de cómputo existente (opcional)
apply-infrastructure-hint = Servidores, clústeres, cuentas en la nube o nada: todas las respuestas sirven.
apply-honeypot = Deja este campo vacío
apply-submit = Enviar la solicitud
apply-thanks-title = Gracias por tu solicitud
apply-thanks-body = Recibimos tu solicitud y enviamos una confirmación al correo de contacto. El equipo central responderá en tu idioma, normalmente en menos de tres semanas.
apply-thanks-back = Volver a la página de alianzas

## Revisión de solicitudes

applications-title = Solicitudes de instituciones
applications-filter = Filtrar por estado
applications-all = Todas
applications-empty = No hay solicitudes con este estado.
applications-col-institution = Institución
applications-col-contact = Contacto
applications-col-status = Estado
applications-col-received = Recibida
applications-back = Todas las solicitudes
applications-received-on = recibida el { $date }
applications-decision-message = Mensaje enviado con la decisión
applications-institution-link = La institución aliada
applications-notes = Notas internas
applications-notes-hint = Solo el equipo organizador ve estas notas.
applications-save = Guardar notas y estado
applications-decide = Decisión
applications-message = Mensaje para quien solicita
applications-message-hint = Se envía por correo con la decisión. Escríbelo en { $language }, el idioma de quien solicita.
applications-year = Año de alianza (al aceptar)
applications-start = Empieza el
applications-end = Termina el
applications-accept = Aceptar e invitar a la persona responsable
applications-decline = Rechazar
application-status-new = Nueva
application-status-in_review = En revisión
application-status-accepted = Aceptada
application-status-declined = Rechazada
application-status-withdrawn = Retirada

## Mensajes

notice-application-received = Tu solicitud fue enviada.
notice-application-saved = Guardado.
notice-application-accepted = Aceptada: la institución existe y su responsable fue invitada.
notice-application-declined = Rechazada: se avisó a quien solicitó.
error-application-required = Este campo es obligatorio.
error-application-too-long = Es demasiado largo: como máximo { $max } caracteres.
error-application-website = Escribe la dirección completa del sitio web, empezando por https://.
error-application-users = Escribe un número entero entre 1 y 100000.
error-application-rate-limited = Llegaron varias solicitudes desde tu red en la última hora. Vuelve a intentarlo en una hora o escríbenos.
error-application-status = Ahora no se puede elegir este estado.
error-application-decided = Esta solicitud ya tiene una decisión.
error-application-message = Escribe un mensaje para quien solicita que explique la decisión.
