# The hearken command line.

prompt-passphrase = Frase de contraseña
prompt-new-passphrase = Nueva frase de contraseña
prompt-passphrase-again = Escríbala de nuevo

created = { $kind ->
    [engagement] Consulta creada
    [theme] Tema creado
    [session] Sesión creada
    [participant] Participante creado
    [quote] Cita creada
    [need] Necesidad creada
    [recommendation] Recomendación creada
   *[other] Registro creado
}: { $id }
updated = { $kind ->
    [engagement] Consulta actualizada
    [theme] Tema actualizado
    [session] Sesión actualizada
    [participant] Participante actualizado
    [quote] Cita actualizada
    [need] Necesidad actualizada
    [recommendation] Recomendación actualizada
   *[other] Registro actualizado
}: { $id }
deleted = { $kind ->
    [engagement] Consulta eliminada
    [theme] Tema eliminado
    [session] Sesión eliminada
    [participant] Participante eliminado
    [quote] Cita eliminada
    [need] Necesidad eliminada
    [recommendation] Recomendación eliminada
   *[other] Registro eliminado
} definitivamente: { $id }

init-done = Bóveda creada en { $path }.
init-recovery = Clave de recuperación. Anótela ahora y guárdela lejos del equipo portátil: solo se muestra una vez y es la única forma de volver a entrar si se pierde la frase de contraseña.
passphrase-changed = Frase de contraseña cambiada. La frase de contraseña anterior ya no abre la bóveda.
recovered = Bóveda abierta con la clave de recuperación; la nueva frase de contraseña ya está establecida.
wiped = Se destruyeron las claves de la bóveda y se borraron sus archivos.
demo-done = Demostración cargada: { PLURAL($sessions) ->
    [one] { $sessions } sesión
    [many] { $sessions } de sesiones
   *[other] { $sessions } sesiones
}, { PLURAL($quotes) ->
    [one] { $quotes } cita
    [many] { $quotes } de citas
   *[other] { $quotes } citas
} (citas eliminadas tras retirarse un consentimiento: { $withdrawn }).

info-path = Bóveda: { $path }
info-format = Versión del formato: { $version }
info-kdf = Derivación de claves: Argon2id, { $mib } MiB, pasadas: { $t }, paralelismo: { $p }
info-failed = Intentos fallidos de desbloqueo desde el último desbloqueo correcto: { $n }
info-count = { $kind ->
    [engagement] Consultas
    [theme] Temas
    [session] Sesiones
    [participant] Participantes
    [quote] Citas
    [need] Necesidades
    [recommendation] Recomendaciones
    [tombstone] Eliminaciones
    [merge] Fusiones de recomendaciones
   *[other] Registros
}: { $n }

col-id = ID
col-title = Título
col-sessions = Sesiones
col-languages = Idiomas
col-code = Código
col-label = Etiqueta
col-references = Referencias
col-date = Fecha
col-place = Lugar
col-region = Región
col-participants = Participantes
col-quotes = Citas
col-consent = Consentimiento
col-scopes = Alcance
col-speaker = Hablante
col-language = Idioma
col-themes = Temas
col-text = Texto
col-duty-bearer = Titular de obligaciones

show-references = Referencias: { $list }
show-languages = Idiomas: { $list }
show-k = Los recuentos inferiores a { $k } nunca se muestran con exactitud.
show-agenda = Agenda:
show-segment = { $minutes } min  { $title }
show-codebook = Libro de códigos:
show-consent-texts = Textos de consentimiento: { $list }
show-group-consent = Consentimiento del grupo: { $given ->
    [yes] otorgado
   *[other] no otorgado
}
show-quote-count = { PLURAL($n) ->
    [one] { $n } cita
    [many] { $n } de citas
   *[other] { $n } citas
}

