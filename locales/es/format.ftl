# Errores de los kits firmados, de los paquetes firmados y cifrados, y de las claves de la bóveda.
# err-* dice qué pasó, rec-* qué hacer. Véase docs/format.md.

## Claves

err-identity-malformed-signing-key = La clave de firma guardada está dañada.
rec-identity-malformed-signing-key = Restaure la bóveda desde una copia de seguridad, o cree una clave nueva y envíe su huella al coordinador.
err-identity-malformed-public-key = Esta no es una clave de firma válida.
rec-identity-malformed-public-key = Vuelva a copiar la clave completa; empieza por «RW» y tiene 56 caracteres.
err-identity-foreign-public-key = Esta clave de firma no fue creada por Hearken.
rec-identity-foreign-public-key = Pida la clave que aparece en la configuración de Hearken del remitente.
err-identity-malformed-age-identity = La clave de descifrado guardada está dañada.
rec-identity-malformed-age-identity = Restaure la bóveda desde una copia de seguridad.
err-identity-malformed-recipient = Esta no es una clave de cifrado válida.
rec-identity-malformed-recipient = Vuelva a copiar la clave completa; empieza por «age1».
err-identity-no-randomness = El ordenador no pudo proporcionar el azar necesario para crear una clave.
rec-identity-no-randomness = Reinicie el ordenador e inténtelo de nuevo.

## Lectura de kits y paquetes

