# Errors of the core library: err-* says what happened, rec-* what to do.

## Vault
err-vault-not-found = No hay ninguna bóveda en esta ubicación.
rec-vault-not-found = Cree una con "hearken init" o indique la ruta correcta con --vault.
err-vault-exists = Ya existe una bóveda en esta ubicación.
rec-vault-exists = Ábrala en su lugar o elija otra ruta con --vault.
err-vault-not-a-vault = Este archivo no es una bóveda de Hearken.
rec-vault-not-a-vault = Compruebe la ruta indicada con --vault.
err-vault-newer = Esta bóveda se creó con una versión más reciente de Hearken (formato { $found }; esta versión lee hasta el formato { $supported }).
rec-vault-newer = Instale la versión más reciente de Hearken para abrirla.
err-vault-corrupt = El encabezado de la bóveda está dañado.
rec-vault-corrupt = Restaure la bóveda a partir de una copia de seguridad.
err-vault-wrong-passphrase = La frase de contraseña no abre esta bóveda ({ PLURAL($failed) ->
    [one] { $failed } intento fallido
    [many] { $failed } de intentos fallidos
   *[other] { $failed } intentos fallidos
}).
rec-vault-wrong-passphrase = Compruebe el idioma del teclado y la tecla Bloq Mayús, y vuelva a intentarlo. Si ha perdido la frase de contraseña, use la clave de recuperación.
err-vault-wrong-recovery = La clave de recuperación no abre esta bóveda.
rec-vault-wrong-recovery = Compruebe cada grupo de la clave de recuperación y vuelva a intentarlo.
err-vault-malformed-recovery = Esto no es una clave de recuperación.
rec-vault-malformed-recovery = Una clave de recuperación tiene ocho grupos de cuatro letras y cifras.
err-vault-delayed = Demasiados intentos fallidos.
rec-vault-delayed = Espere { PLURAL($seconds) ->
    [one] { $seconds } segundo
    [many] { $seconds } de segundos
   *[other] { $seconds } segundos
} antes de volver a intentarlo.
err-vault-erased = Esta bóveda se borró; su contenido no se puede recuperar.
err-vault-weak-kdf = Los parámetros de derivación de claves son demasiado débiles.
rec-vault-weak-kdf = Use al menos { $min } MiB de memoria.
err-vault-kdf-too-large = La memoria solicitada para la derivación de claves supera lo que una bóveda puede usar.
rec-vault-kdf-too-large = Use como máximo { $max } MiB (el valor predeterminado sirve para la mayoría de los portátiles).
err-vault-short-passphrase = La frase de contraseña es demasiado corta.
rec-vault-short-passphrase = Use al menos { $min } caracteres; varias palabras juntas son fáciles de recordar y difíciles de adivinar.
err-vault-tampered = Una parte de la bóveda se modificó o se dañó, por lo que ya no es fiable.
rec-vault-tampered = Restaure la bóveda a partir de una copia de seguridad.
err-vault-storage = No se pudo escribir o leer la bóveda ({ $detail }).
rec-vault-storage = Compruebe que el disco no esté lleno y que ningún otro programa esté usando la bóveda, y vuelva a intentarlo.

## Records
err-record-not-found = { $kind ->
    [engagement] Ninguna consulta
    [theme] Ningún tema
    [session] Ninguna sesión
    [participant] Ningún participante
    [quote] Ninguna cita
    [need] Ninguna necesidad
    [recommendation] Ninguna recomendación
   *[other] Ningún registro
} tiene este identificador.
rec-record-not-found = Muestre la lista para encontrar el identificador correcto.
err-record-ambiguous = { $kind ->
    [engagement] Varias consultas
    [theme] Varios temas
    [session] Varias sesiones
    [participant] Varios participantes
    [quote] Varias citas
    [need] Varias necesidades
    [recommendation] Varias recomendaciones
   *[other] Varios registros
} tienen un identificador que empieza así.
rec-record-ambiguous = Escriba más caracteres del identificador.
err-field-empty = El campo «{ $field }» está vacío.
rec-field-empty = Rellénelo y vuelva a intentarlo.
err-field-too-long = El campo «{ $field }» es demasiado largo.
rec-field-too-long = Manténgalo por debajo de { $max } caracteres.
err-field-invalid = El valor de «{ $field }» no es válido.
err-field-out-of-range = El valor de «{ $field }» debe estar entre { $min } y { $max }.
err-field-not-listed = Este valor de «{ $field }» no figura en la lista del proceso de participación.
rec-field-not-listed = Elija uno de los que la coordinación incluyó en el kit.
err-field-duplicate = El valor de «{ $field }» ya está en uso.
rec-field-duplicate = Elija otro.
err-date-out-of-range = Esta fecha es anterior a 1900 o está en el futuro.
rec-date-out-of-range = Indique la fecha en que ocurrió, con el formato YYYY-MM-DD.
err-date-order = La fecha de inicio es posterior a la fecha de fin.
rec-date-order = Indique en --from una fecha anterior a la de --to.
err-bad-date = Esto no es una fecha.
rec-bad-date = Escriba las fechas con el formato YYYY-MM-DD, por ejemplo 2026-03-21.
err-bad-language = Esto no es un código de idioma.
rec-bad-language = Use un código como en, fr, es, ar o ru.

