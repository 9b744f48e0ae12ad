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
ui-settings-intro = Эти параметры действуют только на этом компьютере и не содержат ничего из ваших встреч.
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

ui-screen-vault = Хранилище
ui-lock-now = Заблокировать
ui-lock-shortcut = Ctrl+L
ui-show-passphrase = Показывать вводимый текст

ui-vault-heading = Хранилище
ui-vault-unlocked = Хранилище открыто.
ui-vault-auto-lock = Оно блокируется само после { PLURAL($minutes) ->
    [one] { $minutes } минуты
   *[other] { $minutes } минут
} бездействия. Заблокировать сразу: Ctrl+L.
ui-vault-contents = В хранилище

ui-create-heading = Создайте хранилище
ui-create-intro = Всё, что вы записываете, хранится в этом хранилище в зашифрованном виде. Выберите парольную фразу: несколько обычных слов легко запомнить и трудно угадать.
ui-create-passphrase = Парольная фраза
ui-create-confirm = Та же парольная фраза ещё раз
ui-create-submit = Создать хранилище
ui-create-busy = Создание хранилища…
ui-create-mismatch = Парольные фразы не совпадают.
ui-strength-label = Надёжность
ui-strength-advice = Несколько обычных слов дают надёжную парольную фразу.
ui-strength-too-short = слишком короткая, нужно не меньше { $min } символов.
ui-strength-weak = слабая, её легко угадать. Добавьте слова.
ui-strength-fair = средняя. Ещё одно-два слова сделают её надёжной.
ui-strength-strong = надёжная.

ui-recovery-heading = Запишите ключ восстановления
ui-recovery-intro = Если парольная фраза когда-нибудь потеряется, только этот ключ откроет хранилище. Он показывается только сейчас.
ui-recovery-advice = Запишите его на бумаге и храните её отдельно от этого компьютера. Не фотографируйте ключ и не сохраняйте его на этом компьютере.
ui-recovery-key-label = Ключ восстановления
ui-recovery-confirm-label = Чтобы проверить запись, введите ключ восстановления с бумаги
ui-recovery-confirm-submit = Я его записал(а)
ui-recovery-mismatch = Это не тот ключ, что показан выше. Сверьте бумагу с экраном, группу за группой.

ui-unlock-heading = Разблокировать хранилище
ui-unlock-intro = Введите парольную фразу хранилища.
ui-unlock-passphrase = Парольная фраза
ui-unlock-submit = Разблокировать
ui-unlock-busy = Разблокировка…
ui-unlock-wait = Повторить можно через { PLURAL($seconds) ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
   *[many] { $seconds } секунд
}.
ui-unlock-use-recovery = Потеряли парольную фразу? Используйте ключ восстановления
ui-locked-inactivity = Хранилище заблокировано после { PLURAL($minutes) ->
    [one] { $minutes } минуты
   *[other] { $minutes } минут
} бездействия.

ui-recover-heading = Открыть хранилище ключом восстановления
ui-recover-intro = Введите ключ восстановления с бумаги, затем выберите новую парольную фразу.
ui-recover-key = Ключ восстановления
ui-recover-new = Новая парольная фраза
ui-recover-submit = Открыть и задать новую парольную фразу
ui-recover-busy = Открытие…
ui-recover-back = Вернуться к парольной фразе

err-app-locked = Хранилище заблокировано.
rec-app-locked = Разблокируйте его своей парольной фразой, чтобы продолжить.
err-app-unexpected = Внутри Hearken произошла ошибка.
rec-app-unexpected = Попробуйте ещё раз. Если ошибка повторится, перезапустите Hearken: сохранённая работа не пропадёт.
