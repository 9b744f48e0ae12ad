# Pantallas de la persona facilitadora en la aplicación (issue 5). Los
# mensajes fac-p- se dirigen al participante y se muestran en su idioma.

nav-group-vault = Bóveda
nav-group-session = Facilitador
nav-group-coordinator = Coordinador

fac-screen-engagements = Consultas
fac-screen-session = Sesión
fac-screen-consent = Consentimiento
fac-screen-capture = Registro
fac-screen-readback = Relectura
fac-screen-export = Exportar

fac-cancel = Cancelar
fac-save = Guardar
fac-saved = Guardado
fac-edit = Editar
fac-delete = Eliminar
fac-delete-confirm = Eliminar para siempre
fac-group = El grupo
fac-needs-unlock = Abra la bóveda para trabajar en una sesión.
fac-go-unlock = Ir a la bóveda
fac-no-session = Elija o prepare primero una sesión, en la pantalla Sesión.
fac-minutes = { PLURAL($n) ->
    [one] { $n } minuto
   *[other] { $n } minutos
}

## Cuidado de la bóveda
fac-passphrase-heading = Cambiar la frase de contraseña
fac-passphrase-new = Nueva frase de contraseña
fac-passphrase-confirm = Nueva frase de contraseña, otra vez
fac-passphrase-mismatch = Las dos frases de contraseña no coinciden.
fac-passphrase-submit = Cambiar la frase de contraseña
fac-passphrase-changed = La frase de contraseña se cambió. Use la nueva a partir de ahora.
fac-wipe-heading = Borrado de emergencia
fac-wipe-explain = Destruye esta bóveda y todo su contenido, al instante y para siempre. Nada, ni siquiera la clave de recuperación, puede devolverla.
fac-wipe-start = Borrar esta bóveda…
fac-wipe-warning = Todo lo que hay en esta bóveda será destruido. Exporte antes lo que deba conservarse.
fac-wipe-word = BORRAR
fac-wipe-type = Escriba { $word } para confirmar
fac-wipe-confirm = Destruir la bóveda ahora

## Consultas y kits
fac-engagements-heading = Consultas
fac-kit-heading = Importar un kit del coordinador
fac-kit-intro = Un kit contiene la consulta: su agenda, su libro de códigos y sus textos de consentimiento, firmados por el coordinador.
fac-kit-path = Archivo del kit
fac-kit-browse = Elegir un archivo…
fac-kit-dialog = Kit del coordinador
fac-kit-check = Comprobar el kit
fac-kit-first-use = Primer kit de este coordinador. Lea estas cifras en voz alta al coordinador (por teléfono) e importe solo si coinciden:
fac-kit-pinned = Firmado con la misma clave del coordinador que antes:
fac-kit-import = Las cifras coinciden: importar
fac-kit-imported = Importado: { $title }
fac-engagements-list = Consultas en esta bóveda
fac-coordinator-key = Clave del coordinador
fac-references = Referencias
fac-languages = Idiomas
fac-engagement-new-session = Preparar una sesión
fac-codebook = Libro de códigos
fac-treaty-refs = Referencias a tratados: { $refs }
fac-agenda = Agenda
fac-consent-texts = Textos de consentimiento

## Sesión
fac-session-heading = Sesión
fac-session-summary = { $date }, { $place }: { PLURAL($n) ->
    [one] { $n } participante
   *[other] { $n } participantes
}
fac-session-other = Otra sesión
fac-session-open-heading = Abrir una sesión
fac-session-setup = Preparar una sesión
fac-session-no-engagement = Importe primero un kit, en la pantalla Consultas.
fac-session-engagement = Consulta
fac-session-date = Fecha
fac-session-place = Lugar
fac-session-place-hint = Un barrio o un pueblo, nunca una dirección.
fac-session-region = Región
fac-session-region-choose = Elija la región
fac-session-title = Título (opcional)
fac-session-languages = Idiomas hablados
fac-session-names = Nombres dichos en la sala (opcional, uno por línea)
fac-session-names-hint = Solo sirven para señalarlos en las citas. Se quedan en este equipo y nunca se exportan.
fac-session-submit = Preparar la sesión
fac-participants = Participantes
fac-participant-code = Código del participante
fac-participant-code-hint = Déjelo vacío para el siguiente código libre (P1, P2…). Nunca un nombre.
fac-participant-add = Añadir participante
fac-participant-added = { $code } añadido.
fac-consent-state-none = aún sin consentimiento
fac-consent-state-given = consentimiento dado
fac-consent-state-withdrawn = consentimiento retirado
fac-quote-count = { PLURAL($n) ->
    [one] { $n } cita
   *[other] { $n } citas
}
fac-consent-open = Consentimiento
fac-consent-for = Consentimiento de { $code }

