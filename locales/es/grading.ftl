### Ejercicios en las lecciones, la cola de corrección de mentores y los libros de calificaciones.

## Ejercicios dentro de una lección

exercise-title = Ejercicio { $number }
exercise-kind-single = Elige una respuesta
exercise-kind-multiple = Elige todas las que correspondan
exercise-kind-written = Respuesta escrita
exercise-kind-notebook = Notebook
exercise-points = { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
}
exercise-score = { $score } de { $points ->
    [one] { $points } punto
   *[other] { $points } puntos
}
exercise-choose-one = Elige una respuesta
exercise-choose-all = Elige todas las respuestas correctas
exercise-check = Comprobar mi respuesta
exercise-try-again = Responder de nuevo
exercise-result-right = ¡Correcto! Lee el porqué debajo de cada opción.
exercise-result-wrong = No del todo. Lee las explicaciones debajo de cada opción e inténtalo otra vez.
exercise-option-right = Respuesta correcta
exercise-option-wrong = Esta no
exercise-your-answer = Tu respuesta
exercise-submit = Enviar a mi mentor/a
exercise-resubmit = Enviar mi nueva versión
exercise-sign-in = inicia sesión para responder y guardar tu trabajo.
exercise-waiting = Un/a mentor/a lo leerá pronto; recibirás un correo.
exercise-mentor-grade-wins = Cuenta la calificación de tu mentor/a, respondas lo que respondas ahora.
exercise-rubric = Cómo califican los mentores
exercise-rubric-show = Ver cómo califican los mentores
exercise-feedback = Comentarios
exercise-graded-by = { $mentor }, { $when }
exercise-attempts = Tus intentos
exercise-attempt = Intento { $number }, { $when }
exercise-notebook-file = Archivo del notebook (.ipynb)
exercise-notebook-hint = Descárgalo desde JupyterLab (File › Download). Hasta { $max } MB. O pega un enlace abajo.
exercise-notebook-link = O un enlace a tu notebook (en tu hub, GitHub u otro sitio)
exercise-notebook-download = Descargar { $file }
notebook-image = Imagen producida por el notebook

## Estados del trabajo

work-state-submitted = Esperando a un/a mentor/a
work-state-resubmitted = Nueva versión en espera
work-state-needs_revision = Revisión pedida
work-state-accepted = Aceptado
work-state-graded = Calificado

## Cola de corrección

grading-title = Corrección
grading-intro = Trabajos entregados por tus mentorados, los más antiguos primero. Abre uno para calificarlo.
grading-filter-course = Curso
grading-filter-exercise = Ejercicio
grading-filter-state = Estado
grading-filter-any = Cualquiera
grading-filter-submit = Mostrar
grading-filter-state-waiting = Esperando a un/a mentor/a
grading-filter-state-submitted = Entregados una vez
grading-filter-state-resubmitted = Nuevas versiones
grading-filter-state-needs_revision = Revisión pedida
grading-filter-state-accepted = Aceptados
grading-filter-state-graded = Calificados
grading-filter-state-all = Todos
grading-empty = Nada por aquí. Cuando tus mentorados entreguen trabajos, aparecerán aquí.
grading-col-learner = Participante
grading-col-exercise = Ejercicio
grading-col-state = Estado
grading-col-submitted = Entregado
grading-col-assigned = Asignado a
grading-attempts = { $count } intentos
grading-chosen = Elegida
grading-auto-graded = Calificado automáticamente; tu calificación lo reemplaza.
grading-your-grade = Tu calificación
grading-conflict-help = Alguien calificó este trabajo mientras lo tenías abierto: su calificación está arriba. Tus comentarios siguen en el formulario; revísalos y guarda de nuevo si aún los quieres.
grading-total = Total:
grading-score-label = Puntos (de 0 a { $points })
grading-feedback = Comentarios para quien aprende
grading-feedback-hint = Markdown: **negrita**, *cursiva*, listas, `código` y enlaces. Se leen en la lección y llegan por correo.
grading-decision = Decisión
grading-decision-accept = Aceptar
grading-decision-revise = Pedir una revisión
grading-decision-score = Calificar con puntos
grading-save = Guardar la calificación
grading-assign = Quién califica esto
grading-assign-to = Mentor/a
grading-assign-anyone = Cualquier mentor/a de esta persona
grading-assign-save = Asignar
grading-audit = Historial de calificaciones
grading-audit-auto = calificado automáticamente
grading-audit-grade = calificado
grading-audit-override = reemplazó la calificación automática
grading-audit-reassign = asignado

