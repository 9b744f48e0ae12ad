# El informe marco («Lo que escuchamos y acciones propuestas para avanzar»)
# y el resumen de una página «Lo que escuchamos» de cada sesión.
fw-title = Lo que escuchamos y acciones propuestas para avanzar
fw-period = Sesiones celebradas del { $from } al { $to }
fw-reach = { PLURAL($sessions) ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
} · participantes alcanzados: { $people } · { PLURAL($quotes) ->
    [one] { $quotes } cita
   *[other] { $quotes } citas
}
fw-method = Metodología
fw-method-intro = Este informe reúne los diálogos comunitarios celebrados para esta consulta. Facilitadores capacitados condujeron cada sesión, registraron el consentimiento informado de cada participante, anotaron sus palabras bajo códigos seudónimos y las enviaron al coordinador en un paquete firmado y cifrado. Una cita aparece aquí solo si el consentimiento de quien la dijo lo permite; las palabras de quienes retiraron su consentimiento se eliminaron en todas partes.
fw-fig-sessions = Sesiones
fw-fig-participants = Participantes alcanzados
fw-fig-quotes = Citas registradas
fw-fig-regions = Regiones
fw-fig-languages = Idiomas
fw-sessions-by-region = Sesiones y participantes por región
fw-sessions-by-language = Sesiones y participantes por idioma
fw-col-region = Región
fw-col-language = Idioma
fw-col-group = Grupo
fw-col-sessions = Sesiones
fw-col-people = Personas
fw-col-quotes = Citas
fw-col-theme = Tema
fw-col-themes = Temas
fw-col-date = Fecha
fw-col-place = Lugar
fw-col-session = Sesión
fw-col-languages = Idiomas
fw-col-bundle = Paquete / dispositivo
fw-col-need = Necesidad
fw-col-recommendation = Recomendación
fw-col-duty-bearer = Titular de obligaciones
fw-col-references = Referencias
fw-col-sources = Escuchada en
fw-col-pair = Temas
fw-total = Total
fw-coverage = Participación y cobertura
fw-coverage-intro = Quién participó, dónde y en qué idioma. Las personas se cuentan como registros de participantes, por región y por el idioma de su consentimiento; los grupos demográficos provienen de los recuentos anotados por cada facilitador.
fw-chart-regions = Participantes por región
fw-chart-languages = Participantes por idioma del consentimiento
fw-chart-groups = Personas contadas por grupo demográfico
fw-gaps = Vacíos de cobertura
fw-gaps-intro = La consulta preveía escuchar a estas regiones y grupos, pero ninguna sesión los ha alcanzado todavía:
fw-gap-region = Región sin sesión: { $region }
fw-gap-group = Grupo en el que no se contó a nadie: { $group }
fw-gaps-none = Se alcanzaron todas las regiones y grupos que nombra la consulta.
fw-findings = Hallazgos por tema
fw-findings-intro = Con qué frecuencia surgió cada tema del libro de códigos. Una cita codificada con un subtema cuenta también, una vez, para su tema principal. Las citas se muestran en el idioma en que se dijeron, con una traducción cuando el facilitador la dio; cada una indica la sesión y el paquete del que proviene.
fw-chart-theme-quotes = Citas por tema
fw-chart-theme-sessions = Sesiones en las que surgió cada tema
fw-matrix-region = Citas por tema y región
fw-matrix-group = Citas por tema y grupo demográfico de la sesión
fw-co-occurrence = Temas planteados juntos
fw-co-none = Ninguna cita se codificó con dos temas.
fw-theme-counts = { PLURAL($quotes) ->
    [one] { $quotes } cita
   *[other] { $quotes } citas
} de { PLURAL($sessions) ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}.
fw-theme-nothing-shown = Ninguna cita sobre este tema puede mostrarse en este informe: el consentimiento dado no lo cubre.
fw-themes-silent = Temas que no surgieron en ninguna sesión: { $themes }
fw-attribution = { $speaker } · sesión { $session } ({ $date }, { $place }) · paquete { $bundle }
fw-attribution-local = { $speaker } · sesión { $session } ({ $date }, { $place }) · registrada en este dispositivo
fw-speaker-group = grupo
fw-local = este dispositivo
fw-needs = Necesidades documentadas
fw-needs-none = No se documentó ninguna necesidad.
fw-recommendations = Recomendaciones
fw-recommendations-intro = Acciones propuestas por las comunidades, agrupadas por tema y por la obligación convencional con la que se relacionan. Cuando un coordinador fusionó dos recomendaciones que dicen lo mismo, aparecen una sola vez con todas las sesiones en que se escucharon.
fw-by-theme = Por tema
fw-col-number = N.º
fw-col-obligation = Obligación
fw-col-recommendations = Recomendaciones
fw-by-reference-intro = Cada obligación convencional o recomendación del EPU, con las recomendaciones anteriores (por número) que se relacionan con ella.
fw-by-reference = Por obligación convencional
fw-unthemed = Sin tema
fw-unreferenced = Sin obligación vinculada
fw-recommendations-none = No se registró ninguna recomendación.
fw-annex = Anexo: sesiones
fw-summary-title = Lo que escuchamos en { $place }
fw-summary-byline = { $date } · { $place }, { $region }
fw-summary-discussed = De qué hablamos
fw-summary-words = Con sus palabras
fw-summary-needs = Lo que necesitan
fw-summary-recommendations = Lo que pidieron
fw-summary-no-quotes = No se puede mostrar aquí ninguna cita de esta sesión.
fw-summary-more = { PLURAL($n) ->
    [one] Otro punto más figura en el informe completo.
   *[other] Otros { $n } puntos figuran en el informe completo.
}
fw-summary-next = Gracias por participar. Lo que dijeron se reunirá con los diálogos de otras comunidades en el informe «{ $engagement }». No aparece el nombre de nadie. Todavía pueden retirar su consentimiento: pídanlo al facilitador.

