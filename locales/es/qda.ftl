# El ida y vuelta con programas de análisis cualitativo (hearken qda).

err-qda-not-zip = No es un proyecto REFI-QDA: un archivo .qdpx es un archivo ZIP.
err-qda-no-project = Este archivo no contiene project.qde, así que no es un proyecto REFI-QDA.
err-qda-too-large = Un archivo de este proyecto ocupa más de { $mib } MiB descomprimido. No se importó nada.
err-qda-xml = project.qde no es un XML bien formado (línea { $line }). No se importó nada.
err-qda-schema = project.qde no sigue el esquema REFI-QDA en la línea { $line } ({ $what }). No se importó nada.
err-qda-outside = Una selección codificada se sale de su fuente (project.qde, línea { $line }). No se importó nada.
err-qda-too-many-codes = Este proyecto tiene más de { $max } códigos. No se importó nada.
err-qda-too-many-codes-per-selection = Un pasaje de este proyecto está codificado con más de { $max } códigos. No se importó nada.
err-qda-nothing-matched = Ninguno de los pasajes codificados de este proyecto es una cita de esta consulta (¿es el proyecto de otra consulta?). No se importó nada.
err-qda-source-missing = Falta en el archivo el texto de una fuente ({ $path }). No se importó nada.
qda-imported = Codificación de análisis importada: { $codes } códigos ({ $mapped } vinculados a temas del kit), { $codings } codificaciones.
qda-unchanged = Nada cambió: la codificación de análisis es la misma que antes ({ $codes } códigos, { $codings } codificaciones).
qda-same-as-kit = Nada cambió: este proyecto codifica las citas exactamente como el libro de códigos del kit.
qda-codes-added = { PLURAL($n) ->
    [one] Un código nuevo: { $names }
   *[other] { $n } códigos nuevos: { $names }
}
qda-codes-removed = { PLURAL($n) ->
    [one] Un código que ya no se usa: { $names }
   *[other] { $n } códigos que ya no se usan: { $names }
}
qda-code-renamed = Cambio de nombre: «{ $old }» ahora es «{ $new }»
qda-codings-changed = Codificaciones: { $added } añadidas, { $removed } quitadas.
qda-not-held = { $n } selecciones codificadas están en texto que Hearken no tiene; se dejaron fuera.
qda-not-allowed = { $n } selecciones codificadas están en citas cuyo consentimiento ya no permite los informes; se dejaron fuera.
