# Following up recommendations: official recommendations, tracking,
# progress review, dashboard, community updates, evaluation.

## Errors
err-official-empty = { $at ->
    [line] Línea { $n }
   *[entry] Elemento { $n }
}: el campo «{ $field }» está vacío.
err-official-too-long = { $at ->
    [line] Línea { $n }
   *[entry] Elemento { $n }
}: el campo «{ $field }» tiene más de { PLURAL($max) ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}.
err-official-invalid = { $at ->
    [line] Línea { $n }
   *[entry] Elemento { $n }
}: el campo «{ $field }» no es válido.
rec-official-invalid = Consulte en docs/tracking.md los valores que admite cada campo (mechanism: upr o treaty; response: supported, noted o vacío).
err-official-duplicate = { $at ->
    [line] Línea { $n }
   *[entry] Elemento { $n }
}: este identificador aparece dos veces en el archivo.
err-official-not-upr = { $at ->
    [line] Línea { $n }
   *[entry] Elemento { $n }
}: el campo «{ $field }» solo corresponde a las recomendaciones del EPU.
err-official-unknown-column = El archivo tiene una columna que este formato no reconoce: «{ $column }».
rec-official-unknown-column = Las columnas son id, mechanism, source, text, response, recommending_state y articles.
err-official-missing-column = El archivo no tiene la columna «{ $column }».
rec-official-missing-column = La primera línea debe nombrar las columnas; id, mechanism, source y text son obligatorias.
err-official-not-csv = Este no es un archivo CSV que Hearken pueda leer.
err-official-bad-line = No se puede leer la línea { $n }: número de campos incorrecto, comillas mal cerradas o texto que no está en UTF-8.
err-official-not-json = Este no es un archivo JSON de recomendaciones oficiales (problema cerca de la línea { $n }).
rec-official-not-json = El archivo debe empezar por {"{"}"format": "hearken-official-recommendations", "version": 1, …{"}"}.
err-official-too-many = El archivo contiene más de { PLURAL($max) ->
    [one] { $max } recomendación
   *[other] { $max } recomendaciones
}.
err-tracking-unknown-official = Ninguna recomendación oficial tiene el identificador «{ $id }».
rec-tracking-unknown-official = Importe primero las recomendaciones oficiales o muéstrelas con «hearken tracking list».
err-tracking-unknown-state = «{ $state }» no es un estado.
rec-tracking-unknown-state = Los estados son not_started, in_progress, partially_implemented, implemented, regressed y no_information.
err-tracking-future-date = La fecha está en el futuro: el historial registra lo que ya ha ocurrido.
err-tracking-review-before = La fecha de la próxima revisión debe ser posterior a la fecha de la entrada.
err-tracking-already-linked = Ya están vinculados.
err-tracking-not-linked = No están vinculados.
err-tracking-not-tracked = Solo se hace seguimiento de las recomendaciones oficiales y de las comunitarias.
err-file-folder-in-use = La carpeta no está vacía y no contiene un panel anterior; no se escribió nada.
rec-file-folder-in-use = Elija una carpeta nueva o vacía.

## States, mechanisms, responses
state-not-started = Sin iniciar
state-in-progress = En curso
state-partially-implemented = Aplicada parcialmente
state-implemented = Aplicada
state-regressed = En retroceso
state-no-information = Sin información
mechanism-upr = EPU
mechanism-treaty = Órgano de tratado
mechanism-community = Recomendación comunitaria
response-supported = Aceptada
response-noted = Tomada en cuenta

## Evaluation
question-felt-safe = Sintió que podía hablar con seguridad
question-own-language = Pudo usar su propio idioma
question-accessible = Se atendieron sus necesidades de accesibilidad
question-again = Volvería a participar
answer-yes = Sí
answer-partly = En parte
answer-no = No
answer-unanswered = Sin respuesta

## Progress review
rv-title = Balance de avances: qué ha sido de las recomendaciones
rv-as-of = Situación al { $date }
rv-summary = Resumen
rv-fig-official = recomendaciones oficiales
rv-fig-community = recomendaciones comunitarias
rv-fig-due = pendientes de revisión
rv-col-state = Estado
rv-col-count = Recomendaciones
rv-col-theme = Tema
rv-chart-states = Recomendaciones por estado
rv-by-theme = Por tema
rv-no-themes = Todavía no hay ninguna recomendación vinculada a un tema.
rv-by-body = Por organismo responsable
rv-no-body = Ningún organismo responsable registrado
rv-evaluation = Cómo valoraron el proceso los participantes
rv-evaluation-intro = En { PLURAL($sessions) ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
} se recogieron evaluaciones anónimas de { $people } personas. No se muestran los recuentos inferiores al umbral.
rv-question = Pregunta
rv-status = Estado: { $state } (desde el { $since })
rv-next-review = próxima revisión: { $date }
rv-linked = Recomendaciones vinculadas: { $codes }
rv-quote-from = Cita { $code }
rv-quote-trace = Cita { $code } · sesión { $session } · paquete { $bundle }
rv-recommended-by = recomendada por { $state }

