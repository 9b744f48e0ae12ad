# Aplicación de escritorio: las pantallas de la coordinación (ui/src/screens/coordinator/)
# y los errores de sus comandos (src-tauri/src/commands/coordinator/).

coord-screen-import = Importar
coord-screen-dashboard = Panel
coord-screen-themes = Temas
coord-screen-recommendations = Recomendaciones
coord-screen-report = Informe

coord-loading = Calculando la síntesis…
coord-made-here = creado en este ordenador

## Errores de los comandos de coordinación

err-coord-no-engagement = Esta bóveda todavía no contiene ninguna consulta.
rec-coord-no-engagement = Cree la consulta (o cargue la demostración) con el comando hearken y luego importe los paquetes de los facilitadores.

## Filtros

coord-filters = Filtros
coord-filter-region = Región
coord-filter-language = Idioma
coord-filter-group = Grupo
coord-filter-from = Desde la fecha
coord-filter-to = Hasta la fecha
coord-filter-engagement = Consulta
coord-filter-engagement-choose = Elija una consulta
coord-filter-all = Todos
coord-filter-date-hint = Fechas en formato año-mes-día, por ejemplo 2026-03-31. Déjelo vacío para no limitar.
coord-filter-apply = Aplicar filtros
coord-filter-clear = Quitar filtros

## Importación

coord-import-heading = Importar paquetes
coord-import-intro = Incorpore los paquetes que le enviaron los facilitadores. Cada archivo se verifica, se descifra y se fusiona; un archivo de un dispositivo que aún no ha aprobado queda retenido hasta que lo apruebe.
coord-import-pick = Elegir paquetes…
coord-import-pick-title = Paquetes para importar
coord-import-drop = O suelte los archivos sobre esta ventana.
coord-import-paths = O escriba las rutas de los archivos
coord-import-paths-hint = Una ruta por línea.
coord-import-submit = Importar estos archivos
coord-import-progress = { PLURAL($total) ->
    [one] { $done } de { $total } archivo listo
   *[other] { $done } de { $total } archivos listos
}
coord-import-summary = Qué pasó con cada archivo
coord-import-totals = Importados: { $imported }. Ya estaban: { $alreadyHad }. En cuarentena: { $quarantined }. Rechazados: { $rejected }.
coord-col-file = Archivo
coord-col-result = Resultado
coord-col-detail = Detalle
coord-outcome-imported = Importado
coord-outcome-alreadyHad = Ya estaba
coord-outcome-quarantined = En cuarentena
coord-outcome-rejected = Rechazado
coord-import-merged = { PLURAL($added) ->
    [one] { $added } registro añadido
   *[other] { $added } registros añadidos
}, { $updated } actualizados, { $removed } eliminados.
coord-import-already-detail = Este paquete ya se importó antes; no cambió nada.
coord-import-quarantined-detail = Firmado por el dispositivo { $key }, que aún no está aprobado. Huella: { $fingerprint }.

## Dispositivos

coord-roster-heading = Dispositivos de los facilitadores
coord-roster-intro = Antes de aprobar un dispositivo, lea su huella en voz alta con el facilitador, por teléfono o en persona: los cinco grupos deben coincidir con lo que muestra su aplicación.
coord-roster-empty = Ningún dispositivo ha enviado todavía un paquete.
coord-col-key-id = Identificador de clave
coord-col-fingerprint = Huella
coord-col-status = Estado
coord-col-bundles = Paquetes
coord-device-approved = Aprobado
coord-device-revoked = Revocado
coord-device-quarantined = Pendiente de aprobación
coord-device-missing = Números de paquete que faltan: { $list }.
coord-approve = Aprobar { $key }
coord-revoke = Revocar { $key }
coord-revoke-warning = ¿Revocar el dispositivo { $key }? A partir de ahora se rechazará todo paquete que firme, en todas las consultas.
coord-revoke-remove = Eliminar también { PLURAL($n) ->
    [one] { $n } registro que envió
   *[other] los { $n } registros que envió
} (sus sesiones, participantes, citas, necesidades y recomendaciones).
coord-revoke-done = Dispositivo { $key } revocado; { PLURAL($n) ->
    [one] se eliminó { $n } registro que había enviado.
   *[other] se eliminaron { $n } registros que había enviado.
}
coord-reapprove-warning = El dispositivo { $key } fue revocado. Vuelva a aprobarlo solo si sabe por qué fue revocado y ahora es seguro: podrá volver a enviar paquetes.
coord-reapprove = Volver a aprobar { $key }
coord-fingerprint-advice = Revocar un dispositivo rechaza desde ahora todo paquete que haya firmado y borra lo que tenga en espera.
coord-approve-summary = Paquetes fusionados tras aprobar { $key }

## Panel

coord-dashboard-heading = Panel de síntesis
coord-reach-heading = Alcance
coord-reach-sessions = Sesiones
coord-reach-participants = Participantes alcanzados
coord-reach-quotes = Citas
coord-coverage-heading = Cobertura
coord-coverage-regions = Sesiones y personas por región (personas en total: { $total })
coord-coverage-languages = Sesiones y personas por idioma del consentimiento (personas en total: { $total })
coord-coverage-groups = Sesiones y personas contadas por grupo (personas en total: { $total })
coord-col-sessions = Sesiones
coord-col-people = Personas
coord-col-quotes = Citas
coord-col-theme = Tema
coord-gaps-heading = Aún sin alcanzar
coord-gaps-none = Se han alcanzado todas las regiones y grupos que nombra la consulta.
coord-gap-region = Todavía no hay sesiones en { $region }.
coord-gap-group = Todavía no se ha contado a nadie entre: { $group }.
coord-themes-heading = Temas
coord-theme-frequencies = Citas por tema (una cita cuenta para su tema y para los temas superiores)

