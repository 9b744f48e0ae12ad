# Aplicación de escritorio: marco, navegación y pantallas (ui/), y errores
# propios del contenedor (src-tauri/src/error.rs).

ui-app-name = Hearken
ui-skip-to-content = Saltar al contenido
ui-nav-label = Principal

ui-screen-about = Acerca de
ui-screen-settings = Ajustes

ui-about-heading = Acerca de Hearken
ui-about-intro = Hearken lleva la voz de los diálogos comunitarios a los mecanismos de derechos humanos, como los exámenes de los órganos de tratados y el Examen Periódico Universal.
ui-about-offline = Funciona sin red. Las citas se registran solo con consentimiento, se guardan en una bóveda cifrada en este ordenador y solo salen de él como archivos firmados y cifrados.
ui-about-version = Versión
ui-about-languages = Idiomas de la interfaz

ui-settings-heading = Ajustes
ui-settings-intro = Estas preferencias se aplican solo a este ordenador y no contienen nada de sus sesiones.
ui-settings-display = Visualización
ui-settings-language = Idioma de la interfaz
ui-settings-language-system = Igual que el sistema ({ $language })
ui-settings-text-size = Tamaño del texto
ui-settings-contrast = Alto contraste
ui-settings-contrast-hint = Texto blanco sobre negro, con contornos amarillos.
ui-settings-security = Seguridad
ui-settings-auto-lock = Minutos sin actividad antes de que se bloquee la bóveda
ui-settings-auto-lock-hint = Escriba un número entero de { $min } a { $max }.
ui-settings-saved = Ajustes guardados.

ui-screen-vault = Bóveda
ui-lock-now = Bloquear
ui-lock-shortcut = Ctrl+L
ui-show-passphrase = Mostrar lo que escribo

ui-vault-heading = Bóveda
ui-vault-unlocked = La bóveda está abierta.
ui-vault-auto-lock = Se bloquea sola tras { PLURAL($minutes) ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sin actividad. Bloquéela al instante con Ctrl+L.
ui-vault-contents = En la bóveda

ui-create-heading = Cree su bóveda
ui-create-intro = Todo lo que registre se guarda cifrado en esta bóveda. Elija una frase de contraseña: varias palabras corrientes son fáciles de recordar y difíciles de adivinar.
ui-create-passphrase = Frase de contraseña
ui-create-confirm = La misma frase de contraseña otra vez
ui-create-submit = Crear la bóveda
ui-create-busy = Creando la bóveda…
ui-create-mismatch = Las dos frases de contraseña no son iguales.
ui-strength-label = Solidez
ui-strength-advice = Varias palabras corrientes forman una frase de contraseña sólida.
ui-strength-too-short = demasiado corta, use al menos { $min } caracteres.
ui-strength-weak = débil, fácil de adivinar. Añada más palabras.
ui-strength-fair = aceptable. Una o dos palabras más la harían sólida.
ui-strength-strong = sólida.

ui-recovery-heading = Anote su clave de recuperación
ui-recovery-intro = Si algún día pierde la frase de contraseña, esta clave es la única forma de abrir la bóveda. Solo se muestra ahora.
ui-recovery-advice = Escríbala en papel y guarde el papel lejos de este ordenador. No la fotografíe ni la guarde en este ordenador.
ui-recovery-key-label = Clave de recuperación
ui-recovery-confirm-label = Para comprobar su copia, escriba la clave de recuperación desde su papel
ui-recovery-confirm-submit = Ya la he anotado
ui-recovery-mismatch = No es la clave mostrada arriba. Compare su papel con la pantalla, grupo por grupo.

ui-unlock-heading = Desbloquear la bóveda
ui-unlock-intro = Escriba la frase de contraseña de la bóveda.
ui-unlock-passphrase = Frase de contraseña
ui-unlock-submit = Desbloquear
ui-unlock-busy = Desbloqueando…
ui-unlock-wait = Podrá volver a intentarlo dentro de { PLURAL($seconds) ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
ui-unlock-use-recovery = ¿Perdió la frase de contraseña? Use la clave de recuperación
ui-locked-inactivity = La bóveda se bloqueó tras { PLURAL($minutes) ->
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
} sin actividad.

ui-recover-heading = Abrir la bóveda con la clave de recuperación
ui-recover-intro = Escriba la clave de recuperación desde su papel y elija una nueva frase de contraseña.
ui-recover-key = Clave de recuperación
ui-recover-new = Nueva frase de contraseña
ui-recover-submit = Abrir y fijar la nueva frase de contraseña
ui-recover-busy = Abriendo…
ui-recover-back = Volver a la frase de contraseña

err-app-locked = La bóveda está bloqueada.
rec-app-locked = Desbloquéela con su frase de contraseña para continuar.
err-app-unexpected = Algo ha fallado dentro de Hearken.
rec-app-unexpected = Inténtelo de nuevo. Si vuelve a ocurrir, reinicie Hearken: su trabajo guardado se conserva.