## Community update (one page)
up-title = Qué pasó con sus aportes
up-issued = Actualización del { $date }
up-fig-sessions = diálogos comunitarios
up-fig-people = personas participaron
up-fig-quotes = testimonios registrados
up-heard = Lo que escuchamos
up-theme = { $theme }: { PLURAL($quotes) ->
    [one] { $quotes } cita
   *[other] { $quotes } citas
} de { PLURAL($sessions) ->
    [one] { $sessions } diálogo
   *[other] { $sessions } diálogos
}
up-happened = Qué ha pasado desde entonces
up-more = y { PLURAL($n) ->
    [one] { $n } recomendación más
   *[other] { $n } recomendaciones más
}
up-nothing-yet = Todavía no se ha registrado nada.
up-evaluation = Cómo valoraron ustedes los diálogos

## Dashboard
db-skip = Ir al contenido
db-nav-pages = Páginas
db-nav-language = Idioma
db-nav-pager = Páginas de recomendaciones
db-overview = Resumen general
db-recommendations = Recomendaciones
db-recommendations-page = Recomendaciones, página { $page } de { $pages }
db-records = Textos e historial
db-records-page = Textos e historial, página { $page } de { $pages }
db-records-intro = Cada código abre el texto completo de la recomendación, su historial y lo que dijeron las comunidades, en el idioma en que se escribieron.
db-col-code = Recomendación
db-col-since = Desde
db-bodies = Organismos responsables
db-communities = Comunidades
db-footer = Publicado con Hearken el { $date }. Los recuentos de menos de { $k } personas no se muestran con exactitud. Las citas solo aparecen cuando la persona que habló aceptó que se compartieran.
db-chart-states = Recomendaciones por estado
db-fig-sessions = diálogos comunitarios
db-fig-people = personas participaron
db-states = En qué punto están las recomendaciones
db-mechanisms = Por mecanismo
db-col-mechanism = Mecanismo
db-none = Todavía no se hace seguimiento de ninguna recomendación.
db-history = Historial
db-voices = Lo que dijeron las comunidades
db-col-body = Organismo responsable
db-communities-intro = { PLURAL($sessions) ->
    [one] { $sessions } diálogo comunitario
   *[other] { $sessions } diálogos comunitarios
} con { $people } participantes.
db-regions = Diálogos por región
db-col-region = Región
db-col-sessions = Diálogos
db-col-people = Personas
db-themes = Lo que se escuchó, por tema
db-col-quotes = Citas

## CLI
tracking-imported = { PLURAL($added) ->
    [one] Se importó { $added } recomendación oficial
   *[other] Se importaron { $added } recomendaciones oficiales
} ({ PLURAL($unchanged) ->
    [one] { $unchanged } ya conocida, sin cambios
   *[other] { $unchanged } ya conocidas, sin cambios
}).
tracking-changed = { PLURAL($n) ->
    [one] { $n } identificador ya conocido tiene campos distintos en el archivo y se dejó como estaba
   *[other] { $n } identificadores ya conocidos tienen campos distintos en el archivo y se dejaron como estaban
}: { $ids }. Vuelva a importar el archivo con --replace-changed para registrar las nuevas versiones.
tracking-replaced = { PLURAL($n) ->
    [one] { $n } identificador ya conocido había cambiado y se reemplazó
   *[other] { $n } identificadores ya conocidos habían cambiado y se reemplazaron
} (los textos anteriores se conservan como notas de corrección): { $ids }.
tracking-col-id = Id
tracking-col-mechanism = Mecanismo
tracking-col-state = Estado
tracking-col-since = Desde
tracking-col-body = Organismo responsable
tracking-col-text = Texto
tracking-col-date = Fecha
tracking-col-evidence = Pruebas
tracking-col-source = Fuente
tracking-col-by = Registrado por
tracking-none-due = No hay nada pendiente de revisión.
tracking-exported = Se escribieron los datos de seguimiento en { $path }.
tracking-linked = Vínculo creado con { $target }.
tracking-unlinked = Vínculo con { $target } eliminado.
dashboard-done = Se escribió el panel en { $path } ({ PLURAL($files) ->
    [one] { $files } archivo
   *[other] { $files } archivos
}).
evaluation-added = Evaluación { $id } registrada ({ PLURAL($redacted) ->
    [one] { $redacted } dato identificativo reemplazado
   *[other] { $redacted } datos identificativos reemplazados
} en el comentario).
evaluation-col-id = Id
evaluation-col-session = Sesión
evaluation-col-comment = Comentario
update-created = Se escribió la actualización firmada para las comunidades en { $path }.
update-imported = Se importó la actualización «{ $title }» del { $date } ({ PLURAL($n) ->
    [one] { $n } recomendación
   *[other] { $n } recomendaciones
}).
db-fewer-than = menos de { $k }
db-withheld = oculto
db-table-states = Recomendaciones por estado, en cifras
db-table-mechanisms = Recomendaciones por mecanismo y estado
db-table-evaluation = Respuestas a cada pregunta
db-table-bodies = Recomendaciones por organismo responsable y estado