## Temporizador de la agenda
fac-timer-heading = Agenda
fac-timer-position = Parte { $n } de { $total }
fac-timer-left = Quedan { $time }
fac-timer-over = Se acabó el tiempo ({ $time } de más)
fac-timer-ended = Se acabó el tiempo de «{ $title }». Pase a lo siguiente cuando la conversación lo permita.
fac-timer-questions = Preguntas orientadoras
fac-timer-start = Empezar
fac-timer-pause = Pausa
fac-timer-previous = Parte anterior
fac-timer-next = Parte siguiente
fac-timer-empty = Esta sesión no tiene agenda.

## Consentimiento (lado de quien facilita)
fac-consent-heading = Consentimiento
fac-consent-who = Quién
fac-consent-language = Idioma del participante
fac-consent-method = Cómo se dio el consentimiento
fac-method-oral = Oral
fac-method-written = Por escrito
fac-method-witnessed = Ante testigo
fac-consent-saved = Consentimiento de { $who } registrado.
fac-withdraw-heading = Retirar el consentimiento
fac-withdraw-start = Retirar el consentimiento de { $code }…
fac-withdraw-warning = Esto elimina ahora { PLURAL($n) ->
    [one] { $n } cita
   *[other] { $n } citas
} de { $code } de este equipo, y pide al coordinador que elimine cualquier copia. No se puede deshacer.
fac-withdraw-confirm = { PLURAL($n) ->
    [one] Retirar y eliminar { $n } cita
   *[other] Retirar y eliminar { $n } citas
}
fac-withdraw-done = Consentimiento de { $code } retirado; { PLURAL($n) ->
    [one] { $n } cita eliminada.
   *[other] { $n } citas eliminadas.
}
fac-export-unresolved = { PLURAL($n) ->
    [one] { $n } cita aún contiene datos identificativos que nadie ha reemplazado ni dejado así a propósito
   *[other] { $n } citas aún contienen datos identificativos que nadie ha reemplazado ni dejado así a propósito
}
fac-export-unresolved-advice = El paquete no puede salir de este equipo hasta que se resuelva cada una: abra la pantalla Registro y luego reemplace los datos (Alt+R) o déjelos como están.
fac-group-withdraw-start = Retirar el consentimiento del grupo…
fac-group-withdraw-warning = Esto elimina ahora { PLURAL($n) ->
    [one] { $n } registro
   *[other] { $n } registros
} del grupo (sus citas, y las necesidades y recomendaciones de la sesión) de este equipo, y pide al coordinador que elimine cualquier copia. No se puede deshacer.
fac-group-withdraw-done = Consentimiento del grupo retirado; { PLURAL($n) ->
    [one] { $n } registro eliminado.
   *[other] { $n } registros eliminados.
}

## Consentimiento (frente al participante, en su idioma)
fac-p-consent-title = Su consentimiento
fac-p-scopes = Usted decide. Participar es necesario; lo demás depende de usted.
fac-p-scope-take-part = Participo en esta conversación.
fac-p-scope-quotes-in-reports = Mis palabras pueden citarse, sin mi nombre, en el informe.
fac-p-scope-quotes-shared = Mis palabras, sin mi nombre, pueden compartirse con órganos de las Naciones Unidas y con el Gobierno.
fac-p-scope-demographics = Mi grupo (por ejemplo mujeres, o jóvenes) puede contarse.
fac-p-consent-give = Acepto
fac-p-consent-active = Gracias. Su consentimiento está registrado. Puede cambiar de opinión en cualquier momento.
fac-p-consent-withdrawn = Su consentimiento fue retirado. Sus palabras fueron eliminadas.