## Consent
err-consent-unknown-participant = Ningún participante de esta sesión tiene este código.
rec-consent-unknown-participant = Primero añada a la persona participante y registre su consentimiento.
err-consent-none = Esta persona no ha dado su consentimiento.
rec-consent-none = Registre su consentimiento antes de anotar lo que dice.
err-consent-withdrawn = Esta persona ha retirado su consentimiento.
rec-consent-withdrawn = Ya no se puede registrar nada más sobre ella. Si desea volver a participar, añádala con un código nuevo.
err-consent-scope = El consentimiento dado no cubre { $scope ->
    [take_part] la participación
    [quotes_in_reports] el uso anónimo de citas en los informes
    [quotes_shared] compartir citas más allá del coordinador
    [demographics] el registro del grupo demográfico
   *[other] { $scope }
}.
err-consent-no-group = El grupo no ha dado su consentimiento para las notas, necesidades y recomendaciones de esta sesión.
rec-consent-no-group = Registre primero el consentimiento del grupo.
err-consent-no-text = No hay texto de consentimiento en este idioma.
rec-consent-no-text = Elija un idioma para el que la consulta tenga un texto de consentimiento, o indique el texto que se mostró.
err-consent-take-part = El consentimiento debe incluir la participación.

## Kits and bundles
err-exchange-no-recipients = No hay ningún destinatario para el que cifrar este paquete.
rec-exchange-no-recipients = Importe el kit de la consulta que le envió el coordinador, o indique un destinatario con --to.
err-exchange-no-sessions = No hay ninguna sesión que exportar.
err-exchange-mixed-engagements = Las sesiones elegidas pertenecen a consultas distintas.
rec-exchange-mixed-engagements = Exporte una sola consulta cada vez con --session.
err-exchange-unresolved = { PLURAL($n) ->
    [one] { $n } cita aún contiene datos identificativos
    [many] { $n } de citas aún contienen datos identificativos
   *[other] { $n } citas aún contienen datos identificativos
}, por lo que no se exportó nada.
rec-exchange-unresolved = Muestre la lista de esas citas con "hearken quote check --all" (o "hearken export --preview") y, después, oculte todos los datos con "hearken quote redact --all-flagged" o conserve lo que deba quedarse con "hearken quote review ID".
err-exchange-unknown-engagement = Este archivo pertenece a una consulta que no está en esta bóveda.
rec-exchange-unknown-engagement = Impórtelo en la bóveda del coordinador que emitió el kit de esa consulta.
err-exchange-bad-content = El archivo está firmado, pero su contenido ({ $what }) no es válido, por lo que no se importó nada.
rec-exchange-bad-content = Pida al remitente una nueva exportación hecha con una versión actual de Hearken.
err-exchange-unknown-device = Ningún dispositivo con este identificador de clave está en la lista de dispositivos ni en cuarentena.
rec-exchange-unknown-device = Muéstrelos con "hearken roster list".
err-exchange-foreign-record = El paquete modifica { $kind ->
    [session] una sesión registrada por otro dispositivo
    [participant] un participante registrado por otro dispositivo
    [quote] una cita registrada por otro dispositivo
    [need] una necesidad registrada por otro dispositivo
    [recommendation] una recomendación registrada por otro dispositivo
   *[other] un registro creado por otro dispositivo
}, o escribe en una sesión de otro dispositivo, por lo que no se importó nada de él.
rec-exchange-foreign-record = Un dispositivo solo puede modificar sus propios registros. Compruébelo con el facilitador; si el dispositivo puede estar comprometido, revóquelo con "hearken roster revoke".
err-exchange-without-consent = El paquete contiene { $kind ->
    [quote] una cita que el consentimiento de la persona que la dijo no cubre
    [need] una necesidad sin el consentimiento del grupo de la sesión
    [recommendation] una recomendación sin el consentimiento del grupo de la sesión
   *[other] un registro sin consentimiento
}, por lo que no se importó nada de él.
rec-exchange-without-consent = Pida al facilitador que registre el consentimiento y vuelva a exportar.
err-exchange-not-approved = Este dispositivo no está aprobado para esta consulta.
rec-exchange-not-approved = Compare su huella con el facilitador y después apruébelo con "hearken roster approve KEY --engagement ID".
err-exchange-revoked = Este dispositivo fue revocado.
rec-exchange-revoked = Vuelva a aprobarlo solo si sabe por qué fue revocado y ahora es seguro: confirme cuando se le pida, o añada --yes.
err-exchange-quarantine-full = La cuarentena está llena: ya contiene el número máximo de paquetes de dispositivos no aprobados.
rec-exchange-quarantine-full = Apruebe o revoque los dispositivos que esperan en cuarentena ("hearken roster list") y vuelva a importar.
err-exchange-other-recipient = Este paquete se cifraría para alguien que el kit de la consulta no menciona: quien tenga esa clave podrá leer las palabras de los participantes.
rec-exchange-other-recipient = Exporte para el coordinador indicado en el kit, o confirme a propósito el otro destinatario (--yes).
err-exchange-which-engagement = Indique la consulta en la que el dispositivo puede escribir.
rec-exchange-which-engagement = Añada --engagement ID ("hearken engagement list" las muestra).
err-exchange-read-file = No se puede leer el archivo de paquete { $path }.
rec-exchange-read-file = Compruebe la ruta y que tiene permiso para leerlo; los demás archivos se procesan por separado.