## Libros de calificaciones

gradebook-title = Libros de calificaciones
gradebook-csv = Descargar en CSV
gradebook-empty = Aún no hay participantes.
gradebook-total = Total
gradebook-nothing = Nada entregado
gradebook-csv-name = Nombre
gradebook-csv-email = Correo
gradebook-csv-total = Total

## Mensajes tras una acción

notice-answer-checked = Respuesta comprobada.
notice-work-submitted = Enviado. Tu mentor/a lo leerá.
notice-grade-saved = Calificación guardada. La persona recibe un correo.
notice-grade-assigned = Asignación guardada.
nav-grading = Corrección

## Errores

error-exercise-choose = Elige al menos una respuesta.
error-exercise-choose-one = Elige exactamente una respuesta.
error-exercise-answer-kind = Esta respuesta no corresponde a este ejercicio. Recarga la página e inténtalo de nuevo.
error-answer-empty = Escribe tu respuesta antes de enviarla.
error-answer-too-long = Es demasiado largo: como máximo { $max } caracteres.
error-work-waiting = Tu última versión espera a un/a mentor/a. Podrás enviar otra cuando te pidan una revisión.
error-work-closed = Este ejercicio ya está calificado.
error-notebook-missing = Elige un archivo de notebook o pega un enlace.
error-notebook-extension = El archivo debe ser un notebook terminado en .ipynb.
error-notebook-empty = El archivo está vacío.
error-notebook-too-large = El notebook es demasiado grande: { $size } MB ({ $size_bytes } bytes); como máximo { $max } MB ({ $max_bytes } bytes). Borra sus salidas (Edit › Clear Outputs of All Cells), guárdalo e inténtalo de nuevo.
error-notebook-json = No es un notebook válido: su JSON se rompe en la línea { $line }, columna { $column }. Descárgalo de nuevo desde JupyterLab.
error-notebook-not-notebook = Este archivo JSON no es un notebook de Jupyter (no tiene nbformat ni cells).
error-notebook-version = Este notebook usa la versión de formato { $found }; solo se acepta la versión 4. Ábrelo en JupyterLab y guárdalo de nuevo.
error-notebook-cell = La celda { $cell } del notebook está dañada (le falta el tipo o el contenido).
error-notebook-link = Pega una dirección web completa que empiece por https://.
error-grade-conflict = Alguien cambió este trabajo mientras lo calificabas. No se guardó nada.
error-grade-decision = Elige una decisión: aceptar, pedir una revisión o calificar con puntos.
error-grade-feedback-needed = Dile a la persona qué debe revisar.
error-grade-rubric-incomplete = Elige un nivel para cada criterio de la rúbrica ({ $criterion } no tiene).
error-grade-score = Da un número entero de puntos de 0 a { $max }.
error-grade-mentor = Elige un/a mentor/a de la lista.

## Mentores del curso

course-mentors = Mentores de este curso
course-mentors-hint = Califican los ejercicios escritos y los notebooks de todas las personas del curso.
course-mentors-none = Aún no hay mentores: solo los mentores de las cohortes de cada persona califican su trabajo.
course-mentors-remove = Quitar a { $name }
course-mentors-add = Añadir como mentor/a
notice-course-mentors-saved = Los mentores del curso se guardaron.
error-exercise-not-enrolled = Inscríbete en este curso para entregar sus ejercicios.
notebook-output = Salida del notebook (se desplaza hacia los lados)
