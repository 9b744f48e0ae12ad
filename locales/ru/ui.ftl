# Настольное приложение: рамка, навигация и экраны (ui/), а также ошибки
# самой оболочки (src-tauri/src/error.rs).

ui-app-name = Hearken
ui-skip-to-content = Перейти к содержимому
ui-nav-label = Главное меню

ui-screen-about = О программе
ui-screen-settings = Настройки

ui-about-heading = О программе Hearken
ui-about-intro = Hearken доносит голоса участников общественных диалогов до правозащитных механизмов, таких как рассмотрение докладов договорными органами и Универсальный периодический обзор.
ui-about-offline = Программа работает без сети. Цитаты записываются только с согласия участников, хранятся в зашифрованном хранилище на этом компьютере и покидают его только в виде подписанных зашифрованных файлов.
ui-about-version = Версия
ui-about-languages = Языки интерфейса

ui-settings-heading = Настройки
ui-settings-intro = Эти параметры действуют только на этом компьютере и не содержат ничего из ваших сессий.
ui-settings-display = Отображение
ui-settings-language = Язык интерфейса
ui-settings-language-system = Как в системе ({ $language })
ui-settings-text-size = Размер текста
ui-settings-contrast = Высокая контрастность
ui-settings-contrast-hint = Белый текст на чёрном фоне, жёлтые контуры.
ui-settings-security = Безопасность
ui-settings-auto-lock = Минут бездействия до блокировки хранилища
ui-settings-auto-lock-hint = Введите целое число от { $min } до { $max }.
ui-settings-saved = Настройки сохранены.

err-app-locked = Хранилище заблокировано.
rec-app-locked = Разблокируйте его своей парольной фразой, чтобы продолжить.
err-app-unexpected = Внутри Hearken произошла ошибка.
rec-app-unexpected = Попробуйте ещё раз. Если ошибка повторится, перезапустите Hearken: сохранённая работа не пропадёт.
