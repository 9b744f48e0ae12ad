# Preferencias de la interfaz (src/settings.rs).
err-settings-unreadable = No se pudo leer el archivo de ajustes.
rec-settings-unreadable = Compruebe que su cuenta de usuario puede leer su carpeta de configuración. Mientras tanto se aplican los ajustes predeterminados.
err-settings-malformed = El archivo de ajustes está dañado.
rec-settings-malformed = Vuelva a elegir sus ajustes: al guardarlos se reemplaza el archivo dañado. Mientras tanto se aplican los ajustes predeterminados.
err-settings-unwritable = No se pudieron guardar los ajustes.
rec-settings-unwritable = Compruebe que el disco no está lleno y que su cuenta de usuario puede escribir en su carpeta de configuración.
err-settings-unknown-language = Este idioma de interfaz no está disponible.
rec-settings-unknown-language = Elija uno de los idiomas ofrecidos.
err-settings-text-size-range = El tamaño del texto debe estar entre { $min } % y { $max } %.
err-settings-auto-lock-range = El tiempo antes de que se bloquee la bóveda debe ser un número entero de minutos entre { $min } y { $max }.
rec-settings-auto-lock-range = No se ha cambiado nada. Escriba un número dentro de ese intervalo.
