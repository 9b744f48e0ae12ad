# Operaciones largas: progreso, cancelación y la demostración a gran escala.

stage-generating = Creando sesiones
stage-importing = Importando paquetes
stage-synthesis = Leyendo las sesiones
stage-rendering = Imprimiendo páginas
stage-exporting = Escribiendo registros

err-cancelled = Se canceló la operación.
rec-cancelled = No se conservó nada a medias: una importación solo conserva los paquetes que terminó, cada uno completo, y un archivo se escribe entero o no se escribe. Vuelva a iniciar la operación cuando lo desee.

demo-scale-done = Demostración creada: { PLURAL($sessions) ->
    [one] { $sessions } sesión
    [many] { $sessions } de sesiones
   *[other] { $sessions } sesiones
} con { PLURAL($quotes) ->
    [one] { $quotes } cita
    [many] { $quotes } de citas
   *[other] { $quotes } citas
}, desde { PLURAL($devices) ->
    [one] { $devices } dispositivo
    [many] { $devices } de dispositivos
   *[other] { $devices } dispositivos
} (citas eliminadas tras retirarse un consentimiento: { $withdrawn }; consentimientos restringidos: { $narrowed }).
demo-scale-bundles = { PLURAL($n) ->
    [one] { $n } paquete está en { $dir }. Impórtelo con
    [many] { $n } de paquetes están en { $dir }. Impórtelos con
   *[other] { $n } paquetes están en { $dir }. Impórtelos con
} "hearken import --approve-new-keys" y luego ejecute "hearken demo --follow-up".
demo-follow-up-done = { PLURAL($links) ->
    [one] Se vinculó { $links } recomendación comunitaria
    [many] Se vincularon { $links } de recomendaciones comunitarias
   *[other] Se vincularon { $links } recomendaciones comunitarias
} con recomendaciones oficiales y { PLURAL($history) ->
    [one] se registró { $history } entrada
    [many] se registraron { $history } de entradas
   *[other] se registraron { $history } entradas
} en el historial.

ui-progress-cancel = Cancelar
ui-progress-cancelling = Cancelando…
ui-progress-step = { $stage }: { $done } de { $total }
ui-progress-cancelled = Operación cancelada. { PLURAL($done) ->
    [one] Ya se había importado { $done } archivo, completo
    [many] Ya se habían importado { $done } de archivos, cada uno completo
   *[other] Ya se habían importado { $done } archivos, cada uno completo
}; no se modificó nada más.
