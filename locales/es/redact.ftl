# Asistente de anonimización: marcadores que sustituyen datos en las citas,
# nombres de los tipos para los listados, presentación de celdas pequeñas,
# salida de la línea de órdenes y errores.

redact-placeholder-name = [nombre]
redact-placeholder-place = [lugar]
redact-placeholder-email = [correo]
redact-placeholder-phone = [teléfono]
redact-placeholder-url = [enlace]
redact-placeholder-handle = [usuario]
redact-placeholder-id-number = [número de documento]
redact-placeholder-date-of-birth = [fecha de nacimiento]
redact-placeholder-gps = [coordenadas]
redact-placeholder-address = [dirección]
redact-placeholder-age-attribute = [edad y rasgo]

redact-kind-name = nombre
redact-kind-place = lugar
redact-kind-email = correo electrónico
redact-kind-phone = número de teléfono
redact-kind-url = enlace
redact-kind-handle = usuario de redes sociales
redact-kind-id-number = número de documento o expediente
redact-kind-date-of-birth = fecha de nacimiento
redact-kind-gps = coordenadas GPS
redact-kind-address = dirección postal
redact-kind-age-attribute = edad con un rasgo poco común (revisar)

redact-cli-none = No se encontraron datos identificativos.
redact-cli-found = { PLURAL($count) ->
    [one] Se encontró { $count } dato identificativo:
   *[other] Se encontraron { $count } datos identificativos:
}
redact-cli-finding = { $kind }, caracteres { $start } a { $end }
redact-cli-redacted = Texto anonimizado:

redact-cell-below = <{ $k }
redact-cell-withheld = x
redact-cell-note = Los recuentos menores que { $k } se muestran como «<{ $k }». Un recuento marcado «x» se oculta para que ningún recuento pequeño pueda deducirse de los totales.

err-redact-entry-too-long = La entrada { $line } de la lista supera los { $max } caracteres; no puede ser un nombre ni un lugar.
rec-redact-entry-too-long = Ponga un nombre o lugar por línea.
err-redact-lists-too-large = Las listas de nombres y lugares son demasiado grandes para usarlas.
rec-redact-lists-too-large = Conserve solo los nombres y lugares de esta consulta.
err-redact-span-out-of-range = Un fragmento que ocultar (caracteres { $start } a { $end }) queda fuera de la cita ({ $len } caracteres). No se cambió nada.
err-redact-unresolved-findings = { PLURAL($count) ->
    [one] Esta cita aún contiene { $count } dato identificativo.
   *[other] Esta cita aún contiene { $count } datos identificativos.
}
rec-redact-unresolved-findings = Oculte cada uno, o márquelo como revisado si puede quedarse.
err-redact-table-shape = { $len } recuentos no llenan una tabla de { $rows } filas y { $cols } columnas.
err-redact-threshold-too-low = Un umbral de { $k } no permite ocultar recuentos pequeños.
rec-redact-threshold-too-low = Use un umbral de 3 o más (5 por defecto).
err-redact-cannot-protect = Esta tabla no puede mostrarse sin revelar un recuento pequeño.
rec-redact-cannot-protect = Agrupe las categorías pequeñas o quite la tabla.

err-redact-cli-list-not-utf8 = El archivo de lista { $path } no es texto UTF-8.
rec-redact-cli-list-not-utf8 = Guárdelo en UTF-8, un nombre o lugar por línea.
err-redact-cli-input-unreadable = No se puede leer el texto de la entrada estándar.
err-redact-cli-input-not-utf8 = El texto de la entrada estándar no está en UTF-8.
err-redact-cli-input-too-long = El texto supera los { $max } bytes.
rec-redact-cli-input-too-long = Revise una cita cada vez.
err-redact-cli-output = No se pudo escribir el resultado.