consent-state-none = ninguno
consent-state-given = otorgado
consent-state-withdrawn = retirado
participant-added = Participante { $code } añadido.
consent-recorded = Consentimiento registrado.
consent-withdrawn-done = Consentimiento de { $code } retirado; { PLURAL($n) ->
    [one] se eliminó definitivamente { $n } cita
    [many] se eliminaron definitivamente { $n } de citas
   *[other] se eliminaron definitivamente { $n } citas
}.
group-consent-withdrawn-done = Consentimiento del grupo retirado; { PLURAL($n) ->
    [one] se eliminó definitivamente { $n } elemento (cita, necesidad o recomendación)
    [many] se eliminaron definitivamente { $n } de elementos (citas, necesidades y recomendaciones)
   *[other] se eliminaron definitivamente { $n } elementos (citas, necesidades y recomendaciones)
}.

err-cli-read-file = No se puede leer el archivo { $path }.
rec-cli-read-file = Compruebe la ruta y que tiene permiso para leer el archivo.
err-cli-write-file = No se puede escribir el archivo { $path }.
rec-cli-write-file = Compruebe que la carpeta existe y que no hay ya un archivo con ese nombre.
err-cli-passphrase-mismatch = Las dos frases de contraseña no coinciden.
rec-cli-passphrase-mismatch = Escriba la misma frase de contraseña dos veces.
err-cli-no-terminal = Se necesita una frase de contraseña, pero no hay ningún terminal para pedirla.
rec-cli-no-terminal = Indíquela con --passphrase-file o HEARKEN_PASSPHRASE_FILE.
err-cli-not-confirmed = { $what ->
    [wipe] Esta operación destruye la bóveda definitivamente, por lo que requiere confirmación.
    [kit-pin] Confiar en una nueva clave de coordinador requiere confirmación, y no se dio.
    [identity-export] Escribir la clave secreta de la bóveda en un archivo requiere confirmación, y no se dio.
   *[other] Esto requiere confirmación, y no se dio.
}
rec-cli-not-confirmed = { $what ->
    [kit-pin] Compare la huella con el coordinador (por teléfono, por ejemplo) y después añada --yes.
   *[other] Si tiene la certeza, añada --yes.
}
err-cli-bad-argument = El valor de { $arg } no tiene la forma esperada ({ $expected }).
err-cli-unknown-theme = Ningún tema de esta consulta tiene el código «{ $code }».
rec-cli-unknown-theme = Muestre el libro de códigos con "hearken theme list".
err-cli-unexpected = Se produjo un error inesperado; no se modificó nada.

col-field = Campo
col-kind = Tipo
col-session = Sesión
quote-check-none = Ninguna cita contiene datos identificativos sin resolver.
quote-redacted-all = { PLURAL($n) ->
    [one] Se reemplazaron por marcadores los datos identificativos de { $n } cita.
    [many] Se reemplazaron por marcadores los datos identificativos de { $n } de citas.
   *[other] Se reemplazaron por marcadores los datos identificativos de { $n } citas.
}
export-unresolved-list = { PLURAL($n) ->
    [one] { $n } cita aún contiene datos identificativos que nadie ha ocultado ni revisado:
    [many] { $n } de citas aún contienen datos identificativos que nadie ha ocultado ni revisado:
   *[other] { $n } citas aún contienen datos identificativos que nadie ha ocultado ni revisado:
}
export-unresolved-routes = Ocúltelos todos con "hearken quote redact --all-flagged", o revise cada cita con "hearken quote check ID" y conserve lo que deba quedarse con "hearken quote review ID".
export-other-recipient-warning = El paquete se cifraría para { $to }, que no figura en el kit de la consulta: quien tenga esa clave podrá leer las palabras de los participantes.
export-other-recipient-confirm = ¿Cifrar de todos modos para este destinatario?
col-position = Posición
field-text = texto
field-translation = traducción
quote-findings = { PLURAL($n) ->
    [one] Se encontró { $n } dato identificativo
    [many] Se encontraron { $n } de datos identificativos
   *[other] Se encontraron { $n } datos identificativos
}: { $kinds }. Reemplácelos con «hearken quote redact { $id }» o consérvelos tal cual con «hearken quote review { $id }»; mientras tanto, la cita no se puede exportar.

