# El editor de informes de la aplicación y la elección de citas (coordinador).

coord-screen-report-texts = Textos del informe
coord-texts-heading = Los textos propios del informe
coord-texts-intro = Escriba lo que solo usted puede escribir: el resumen ejecutivo, el contexto, las limitaciones, los agradecimientos y las líneas de la portada, en cada idioma en que se imprime el informe. El informe marco los imprime en su propio idioma y nunca toma en su lugar el texto de otro idioma; solo la portada recurre al inglés cuando falta.
coord-texts-written = Escritos hasta ahora
coord-texts-part = Parte
coord-texts-part-cover = Portada
coord-texts-part-summary = Resumen ejecutivo
coord-texts-part-context = Contexto
coord-texts-part-limitations = Limitaciones
coord-texts-part-acknowledgements = Agradecimientos
coord-texts-words = { PLURAL($n) ->
    [one] { $n } palabra
    [many] { $n } de palabras
   *[other] { $n } palabras
}
coord-texts-text = Texto
coord-texts-hint = Texto simple: # Título, ## Subtítulo; una línea en blanco entre párrafos; «- » o «1. » al principio de una línea para las listas; *énfasis* y **negrita** se imprimen en negrita. Déjelo vacío y guarde para eliminar la parte.
coord-texts-hint-cover = Una línea por dato: «organisation: …» (tantas como organizaciones haya), «review: …» (el órgano de tratado y el período de sesiones, o el ciclo del Examen Periódico Universal), «date: …» y «annex: …» (dónde está el informe completo).
coord-texts-save = Guardar
coord-texts-saved = Guardado.
coord-texts-removed = Eliminado: el informe ya no tiene esta parte en este idioma.
coord-texts-unchanged = No cambió nada: este es el texto ya guardado.
coord-texts-preview = Vista previa
coord-texts-cover-organisation = Presentado por
coord-texts-cover-review = Para
coord-texts-cover-date = Fecha
coord-texts-cover-annex = Informe completo
coord-texts-total = Palabras de los textos en este idioma: { $words }

coord-report-submission = Versión de contribución, con un límite de palabras
coord-report-submission-hint = Conserva los temas, necesidades y recomendaciones con más respaldo que caben, junto con sus textos, e indica lo que quedó fuera y dónde está el informe completo. Cuenta cada palabra del cuerpo del texto.
coord-report-max-words = Límite de palabras
coord-report-saved-submission = Guardado { $path }: palabras: { $words } (como máximo { $max }), páginas: { $pages }.

coord-curate-pin = Fijar en este tema
coord-curate-unpin = Desfijar
coord-curate-exclude = Excluir de los informes
coord-curate-include = Volver a incluir en los informes
coord-curate-pinned = Fijada
coord-curate-excluded = Excluida de los informes
coord-curate-chosen = En el informe
coord-curate-done-pin = Fijada: el informe muestra primero esta cita en este tema, mientras el consentimiento lo permita.
coord-curate-done-unpin = Desfijada: la elección automática vuelve a decidir.
coord-curate-done-exclude = Excluida de todos los informes.
coord-curate-done-include = La cita puede volver a elegirse para los informes.

coord-rec-suggested = Fusiones sugeridas
coord-rec-suggested-none = Ningún par de recomendaciones se parece lo suficiente como para sugerir una fusión.
coord-rec-suggested-intro = Estas recomendaciones, en el mismo idioma, usan casi las mismas palabras. Marque las que dicen lo mismo y fusiónelas de una vez; cada fusión puede deshacerse más abajo.
coord-rec-suggested-into = en: { $text } (parecido { $likeness } %)
coord-rec-merge-suggested = Fusionar las marcadas
coord-rec-merged-many = { PLURAL($n) ->
    [one] { $n } recomendación fusionada.
   *[other] { $n } recomendaciones fusionadas.
}

coord-format-docx = Informe marco, editable (documento de Word)
coord-format-docx-hint = El mismo informe como archivo .docx, que Word y LibreOffice abren, para que las organizaciones aliadas lo editen antes de presentarlo; los gráficos se convierten en tablas de sus valores.
coord-report-saved-docx = Se guardó { $path }.
coord-report-docx-words = Palabras de la contribución: { $words } (límite: { $max }).
