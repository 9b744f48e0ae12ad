# Aplicación de escritorio: el seguimiento de las recomendaciones. La pantalla
# Seguimiento del coordinador (ui/src/screens/coordinator/Tracking*.svelte) y
# las pantallas Evaluación y Actualización del facilitador
# (ui/src/screens/facilitator/). Estados, mecanismos, respuestas, preguntas y
# encabezados de la actualización (rv-*, up-*) están en tracking.ftl. Los
# mensajes fac-p- se dirigen al participante y se muestran en su idioma.

coord-screen-tracking = Seguimiento
fac-screen-evaluation = Evaluación
fac-screen-update = Actualización

ui-path-or-dialog = Déjelo vacío para elegir en una ventana.

## Seguimiento: la pantalla y su lista

coord-track-heading = Seguimiento de las recomendaciones
coord-track-intro = Qué ha sido de las recomendaciones: las oficiales del Examen Periódico Universal y de los órganos de tratados, y las propias de las comunidades. Cada cambio es una nueva entrada en un historial; no se modifica ni se elimina nada.
coord-track-loading = Cargando el seguimiento…
coord-track-filter-article = Artículo de tratado
coord-track-filter-due = Solo pendientes de revisión
coord-track-count = Mostrando { $shown } de { PLURAL($total) ->
    [one] { $total } recomendación
   *[other] { $total } recomendaciones
}.
coord-track-empty = Todavía no se hace seguimiento de nada. Importe las recomendaciones oficiales, o los paquetes que traen las de las comunidades.
coord-track-none-shown = Ninguna recomendación coincide con estos filtros.
coord-track-list-caption = Recomendaciones en seguimiento
coord-track-list-keys = En la lista, las flechas arriba y abajo pasan de una recomendación a la siguiente; Intro la muestra debajo.
coord-track-due = pendiente de revisión

## Seguimiento: importar recomendaciones oficiales

coord-track-import-heading = Recomendaciones oficiales
coord-track-import-intro = Importe las recomendaciones que adoptó un mecanismo, desde un archivo CSV o JSON. Un archivo se importa entero o no se importa.
coord-track-import-path = Archivo para importar (CSV o JSON)
coord-track-import = Importar recomendaciones oficiales…
coord-track-import-dialog = Recomendaciones oficiales para importar
coord-track-changed = { PLURAL($n) ->
    [one] { $n } identificador ya conocido tiene campos distintos en este archivo. Se dejó como estaba:
   *[other] { $n } identificadores ya conocidos tienen campos distintos en este archivo. Se dejaron como estaban:
}
coord-track-replace = Reemplazar los que cambiaron
coord-track-replace-hint = Se registran las nuevas versiones; el historial conserva los textos anteriores como notas de corrección.

## Seguimiento: una recomendación

coord-track-choose = Elija una recomendación en la lista para ver su historial y registrar un cambio.
coord-track-since = desde el { $date }
coord-track-next-review = Próxima revisión
coord-track-articles = Artículos de tratados
coord-track-themes = Temas
coord-track-none-listed = Ninguno
coord-track-due-note = Pendiente de revisión: llegó la fecha de su próxima revisión, o no se registró nada en un año.
coord-track-not-shareable = El consentimiento del grupo de su sesión no cubre compartirla: queda fuera del balance de avances, del panel y de las actualizaciones para las comunidades.
coord-track-links-official = Recomendaciones oficiales que respalda
coord-track-links-community = Recomendaciones comunitarias vinculadas a ella
coord-track-links-none = Todavía sin vínculos.
coord-track-show = Mostrar { $code }
coord-track-unlink = Desvincular { $code }
coord-track-suggestions = Sugerencias
coord-track-suggestions-hint = Recomendaciones oficiales cuyo identificador o artículos coinciden con las referencias de esta recomendación o de sus temas. No se vincula nada hasta que usted elija.
coord-track-suggestions-none = Ninguna sugerencia.
coord-track-link = Vincular { $code }
coord-track-linked-articles = Artículos de tratados vinculados
coord-track-link-article = Vincular un artículo de tratado
coord-track-link-article-hint = Escríbalo como el libro de códigos escribe sus referencias, por ejemplo CEDAW art. 14.
coord-track-link-article-submit = Vincular el artículo
coord-track-quotes = Lo que se dijo
coord-track-quote-private = solo para el coordinador
coord-track-history = Historial
coord-track-history-hint = Las entradas nunca se modifican ni se eliminan. Para corregir una, registre una nueva entrada con la misma fecha que diga qué corrige.
coord-track-history-empty = Todavía no se ha registrado nada.

## Seguimiento: registrar un cambio