identity-key-id = Identificador de clave: { $id }
identity-public-key = Clave pública (minisign): { $key }
identity-recipient = Destinatario age (clave de cifrado): { $recipient }
identity-fingerprint = Huella para comparar por teléfono: { $fingerprint }
identity-export-confirm = Cualquier persona que tenga este archivo puede abrir todos los paquetes enviados a esta bóveda. ¿Desea escribirlo?
identity-exported = Clave de descifrado age escrita en { $path }. Guárdela con el mismo cuidado que la bóveda.
kit-created = Kit escrito en { $path }. Los facilitadores verán esta huella: { $fingerprint }
kit-first-use = Este kit está firmado con una clave que esta bóveda no conoce: { $fingerprint }. Compare la huella con el coordinador, por teléfono o en persona, antes de aceptarlo.
kit-confirm = ¿Coincide la huella con la que le lee el coordinador?
kit-imported = Kit importado: { $title } (versión { $version }, { PLURAL($themes) ->
    [one] { $themes } tema
    [many] { $themes } de temas
   *[other] { $themes } temas
}). Clave del coordinador: { $fingerprint }
export-preview = Vista previa de la exportación (sesiones: { $sessions }; citas: { $quotes }; necesidades: { $needs }; recomendaciones: { $recommendations }; eliminaciones: { $tombstones }). Citas que se quedan en este dispositivo porque el consentimiento no permite que salgan: { $home }.
export-done = Paquete n.º { $sequence } escrito en { $path } (sesiones: { $sessions }; citas: { $quotes }; necesidades: { $needs }; recomendaciones: { $recommendations }; eliminaciones: { $tombstones }). Citas que se quedan en este dispositivo porque el consentimiento no permite que salgan: { $home }.
col-file = Archivo
col-result = Resultado
col-detail = Detalle
col-key-id = ID de clave
col-status = Estado
col-bundles = Paquetes
col-missing = Faltantes
import-state-imported = importado
import-state-already = ya estaba
import-state-quarantined = en cuarentena
import-state-rejected = rechazado
import-merged = añadidos: { $added }, actualizados: { $updated }, eliminados: { $removed }
import-missing = paquetes de este dispositivo que no han llegado: { $list }
import-quarantined = dispositivo desconocido { $key } ({ $fingerprint }); tras comparar la huella, apruébelo con "hearken roster approve { $key }"
device-approved = aprobado
device-revoked = revocado
device-quarantined = en cuarentena
device-approved-done = Dispositivo { $key } aprobado; paquetes procesados desde la cuarentena: { $n }.
device-revoked-done = Dispositivo { $key } revocado: a partir de ahora se rechazan los paquetes firmados por él.
device-reapprove-confirm = El dispositivo { $key } fue revocado. ¿Aprobarlo de nuevo?
device-revoke-remove-confirm = ¿Eliminar también { PLURAL($n) ->
    [one] { $n } registro enviado
    [many] { $n } de registros enviados
   *[other] { $n } registros enviados
} por este dispositivo?
device-records-removed = { PLURAL($n) ->
    [one] Se eliminó { $n } registro enviado por este dispositivo.
    [many] Se eliminaron { $n } de registros enviados por este dispositivo.
   *[other] Se eliminaron { $n } registros enviados por este dispositivo.
}
device-records-kept = { PLURAL($n) ->
    [one] Se conservó { $n } registro enviado por este dispositivo; elimínelo con
    [many] Se conservaron { $n } de registros enviados por este dispositivo; elimínelos con
   *[other] Se conservaron { $n } registros enviados por este dispositivo; elimínelos con
} "hearken roster revoke { $key } --remove-records".
err-cli-some-rejected = { PLURAL($n) ->
    [one] Se rechazó { $n } archivo
    [many] Se rechazaron { $n } de archivos
   *[other] Se rechazaron { $n } archivos
}{ $others ->
    [0] , y no se indicó nada más que importar.
   *[other] ; el resultado de cada uno de los demás archivos aparece en la tabla de arriba.
}
err-cli-unknown-language = Hearken no ofrece el idioma «{ $lang }».
rec-cli-unknown-language = Elija uno de: en, fr, es, ar, ru.
