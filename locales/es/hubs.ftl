# Aprovisionamiento de hubs: cuentas de JupyterHub para estudiantes, y las páginas de organización que registran
# los hubs y dirigen el aprovisionamiento. Un "hub" es el JupyterHub de una institución aliada.

## Navegación y lista de hubs

admin-hubs = JupyterHubs
hubs-intro = Cada institución aliada tiene su propio JupyterHub. Regístralo aquí, prueba la conexión y cada integrante de la institución recibirá una cuenta en él.
hubs-empty = Todavía no hay ningún hub registrado.
hubs-add = Registrar un hub
hubs-add-submit = Registrar el hub
hub-title = JupyterHub
hub-accounts = Cuentas
hub-accounts-none = Todavía no hay cuentas.

## Formulario de registro y edición

hub-choose-institution = Elige una institución
field-hub-name = Nombre del hub
field-hub-url = Dirección del hub
hub-url-hint = La dirección que abren las personas, por ejemplo https://catalyst.2i2c.cloud
field-hub-token = Token de API
hub-token-hint = Un token de un servicio de JupyterHub con los permisos (scopes) admin:users, admin:groups y list:users (y, si es posible, read:hub y delete:servers). Se guarda cifrado y no se vuelve a mostrar nunca.
hub-token-hint-edit = Déjalo vacío para conservar el token actual, salvo que la dirección pase a otro servidor: entonces hay que volver a ingresarlo. Un token nuevo se guarda cifrado y no se vuelve a mostrar nunca.
field-hub-scheme = Nombres de usuario en el hub
hub-scheme-hint = El nombre debe ser el mismo que devuelve el inicio de sesión del hub; si no, las personas tendrían una segunda cuenta vacía.
hub-scheme-email = Correo electrónico (inicio de sesión con CILogon o con correo)
hub-scheme-email-local = La parte del correo electrónico antes de la @
hub-scheme-github = Nombre de usuario de GitHub (inicio de sesión con GitHub)
hub-scheme-platform = Creado por Catalyst Academy a partir del nombre de la persona
field-hub-groups = Grupos a los que se une cada integrante
hub-groups-hint = Un nombre de grupo por línea, por ejemplo catalyst-2027. Quienes administran el hub usan los grupos para compartir archivos y recursos.
field-hub-course-groups = Agregar también a cada persona a un grupo por cada curso en el que se inscriba (course-<course>)

## Prueba de conexión

hub-connection = Conexión
hub-check-never = Todavía no se probó la conexión.
hub-check-submit = Probar la conexión
hub-check-passed = Conectado a JupyterHub { $version }. El token tiene todos los permisos necesarios para crear las cuentas.
hub-check-unreachable = No se puede acceder al hub en esta dirección. Revisa la dirección y que el hub esté funcionando.
hub-check-token-refused = El hub rechazó el token. Revisa que se haya copiado completo y que su servicio todavía exista.
hub-check-failed = La prueba de conexión falló.
hub-check-missing-scopes = Al token le faltan estos permisos: { $scopes }. Agrégalos al rol del servicio del token en la configuración del hub.
hub-check-optional-missing = Faltan permisos opcionales: { $scopes }. Con read:hub, la prueba puede leer qué inicio de sesión usa el hub; con delete:servers, al terminar un año de alianza se pueden detener los servidores sin eliminar a los usuarios.
hub-check-allow-existing-users = JupyterHub 5 y versiones posteriores: las personas creadas aquí solo pueden iniciar sesión si el hub permite usuarios existentes (allow_existing_users = True en la configuración de su autenticador).
hub-checked-at = Última prueba
hub-authenticator = Método de inicio de sesión
hub-scheme-proposal = El inicio de sesión de este hub sugiere este esquema de nombres de usuario: { $scheme }.
hub-said = Respuesta del hub:

## Estados de las cuentas

hub-status-none = Todavía no
hub-status-pending = Pendiente
hub-status-ready = Lista
hub-status-failed = Con error
hub-status-removing = En proceso de baja
hub-status-removed = Dada de baja
hub-status-suspended = Suspendida
hub-count-pending = { $count ->
    [one] { $count } pendiente
   *[other] { $count } pendientes
}
hub-count-ready = { $count ->
    [one] { $count } lista
   *[other] { $count } listas
}
hub-count-failed = { $count } con error
hub-count-removing = { $count } en proceso de baja
hub-count-removed = { $count ->
    [one] { $count } dada de baja
   *[other] { $count } dadas de baja
}
hub-count-suspended = { $count ->
    [one] { $count } suspendida
   *[other] { $count } suspendidas
}

## Acciones de creación de cuentas, lotes y tareas

