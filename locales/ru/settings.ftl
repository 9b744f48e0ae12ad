# Параметры интерфейса (src/settings.rs).
err-settings-unreadable = Не удалось прочитать файл настроек.
rec-settings-unreadable = Проверьте, что ваша учётная запись может читать свою папку настроек. Пока действуют настройки по умолчанию.
err-settings-malformed = Файл настроек повреждён.
rec-settings-malformed = Выберите настройки заново: при сохранении повреждённый файл будет заменён. Пока действуют настройки по умолчанию.
err-settings-unwritable = Не удалось сохранить настройки.
rec-settings-unwritable = Проверьте, что диск не заполнен и ваша учётная запись может записывать в свою папку настроек.
err-settings-unknown-language = Этот язык интерфейса недоступен.
rec-settings-unknown-language = Выберите один из предложенных языков.
err-settings-text-size-range = Размер текста должен быть от { $min } % до { $max } %.
err-settings-auto-lock-range = Время до блокировки хранилища должно быть целым числом минут от { $min } до { $max }.
rec-settings-auto-lock-range = Ничего не изменено. Введите число в этом диапазоне.
