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

err-app-locked = La bóveda está bloqueada.
rec-app-locked = Desbloquéela con su frase de contraseña para continuar.
err-app-unexpected = Algo ha fallado dentro de Hearken.
rec-app-unexpected = Inténtelo de nuevo. Si vuelve a ocurrir, reinicie Hearken: su trabajo guardado se conserva.