hub-sync-submit = Crear las cuentas que faltan
hub-sync-all-submit = Revisar de nuevo todas las cuentas
hub-retry-all-submit = { $count ->
    [one] Reintentar la cuenta con error
   *[other] Reintentar las { $count } cuentas con error
}
hub-provision-one = Crear la cuenta
hub-retry-one = Reintentar
hub-batch-sync = Creación de cuentas
hub-batch-retry = Reintento
hub-batch-join = Nuevo/a integrante
hub-batch-course = Grupo de curso
hub-batch-person = Una persona
hub-batch-delete = Fin de la alianza: eliminar cuentas
hub-batch-stop = Fin de la alianza: detener servidores
hub-batch-progress = Completadas: { $done }; con error: { $failed }; restantes: { $open }; total: { $total }.
hub-jobs = Cola de tareas
hub-jobs-empty = No hay tareas en espera ni con error.
hub-job-action = Acción
hub-job-state = Estado
hub-job-attempts = Intentos
hub-job-error = Último error
hub-job-next = próximo intento: { $when }
job-hub-provision = Crear cuenta
job-hub-deprovision = Dar de baja la cuenta
job-status-queued = En espera
job-status-running = En curso
job-status-done = Completada
job-status-failed = Con error
hub-members = Integrantes
hub-members-empty = Esta institución todavía no tiene integrantes.
hub-username = Nombre de usuario en el hub
hub-updated = Actualizado
hub-actions = Acciones
hub-settings = Configuración

## Fin de un año de alianza

hub-deprovision = Fin del año de alianza
hub-deprovision-intro = Da de baja en el hub todas las cuentas de esta institución. Las personas conservan su cuenta de Catalyst Academy.
hub-deprovision-mode = Qué hacer en el hub
hub-deprovision-delete = Eliminar los usuarios del hub (el hub conserva sus archivos guardados)
hub-deprovision-stop = Solo detener sus servidores y quitarlos de los grupos de la plataforma
hub-deprovision-confirm = Entiendo que quienes integran { $institution } perderán el acceso a su hub.
hub-deprovision-submit = Dar de baja las cuentas

## Avisos y errores

notice-hub-created = Se registró el hub. Ahora prueba la conexión.
notice-hub-saved = Se guardó el hub.
notice-hub-checked = Se probó la conexión. El resultado está abajo.
notice-hub-nothing-to-do = No hay nada que hacer: todas las cuentas ya están en ese estado.
notice-hub-sync-queued = Comenzó la creación de cuentas. En esta página puedes seguir su avance.
notice-hub-person-queued = Se programó la tarea para esta persona.
notice-hub-retry-queued = Se están reintentando las cuentas con error.
notice-hub-deprovision-queued = Se están dando de baja las cuentas.
notice-github-saved = Se guardó el nombre de usuario de GitHub.
error-hub-url-invalid = Escribe la dirección del hub, que debe empezar con https:// (o http:// si el hub está en este mismo servidor).
error-hub-token-required = Escribe el token de API del hub.
error-hub-token-invalid = Esto no parece un token de API: debe tener al menos 8 caracteres, sin espacios.
error-hub-scheme-invalid = Elige cómo se crean los nombres de usuario del hub.
error-hub-groups-invalid = Los nombres de grupo no pueden contener una barra (/), y un hub puede tener como máximo 20 grupos predeterminados.
error-hub-institution-taken = Esta institución ya tiene un hub.
error-institution-required = Elige la institución a la que pertenece este hub.
error-hub-mode-invalid = Elige qué hacer en el hub.
error-hub-confirm-required = Marca la casilla para confirmar.
error-github-invalid = Un nombre de usuario de GitHub tiene hasta 39 letras, números o guiones sueltos, y no empieza ni termina con guion.

## Motivos que se muestran a estudiantes y al equipo organizador

hub-error-unreachable = No se pudo acceder al hub. Seguiremos intentándolo.
hub-error-token = El hub rechazó el acceso de Catalyst Academy. Ya se avisó al equipo organizador.
hub-error-rejected = El hub se negó a crear la cuenta. El equipo organizador puede ver el motivo.
hub-error-server = El hub tuvo un problema. Seguiremos intentándolo.
hub-error-protocol = El hub dio una respuesta que no entendimos.
hub-error-no-github = En este hub se inicia sesión con GitHub: agrega tu nombre de usuario de GitHub a tu cuenta. Dará nombre a tu cuenta del hub cuando esté confirmado.
hub-error-no-username = No se pudo crear un nombre de usuario del hub a partir de tus datos. El equipo organizador puede ayudarte.

## Panel y cuenta de quien aprende