err-report-language = No existe el idioma de informe «{ $lang }».
rec-report-language = Elija uno de: en, fr, es, ar, ru.
err-report-session = La sesión no forma parte de este informe.
rec-report-session = Compruebe el identificador de la sesión con «hearken session list» y los filtros.
err-merge-same = Una recomendación no puede fusionarse consigo misma.
err-merge-engagement = Solo pueden fusionarse recomendaciones de la misma consulta.
err-merge-chain = Esa recomendación ya está fusionada, o tiene otras fusionadas en ella.
rec-merge-chain = Fusione en la recomendación que se conserva, o deshaga antes la fusión anterior.
err-merge-none = Esas recomendaciones no están fusionadas.
recommendation-merged = Fusionadas: la síntesis muestra ahora { $kept } con las fuentes de ambas.
recommendation-merged-line = { $kept } representa también a { $merged } (fusión)
recommendation-unmerged = Deshecho: { $merged } vuelve a mostrarse por separado.
report-pdf-done = { PLURAL($pages) ->
    [one] Informe de una página escrito en { $path }.
   *[other] Informe de { $pages } páginas escrito en { $path }.
}
fw-differencing = Este informe abarca solo una parte del proceso de participación. Comparados con el informe del proceso completo, o de otra parte, sus recuentos de personas podrían revelar cuántas participaron en grupos de menos de { $k }, por lo que no se muestra ningún recuento de personas. El informe del proceso completo los ofrece por región, idioma y grupo.
fw-analysis-codebook = Los temas de este informe proceden de la codificación de análisis que hicieron analistas en un programa de análisis cualitativo y que se volvió a importar en Hearken, no del libro de códigos del kit.
fw-filtered = Informe filtrado: { $filters }
fw-filter-regions = regiones { $list }
fw-filter-languages = idiomas { $list }
fw-filter-groups = grupos { $list }
fw-filter-dates = sesiones del { $from } al { $to }
language-en = inglés
language-fr = francés
language-es = español
language-ar = árabe
language-ru = ruso
