# Los textos del coordinador y la elección de citas en el informe marco
# (hearken report-text, hearken quote pin|exclude, modo contribución).

## En el informe
report-list-number = { $n }.
fw-part-summary = Resumen ejecutivo
fw-part-context = Contexto
fw-part-limitations = Limitaciones
fw-part-acknowledgements = Agradecimientos
fw-cover-organisations = Presentado por: { $list }
fw-cover-review = Para: { $review }
fw-cover-date = Fecha: { $date }
fw-submission-cover = Versión de contribución: los hallazgos con más respaldo, en { $max } palabras como máximo
fw-left-out = Lo que esta contribución deja fuera
fw-left-out-none = No se dejó nada fuera: todos los temas, necesidades y recomendaciones escuchados caben en esta contribución.
fw-left-out-counts = Se dejó fuera por falta de espacio: temas planteados: { $themes }; necesidades: { $needs }; recomendaciones: { $recommendations }.
fw-left-out-where = El informe completo, con todos los temas, necesidades y recomendaciones y la lista de sesiones, está disponible en: { $where }
fw-left-out-ask = El informe completo, con todos los temas, necesidades y recomendaciones y la lista de sesiones, puede solicitarse a las organizaciones que presentan esta contribución.
fw-submission-recommendation = { $number }: { $text }
fw-submission-recommendation-bearer = { $number }: { $text } ({ $bearer })

## Errores
err-editorial-cover-line = No se entiende la línea { $line } del texto de portada.
rec-editorial-cover-line = Escriba cada línea en la forma «organisation: …», «date: …», «review: …» o «annex: …».
err-editorial-not-under-theme = Esta cita no está codificada con ese tema ni con ninguno de sus subtemas.
rec-editorial-not-under-theme = Fíjela en uno de sus propios temas.
err-editorial-excluded = Esta cita está excluida de los informes.
rec-editorial-excluded = Primero vuelva a incluirla.
err-editorial-pinned-related = Esta cita ya está fijada en un tema situado por encima o por debajo de este, y una cita solo se muestra una vez en una misma rama de temas.
rec-editorial-pinned-related = Primero desfíjela del otro tema.
err-editorial-not-in-reports = El consentimiento de la persona que la dijo no permite usar esta cita en los informes.

## Línea de comandos
report-submission-done = Contribución escrita en { $path }: palabras: { $words } (como máximo { $max }), páginas: { $pages }.
report-text-saved = { $part ->
    [summary] Resumen ejecutivo guardado
    [context] Contexto guardado
    [limitations] Limitaciones guardadas
    [acknowledgements] Agradecimientos guardados
   *[cover] Texto de portada guardado
} en { $lang } (palabras: { $words }).
report-text-removed = { $part ->
    [summary] Resumen ejecutivo eliminado
    [context] Contexto eliminado
    [limitations] Limitaciones eliminadas
    [acknowledgements] Agradecimientos eliminados
   *[cover] Texto de portada eliminado
} en { $lang }.
report-text-unchanged = No cambió nada: el texto ya era este.
report-text-none = Todavía no se ha escrito ningún texto de informe para esta consulta.
col-part = Parte
col-words = Palabras
quote-pinned = La cita { $id } está fijada: los informes la muestran primero en este tema, mientras el consentimiento lo permita.
quote-unpinned = La cita { $id } ya no está fijada.
quote-excluded = La cita { $id } queda excluida de todos los informes.
quote-included = La cita { $id } puede volver a elegirse para los informes.
quote-curation-unchanged = No cambió nada para la cita { $id }.
quote-excluded-mark = excluida de los informes

## Traducciones de las etiquetas de la consulta (hearken labels)
label-untranslated = { $label } ({ $language })
err-labels-field = Línea { $n }: el campo «{ $field }» falta o no es válido.
rec-labels-field = «kind» es «theme», «region» o «group»; «key» es el código de un tema, o el nombre de una región o de un grupo tal como lo escribe la consulta; «lang» es uno de los idiomas de la consulta distinto del primero; «label» es una etiqueta de 200 caracteres como máximo, que las fuentes del informe deben poder imprimir.
err-labels-duplicate = La línea { $n } traduce la misma etiqueta al mismo idioma que una línea anterior.
err-labels-header = La primera línea debe nombrar las columnas «kind», «key», «lang» y «label» (y, si lo desea, «description» y «source»).
err-labels-bad-line = No se puede leer la línea { $n }: número de campos incorrecto, comillas mal cerradas o texto que no está en UTF-8.
labels-imported = Traducciones añadidas: { $added }; modificadas: { $changed }; eliminadas: { $removed }; sin cambios: { $unchanged }.
labels-none-missing = Todas las etiquetas están traducidas a todos los idiomas de la consulta.
labels-template-written = Archivo { $path } escrito (líneas: { $n }): complete las columnas «label» y «description» y después importe el archivo con «hearken labels import».
kit-missing-labels = Faltan traducciones de etiquetas de temas, regiones o grupos: { $n }. En esos idiomas, los informes y las pantallas muestran las palabras propias de la consulta, marcadas con su idioma. Consulte la lista con «hearken labels show --missing».
col-key = Clave

## Fusiones de recomendaciones sugeridas
recommendation-merged-many = Fusionadas: { $n } parejas sugeridas; la síntesis muestra ahora cada recomendación conservada con las fuentes de las que se fusionaron en ella.
recommendation-no-suggestion = Ningún par de recomendaciones se parece lo suficiente como para sugerir una fusión.
col-kept = Conservada
col-merged = Fusionada
col-similarity = Parecido
report-docx-done = Informe editable escrito en { $path }.