hub-card-title = Tu cuenta de JupyterHub
hub-card-pending = Estamos preparando tu cuenta en { $hub }. Esto suele tardar un minuto.
hub-card-ready = Tu cuenta en { $hub } está lista. Allí tu nombre de usuario es { $username }.
hub-card-open = Abrir tu hub
hub-card-failed = Todavía no se pudo crear tu cuenta en { $hub }.
hub-card-add-github = Agregar tu nombre de usuario de GitHub
hub-card-removed = Tu acceso a { $hub } terminó con el año de la alianza.
account-github = GitHub
field-github-username = Nombre de usuario de GitHub
github-hint = Es necesario cuando en el hub de tu institución se inicia sesión con GitHub.

# Identidad: un nombre de usuario de GitHub escrito no prueba nada hasta que se confirma.
error-github-taken = Otra cuenta ya usa este nombre de usuario de GitHub. Si es tuyo, avísale a quienes organizan tu cohorte.
github-unverified = Todavía sin confirmar. No te da ningún rol en una cohorte ni da nombre a una cuenta del hub hasta que una invitación a tu correo lo mencione o quienes organizan tu cohorte lo confirmen.
github-verified = Confirmado.
## Direcciones de hubs, tokens y nombres ya ocupados en el hub (revisión de seguridad)

error-hub-url-https = La dirección del hub tiene que empezar con https://.
error-hub-url-not-public = Esta dirección está en este mismo equipo o en una red privada. Catalyst Academy solo se conecta con hubs en internet.
error-hub-token-again = La dirección ahora apunta a otro servidor: vuelve a ingresar el token de la API del hub. Un token guardado solo se envía a la dirección para la que se dio.
error-hub-prefix-invalid = Un prefijo tiene hasta 20 minúsculas, números, guiones, guiones bajos o puntos, y empieza con una letra.
error-hub-not-adopted = Catalyst Academy creó este usuario del hub: no hay nada que confirmar.
error-hub-adopt-admin = Este usuario es una de las personas que administran el hub. Catalyst Academy nunca toma el control de una cuenta de administración: elige otra forma de nombrar a los usuarios u otro prefijo.
hub-error-blocked = Catalyst Academy no puede conectarse a la dirección de este hub (este equipo, una red privada o una dirección de servicios de la nube).
hub-error-redirect = La dirección del hub redirige a otra parte. Ingresa la dirección en la que responde el propio hub.
hub-error-token-again = Hay que volver a ingresar el token de la API del hub. Ya se avisó al equipo organizador.
hub-error-name-taken = Ya existe un usuario con este nombre en el hub. Alguien del equipo organizador está comprobando si eres tú.
hub-error-name-admin = Este nombre pertenece a una persona que administra el hub. El equipo organizador elegirá otro.
hub-error-reserved-name = Este nombre de usuario está reservado en los hubs. El equipo organizador puede ayudarte.
hub-error-details = Detalles:
hub-status-conflict = Nombre ocupado
hub-count-conflict = { $count } con el nombre ya ocupado
field-hub-prefix = Prefijo de los nombres que crea Catalyst Academy
hub-prefix-hint = Se antepone a cada nombre que Catalyst Academy arma a partir del nombre de la persona (la última opción de nombres de usuario), por ejemplo academy-, para que nunca coincida con un usuario propio del hub.
hub-token-needed = Vuelve a ingresar el token de la API del hub en Configuración: el guardado ya no sirve porque la dirección del hub pasó a otro servidor, cambió la clave secreta del servidor o se guardó antes de que los tokens quedaran ligados a su hub.
hub-collisions = Nombres ya ocupados en el hub
hub-collisions-intro = Los nombres de usuario de estas personas ya existían en el hub antes de que Catalyst Academy los pidiera. Hasta que confirmes que un usuario del hub es esa persona, Catalyst Academy no lo toca: no lo agrega a ningún grupo y nunca lo borra.
hub-collision-confirm = Confirmo que el usuario { $username } del hub es { $name }. Catalyst Academy puede agregarlo a grupos y borrarlo al final del año de la alianza.
hub-collision-submit = Vincular este usuario del hub
hub-collision-admin = { $username } administra el hub y no se puede vincular con { $name }.
notice-hub-adoption-confirmed = El usuario del hub quedó vinculado. Se están actualizando sus grupos.
hub-origin-adopted = ya estaba en el hub, sin vincular
hub-origin-unknown = vinculado antes de que Catalyst Academy registrara quién crea los usuarios del hub
hub-origin-confirmed = ya estaba en el hub, vinculado por el equipo organizador
hub-url-changes = Cambios de dirección
hub-url-change = { $when }: { $who } cambió { $before } por { $after }
hub-card-conflict = Ya existe un usuario con tu nombre en { $hub }. El equipo organizador está comprobando si es tuyo.