## Explorador de temas

coord-themes-intro = Elija un tema para leer sus citas, cada una vinculada a su sesión y su paquete.
coord-codebook = Libro de códigos
coord-theme-count = { PLURAL($quotes) ->
    [one] { $quotes } cita
   *[other] { $quotes } citas
}
coord-theme-choose = Elija un tema del libro de códigos para ver sus citas.
coord-theme-summary = { PLURAL($quotes) ->
    [one] { $quotes } cita
   *[other] { $quotes } citas
} de { PLURAL($sessions) ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}.
coord-theme-by-region = Citas por región
coord-theme-quotes = { PLURAL($n) ->
    [one] { $n } cita
   *[other] { $n } citas
}
coord-theme-no-quotes = Ninguna cita con los filtros actuales.
coord-quote-translation = Traducción:
coord-quote-source = { $date }, { $place } ({ $region }), hablante { $speaker }
coord-quote-bundle = Paquete
coord-quote-not-shareable = el consentimiento no cubre compartir más allá del coordinador

## Recomendaciones

coord-rec-heading = Recomendaciones
coord-rec-intro = Lo que pidieron las sesiones, agrupado por tema o por la obligación convencional que cita, cada una con su fuente.
coord-rec-group-by = Agrupar por
coord-rec-by-theme = Tema
coord-rec-by-reference = Obligación convencional
coord-rec-total = { PLURAL($n) ->
    [one] { $n } recomendación
   *[other] { $n } recomendaciones
}
coord-rec-unthemed = Sin tema
coord-rec-unreferenced = Sin obligación citada
coord-rec-duty-bearer = Quién debe actuar
coord-rec-references = Obligaciones
coord-rec-source = Fuente
coord-rec-source-detail = { $date }, { $place } ({ $region })

## Generador de informes

coord-report-heading = Generador de informes
coord-report-intro = Elija qué producir, revise la vista previa y guarde el archivo.
coord-report-format = Formato
coord-format-pdf-framework = Informe marco (PDF)
coord-format-pdf-framework-hint = Metodología, participación, hallazgos por tema con citas, necesidades, recomendaciones y anexo de sesiones.
coord-format-pdf-summary = Resúmenes «Lo que escuchamos» (PDF)
coord-format-pdf-summary-hint = Una página por sesión, para devolver a la comunidad.
coord-format-csv = Hoja de cálculo (CSV)
coord-format-csv-hint = Las citas con sus temas, sesiones y paquetes.
coord-format-json = Datos (JSON)
coord-format-json-hint = La síntesis y sus registros, para scripts.
coord-format-qdpx = Proyecto de análisis cualitativo (REFI-QDA .qdpx)
coord-format-qdpx-hint = Para NVivo, ATLAS.ti, MAXQDA y QualCoder.
coord-report-language = Idioma del informe
coord-report-language-hint = El idioma de los títulos y del texto de los informes PDF. Las exportaciones mantienen cada cita en su propio idioma.
coord-preview-heading = Vista previa
coord-outline-cover = Portada
coord-outline-methodology = Metodología: { PLURAL($sessions) ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}, { PLURAL($languages) ->
    [one] { $languages } idioma
   *[other] { $languages } idiomas
}
coord-outline-participation = Participación y cobertura: { $people } participantes (recuentos inferiores a { $k } ocultos)
coord-outline-findings = Hallazgos: { PLURAL($themes) ->
    [one] { $themes } tema
   *[other] { $themes } temas
}, { PLURAL($quotes) ->
    [one] { $quotes } cita
   *[other] { $quotes } citas
}
coord-outline-recommendations = Recomendaciones vinculadas a obligaciones convencionales: { $n }
coord-outline-annex = Anexo: { PLURAL($sessions) ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}
coord-outline-session = { $date }, { $place }: { PLURAL($quotes) ->
    [one] { $quotes } cita
   *[other] { $quotes } citas
}
coord-preview-themes = Temas
coord-preview-recommendations = Recomendaciones
coord-report-path = Guardar en
coord-report-choose = Elegir dónde…
coord-report-save-title = Guardar el informe como
coord-report-save = Guardar
coord-report-session = Sesión
coord-report-session-choose = Elija la sesión…
coord-report-saved-pdf = Guardado { $path }: { PLURAL($pages) ->
    [one] { $pages } página
   *[other] { $pages } páginas
}.
coord-report-saved = Guardado { $path }: { PLURAL($quotes) ->
    [one] { $quotes } cita
   *[other] { $quotes } citas
}.
coord-rec-merged-sources = { PLURAL($n) ->
    [one] También se escuchó así ({ $n } recomendación fusionada)
   *[other] También se escuchó así ({ $n } recomendaciones fusionadas)
}
coord-rec-unmerge = Deshacer esta fusión
coord-rec-same-as = Dice lo mismo que
coord-rec-choose-target = Elija una recomendación…
coord-rec-merge = Fusionar con ella
coord-rec-merge-hint = La recomendación elegida se conserva y muestra esta como una fuente más. No se borra nada; la fusión se puede deshacer.
