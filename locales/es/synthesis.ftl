synthesis-reach = { PLURAL($sessions) ->
    [one] { $sessions } sesión
   *[other] { $sessions } sesiones
}, { PLURAL($quotes) ->
    [one] { $quotes } cita
   *[other] { $quotes } citas
}, participantes alcanzados: { $people }.
synthesis-by-region = Participantes por región
synthesis-by-language = Participantes por idioma del consentimiento
synthesis-by-group = Personas contadas por grupo
synthesis-col-name = Nombre
synthesis-col-sessions = Sesiones
synthesis-col-people = Personas
synthesis-col-code = Código
synthesis-col-theme = Tema
synthesis-col-quotes = Citas
synthesis-total = Total
synthesis-gaps = Aún sin alcanzar
synthesis-gap-region = Región sin sesión: { $region }
synthesis-gap-group = Grupo sin nadie contado: { $group }
synthesis-themes = Temas (una cita codificada con un subtema también cuenta para su tema superior)
synthesis-co-occurrence = Temas codificados juntos
synthesis-quote-count = { PLURAL($n) ->
    [one] { $n } cita
   *[other] { $n } citas
}
synthesis-actions = { PLURAL($needs) ->
    [one] { $needs } necesidad documentada
   *[other] { $needs } necesidades documentadas
}, { PLURAL($recommendations) ->
    [one] { $recommendations } recomendación
   *[other] { $recommendations } recomendaciones
}
synthesis-recommendation-count = { PLURAL($n) ->
    [one] { $n } recomendación
   *[other] { $n } recomendaciones
}
synthesis-representative = Citas representativas
synthesis-not-shareable = el consentimiento no cubre compartir más allá del coordinador
report-export-done = { PLURAL($quotes) ->
    [one] { $quotes } cita exportada
   *[other] { $quotes } citas exportadas
} a { $path }.
err-export-write = No se pudo escribir la exportación.
rec-export-write = Compruebe que la carpeta existe, que puede escribir en ella y que hay espacio en el disco, y vuelva a intentarlo.
err-export-archive = No se pudo armar el archivo del proyecto.
rec-export-archive = Es un error de Hearken; por favor, infórmelo.