err-format-too-large = { $what ->
    [sealed-file] El archivo supera el límite de { PLURAL($limit) ->
            [one] { $limit } byte
           *[other] { $limit } bytes
        }.
    [files] El archivo contiene más de { PLURAL($limit) ->
            [one] { $limit } archivo
           *[other] { $limit } archivos
        }.
    [entry] Un archivo que contiene supera el límite de { PLURAL($limit) ->
            [one] { $limit } byte
           *[other] { $limit } bytes
        }.
    [manifest] Su lista de contenido supera el límite de { PLURAL($limit) ->
            [one] { $limit } byte
           *[other] { $limit } bytes
        }.
    [signature] Su firma supera el límite de { PLURAL($limit) ->
            [one] { $limit } byte
           *[other] { $limit } bytes
        }.
   *[other] Su contenido supera el límite de { PLURAL($limit) ->
            [one] { $limit } byte
           *[other] { $limit } bytes
        }.
}
rec-format-too-large = No se importó nada. Pida al remitente que reparta el material en varias exportaciones.
err-format-not-age-file = Este archivo no es un paquete cifrado.
rec-format-not-age-file = Compruebe que eligió el archivo correcto. Un kit de consulta se importa desde la pantalla de consultas.
err-format-unsupported-encryption = Este archivo está cifrado de una forma que Hearken no abre (texto blindado, frase de contraseña o una versión más reciente de age).
rec-format-unsupported-encryption = Pida al remitente que vuelva a exportar el paquete desde Hearken.
err-format-wrong-recipient = Este paquete no se cifró para la clave de este ordenador.
rec-format-wrong-recipient = Está destinado a otro coordinador, o el remitente usó un kit antiguo. Pregúntele qué clave usó.
err-format-truncated = El archivo está incompleto: termina antes de tiempo.
rec-format-truncated = Vuelva a copiar o descargar el archivo; probablemente la transferencia se interrumpió.
err-format-damaged = El archivo cifrado está dañado: fue modificado o cortado por el camino.
rec-format-damaged = No se importó nada. Pida al remitente que vuelva a enviar el archivo.
err-format-malformed-archive = El archivo comprimido que contiene no es válido: { $fault ->
    [header] una cabecera de archivo está dañada.
    [non-canonical] otra herramienta reescribió una cabecera de archivo.
    [entry-type] contiene algo que no es un archivo normal.
    [padding] hay datos ocultos entre los archivos.
    [trailing-data] hay datos después de su final.
   *[order] sus archivos no están en el orden exigido.
}
rec-format-malformed-archive = No se importó nada. Pida al remitente que lo vuelva a exportar desde Hearken, sin descomprimirlo ni volver a empaquetarlo.
err-format-unsafe-file-name = El archivo comprimido contiene un nombre de archivo no permitido (una ruta de carpeta o un nombre peligroso).
rec-format-unsafe-file-name = No se importó nada. No abra este archivo con otras herramientas; avise al remitente.
err-format-duplicate-file = El archivo comprimido contiene dos archivos con el mismo nombre.
rec-format-duplicate-file = No se importó nada. Pida al remitente que lo vuelva a exportar.
err-format-unlisted-file = El archivo comprimido contiene un archivo, { $name }, que su lista firmada no menciona.
rec-format-unlisted-file = No se importó nada. Puede que alguien haya añadido material; pida al remitente que lo vuelva a exportar.
err-format-missing-file = El archivo { $name } figura en la lista pero falta en el archivo comprimido.
rec-format-missing-file = No se importó nada. Pida al remitente que lo vuelva a exportar.
err-format-hash-mismatch = El archivo { $name } no coincide con la suma de comprobación de la lista firmada: fue modificado después de firmarse.
rec-format-hash-mismatch = No se importó nada. Pida al remitente que lo vuelva a exportar y denuncie la manipulación.
err-format-newer-version = Este archivo usa la versión { $found } del formato; esta copia de Hearken lee hasta la versión { $supported }.
rec-format-newer-version = Actualice Hearken y vuelva a importar el archivo.
err-format-malformed-manifest = La lista de contenido no es válida: { $fault ->
    [json] no se puede leer.
    [unknown-field] tiene un campo que esta versión no conoce.
    [signer] la clave del firmante no es válida.
    [file-list] su lista de archivos no es válida.
   *[value] uno de sus valores no está permitido.
}
rec-format-malformed-manifest = No se importó nada. Pida al remitente que lo vuelva a exportar desde Hearken.
err-format-wrong-kind = { $expected ->
    [kit] Este archivo es un paquete, no un kit de consulta.
   *[bundle] Este archivo es un kit de consulta, no un paquete.
}
rec-format-wrong-kind = { $expected ->
    [kit] Impórtelo desde la pantalla de paquetes.
   *[bundle] Impórtelo desde la pantalla de consultas.
}
err-format-malformed-signature = El archivo de firma no es válido.
rec-format-malformed-signature = No se importó nada. Pida al remitente que lo vuelva a exportar.
err-format-bad-signature = La firma no coincide: el contenido se modificó después de firmarse.
rec-format-bad-signature = No se importó nada. No use este archivo; pida uno nuevo al remitente y denuncie la manipulación.
err-format-unknown-key = Este paquete fue firmado con una clave que no está en su lista de dispositivos (clave { $key }, huella { $fingerprint }).
rec-format-unknown-key = Queda en cuarentena. Llame al facilitador, compare la huella cifra por cifra y apruebe la clave solo si coincide.
err-format-revoked-key = Este paquete fue firmado con una clave revocada ({ $key }).
rec-format-revoked-key = No se importó nada. Puede que el dispositivo se haya perdido o incautado; contacte al facilitador por otro medio.
err-format-key-mismatch = La lista de dispositivos guarda otra clave con el identificador { $key }.
rec-format-key-mismatch = No se importó nada. Puede que alguien se haga pasar por un facilitador; verifique la lista de dispositivos con él por teléfono.
err-format-signer-changed = Este kit de consulta fue firmado con la clave { $found }, pero los kits de esta consulta vienen de la clave { $pinned }.
rec-format-signer-changed = No se importó nada. Llame al coordinador: si de verdad cambió de clave, le dará la nueva huella.
err-format-already-imported = Este archivo ya se había importado; nada cambió.
err-format-sequence-reused = Ya se importó otro paquete de este dispositivo con el número de secuencia { $sequence }.
rec-format-sequence-reused = No se importó nada. Puede que el dispositivo se haya restaurado desde una copia antigua, o que el archivo sea falso; contacte al facilitador.
err-format-kit-outdated = Este kit de consulta es la versión { $found }, anterior a la versión { $current } ya importada.
rec-format-kit-outdated = Nada cambió. Use el kit más reciente del coordinador.
err-format-kit-version-reused = Ya se importó otro kit de consulta con la versión { $version }.
rec-format-kit-version-reused = No se importó nada. Pregunte al coordinador cuál es el kit correcto.
err-format-no-recipients = No hay ninguna clave con la que cifrar el paquete.
rec-format-no-recipients = Importe primero el kit de la consulta: contiene la clave del coordinador.
err-format-io = No se pudo escribir el archivo.
rec-format-io = Compruebe que el disco o la memoria USB tiene espacio libre y no está protegido contra escritura, y vuelva a intentarlo.