## Registro
fac-capture-heading = Registro
fac-capture-keys = Intro guarda al instante (Mayús+Intro para una línea nueva). Alt+1 a Alt+9 eligen temas (o 1 a 9 en la lista de temas). Alt+R guarda reemplazando los datos identificativos.
fac-capture-speaker = Código de quien habla
fac-capture-speaker-hint = Un código de participante, o «group» para el grupo.
fac-capture-language = Idioma
fac-capture-text = Lo que se dijo
fac-capture-themes = Temas
fac-findings = { PLURAL($n) ->
    [one] { $n } dato identificativo encontrado
   *[other] { $n } datos identificativos encontrados
}
fac-save-redacted = Guardar reemplazando los datos
fac-quotes = { PLURAL($n) ->
    [one] { $n } cita
   *[other] { $n } citas
}
fac-edit-label = Editar la cita de { $code }
fac-redact = Reemplazar los datos
fac-review = Dejar como está
fac-notes-heading = Necesidades y recomendaciones
fac-note-kind = Tipo
fac-need = Necesidad
fac-recommendation = Recomendación
fac-note-text = Texto
fac-duty-bearer = Quién debe actuar

## Relectura
fac-readback-heading = Relectura
fac-readback-intro = Lea cada cita en voz alta, o deje que la persona la lea, y anote su respuesta.
fac-readback-speaker = Citas de
fac-readback-empty = Aún no hay citas para releer.
fac-readback-yes = Sí, eso es lo que dije
fac-readback-no = Por favor, cambien esto
fac-readback-confirmed = Confirmada
fac-readback-change = Cambio pedido

## Exportar
fac-export-heading = Exportar
fac-export-sessions = Sesiones que exportar
fac-export-leaves = Sale de este equipo (firmado, cifrado para el coordinador)
fac-export-stays = Se queda en este equipo
fac-export-sessions-n = { PLURAL($n) ->
    [one] { $n } sesión
   *[other] { $n } sesiones
}
fac-export-participants-n = { PLURAL($n) ->
    [one] { $n } código de participante con su consentimiento
   *[other] { $n } códigos de participantes con su consentimiento
}
fac-export-quotes-n = { PLURAL($n) ->
    [one] { $n } cita anonimizada
   *[other] { $n } citas anonimizadas
}
fac-export-needs-n = { PLURAL($n) ->
    [one] { $n } necesidad
   *[other] { $n } necesidades
}
fac-export-recommendations-n = { PLURAL($n) ->
    [one] { $n } recomendación
   *[other] { $n } recomendaciones
}
fac-export-tombstones-n = { PLURAL($n) ->
    [one] { $n } aviso de eliminación (retiros y borrados)
   *[other] { $n } avisos de eliminación (retiros y borrados)
}
fac-export-kept-home-n = { PLURAL($n) ->
    [one] { $n } cita que el consentimiento no deja salir
   *[other] { $n } citas que el consentimiento no deja salir
}
fac-export-names-stay = Los nombres escritos para señalarlos en las citas
fac-export-path = Guardar el paquete como
fac-export-browse = Elegir dónde…
fac-export-dialog = Paquete para el coordinador
fac-export-save = Guardar el paquete
fac-export-done = Paquete { $sequence } guardado con { PLURAL($n) ->
    [one] { $n } cita
   *[other] { $n } citas
}.

## Errores de los comandos de quien facilita
err-file-unreadable = No se puede leer el archivo.
rec-file-unreadable = Compruebe la ruta, o elija el archivo de nuevo.
err-file-too-large = El archivo supera { $mib } MiB, más de lo que un archivo de este tipo puede contener.
rec-file-too-large = Compruebe que es el archivo correcto.
err-file-not-regular = Esto no es un archivo: es una carpeta, un dispositivo o una tubería.
rec-file-not-regular = Elija un archivo.
err-file-is-vault = Esto reemplazaría la propia bóveda.
rec-file-is-vault = Elija otro nombre de archivo u otra carpeta para el resultado.
err-file-is-link = La ruta de salida es un enlace simbólico; Hearken nunca escribe a través de enlaces.
rec-file-is-link = Elija una ruta que no sea un enlace.
err-file-no-path = No se eligió ningún archivo.
rec-file-no-path = Escriba una ruta o elija un archivo.