coord-track-form-heading = Registrar un cambio
coord-track-form-intro = La entrada se añade al historial de { $code }. Ctrl+Enter la registra desde cualquier campo.
coord-track-field-state = Nuevo estado
coord-track-field-date = Fecha de las pruebas
coord-track-field-date-hint = Año-mes-día, no posterior a hoy.
coord-track-field-evidence = Pruebas (obligatorio)
coord-track-field-evidence-hint = Lo que muestra este estado: una ley, una decisión, una partida presupuestaria, una visita.
coord-track-field-source = Fuente
coord-track-field-source-hint = El documento o el enlace del que proceden las pruebas.
coord-track-field-body = Organismo responsable
coord-track-field-body-keep = Déjelo vacío para mantener el actual: { $body }.
coord-track-field-body-none = Déjelo vacío si todavía no se conoce.
coord-track-field-next-review = Fecha de la próxima revisión
coord-track-field-next-review-hint = Opcional. Año-mes-día, posterior a la fecha de la entrada.
coord-track-submit = Registrar el cambio
coord-track-shortcut = Ctrl+Enter
coord-track-evidence-required = Escriba las pruebas de este cambio.
coord-track-recorded = Registrado para { $code }: { $state } desde el { $date }.

## Seguimiento: documentos que se generan

coord-track-outputs-heading = Documentos para generar
coord-track-outputs-intro = Solo contienen lo que puede ir más allá del coordinador: las recomendaciones oficiales, las recomendaciones comunitarias cuyo consentimiento del grupo cubre compartirlas, y las citas de personas que aceptaron que se compartieran.
coord-track-out-path = Guardar en (archivo, o carpeta para el panel)
coord-track-review-language = Idioma del balance de avances
coord-track-write-review = Balance de avances (PDF)
coord-track-write-dashboard = Panel (carpeta de páginas web)
coord-track-write-open-data-csv = Datos abiertos (CSV)
coord-track-write-open-data-json = Datos abiertos (JSON)
coord-track-write-update = Actualización para las comunidades (archivo firmado)
coord-track-dialog-review = Guardar el balance de avances como
coord-track-dialog-dashboard = Carpeta para el panel
coord-track-dialog-open-data = Guardar los datos abiertos como
coord-track-dialog-update = Guardar la actualización para las comunidades como
coord-track-writing = Escribiendo…
coord-track-written-review = Balance de avances guardado en { $path }: { PLURAL($pages) ->
    [one] { $pages } página
   *[other] { $pages } páginas
}, { $size }.
coord-track-written-dashboard = Panel escrito en { $path }: { PLURAL($files) ->
    [one] { $files } archivo
   *[other] { $files } archivos
}, { $size }.
coord-track-written-file = Guardado { $path } ({ $size }).
coord-track-written-update = Actualización para las comunidades firmada y guardada en { $path } ({ $size }). Envíela a los facilitadores: su aplicación la imprime en una página.

## Evaluación (lado del facilitador)

fac-eval-heading = Evaluación del diálogo
fac-eval-intro = Al final de la sesión, pase el ordenador a los participantes de uno en uno. Las respuestas son anónimas: no se les asocia ningún código ni nombre, y esta pantalla nunca muestra lo que alguien respondió.
fac-eval-count = { PLURAL($n) ->
    [one] { $n } evaluación registrada para esta sesión.
   *[other] { $n } evaluaciones registradas para esta sesión.
}
fac-eval-saved = Evaluación { $n } registrada. El formulario está listo para la siguiente persona.
fac-eval-redacted = { PLURAL($n) ->
    [one] Se reemplazó { $n } dato identificativo en el comentario.
   *[other] Se reemplazaron { $n } datos identificativos en el comentario.
}

## Evaluación (frente al participante, en su idioma)

fac-p-eval-title = ¿Cómo fue este diálogo para usted?
fac-p-eval-intro = Sus respuestas son anónimas: nadie puede saber lo que usted respondió. Puede saltarse cualquier pregunta.
fac-p-eval-comment = Algo más que quiera contarnos (opcional)
fac-p-eval-comment-hint = Los nombres y los números se reemplazan automáticamente antes de guardar su comentario.
fac-p-eval-save = Guardar mis respuestas

## Actualización (lado del facilitador)

fac-update-heading = Qué pasó con sus aportes
fac-update-intro = El coordinador envía una actualización firmada sobre lo que pasó con las recomendaciones de las comunidades. Impórtela aquí y luego imprímala en una página para devolverla a la comunidad.
fac-update-import-path = Archivo de actualización del coordinador
fac-update-import = Importar la actualización
fac-update-dialog = Actualización para las comunidades enviada por el coordinador
fac-update-none = Todavía no se ha importado ninguna actualización para la consulta de esta sesión.
fac-update-figures = Cifras clave
fac-update-print-heading = Imprimirla para la comunidad
fac-update-print-language = Idioma de la página
fac-update-print-language-hint = Los encabezados se traducen; los títulos y las recomendaciones quedan en el idioma en que se escribieron.
fac-update-print-path = Guardar la página como
fac-update-print = Imprimir en PDF
fac-update-print-dialog = Guardar la actualización de una página como
fac-update-printed = { PLURAL($pages) ->
    [one] { $pages } página guardada en { $path } (idioma: { $language }).
   *[other] { $pages } páginas guardadas en { $path } (idioma: { $language }).
}
