# Экраны ведущего в приложении (issue 5). Сообщения fac-p- обращены к
# участнику и показываются на его языке.

nav-group-vault = Хранилище
nav-group-session = Ведущий
nav-group-coordinator = Координатор

fac-screen-engagements = Консультации
fac-screen-session = Встреча
fac-screen-consent = Согласие
fac-screen-capture = Запись
fac-screen-readback = Зачитывание
fac-screen-export = Экспорт

fac-cancel = Отмена
fac-save = Сохранить
fac-saved = Сохранено
fac-edit = Изменить
fac-delete = Удалить
fac-delete-confirm = Удалить навсегда
fac-group = Группа
fac-needs-unlock = Откройте хранилище, чтобы работать со встречей.
fac-go-unlock = Перейти к хранилищу
fac-no-session = Сначала выберите или подготовьте встречу на экране «Встреча».
fac-minutes = { PLURAL($n) ->
    [one] { $n } минута
    [few] { $n } минуты
    [many] { $n } минут
   *[other] { $n } минуты
}

## Уход за хранилищем
fac-passphrase-heading = Сменить парольную фразу
fac-passphrase-new = Новая парольная фраза
fac-passphrase-confirm = Новая парольная фраза ещё раз
fac-passphrase-mismatch = Фразы не совпадают.
fac-passphrase-submit = Сменить парольную фразу
fac-passphrase-changed = Парольная фраза изменена. Теперь используйте новую.
fac-wipe-heading = Экстренное стирание
fac-wipe-explain = Уничтожает это хранилище и всё его содержимое сразу и навсегда. Ничто, даже ключ восстановления, не вернёт его.
fac-wipe-start = Стереть это хранилище…
fac-wipe-warning = Всё содержимое хранилища будет уничтожено. Сначала экспортируйте то, что нужно сохранить.
fac-wipe-word = СТЕРЕТЬ
fac-wipe-type = Введите { $word } для подтверждения
fac-wipe-confirm = Уничтожить хранилище сейчас

## Консультации и комплекты
fac-engagements-heading = Консультации
fac-kit-heading = Импорт комплекта от координатора
fac-kit-intro = Комплект содержит консультацию: повестку, кодовую книгу и тексты согласия, подписанные координатором.
fac-kit-path = Файл комплекта
fac-kit-browse = Выбрать файл…
fac-kit-dialog = Комплект от координатора
fac-kit-check = Проверить комплект
fac-kit-first-use = Первый комплект от этого координатора. Прочитайте эти цифры вслух координатору (по телефону) и импортируйте, только если они совпадают:
fac-kit-pinned = Подписан тем же ключом координатора, что и раньше:
fac-kit-import = Цифры совпадают: импортировать
fac-kit-imported = Импортировано: { $title }
fac-engagements-list = Консультации в этом хранилище
fac-coordinator-key = Ключ координатора
fac-references = Ссылки
fac-languages = Языки
fac-engagement-new-session = Подготовить встречу
fac-codebook = Кодовая книга
fac-treaty-refs = Ссылки на договоры: { $refs }
fac-agenda = Повестка
fac-consent-texts = Тексты согласия

## Встреча
fac-session-heading = Встреча
fac-session-summary = { $date }, { $place }: { PLURAL($n) ->
    [one] { $n } участник
    [few] { $n } участника
    [many] { $n } участников
   *[other] { $n } участника
}
fac-session-other = Другая встреча
fac-session-open-heading = Открыть встречу
fac-session-setup = Подготовить встречу
fac-session-no-engagement = Сначала импортируйте комплект на экране «Консультации».
fac-session-engagement = Консультация
fac-session-date = Дата
fac-session-place = Место
fac-session-place-hint = Район или село, никогда не адрес.
fac-session-region = Регион
fac-session-region-choose = Выберите регион
fac-session-title = Название (необязательно)
fac-session-languages = Языки общения
fac-session-names = Имена, прозвучавшие в зале (необязательно, по одному в строке)
fac-session-names-hint = Нужны только чтобы отмечать их в цитатах. Остаются на этом компьютере и никогда не экспортируются.
fac-session-submit = Подготовить встречу
fac-participants = Участники
fac-participant-code = Код участника
fac-participant-code-hint = Оставьте пустым для следующего свободного кода (P1, P2…). Никогда не имя.
fac-participant-add = Добавить участника
fac-participant-added = { $code } добавлен.
fac-consent-state-none = согласия ещё нет
fac-consent-state-given = согласие дано
fac-consent-state-withdrawn = согласие отозвано
fac-quote-count = { PLURAL($n) ->
    [one] { $n } цитата
    [few] { $n } цитаты
    [many] { $n } цитат
   *[other] { $n } цитаты
}
fac-consent-open = Согласие
fac-consent-for = Согласие { $code }

## Таймер повестки
fac-timer-heading = Повестка
fac-timer-position = Часть { $n } из { $total }
fac-timer-left = Осталось { $time }
fac-timer-over = Время вышло (превышение { $time })
fac-timer-ended = Время части «{ $title }» вышло. Переходите дальше, когда позволит разговор.
fac-timer-questions = Направляющие вопросы
fac-timer-start = Старт
fac-timer-pause = Пауза
fac-timer-previous = Предыдущая часть
fac-timer-next = Следующая часть
fac-timer-empty = У этой встречи нет повестки.

## Согласие (сторона ведущего)
fac-consent-heading = Согласие
fac-consent-who = Кто
fac-consent-language = Язык участника
fac-consent-method = Как дано согласие
fac-method-oral = Устно
fac-method-written = Письменно
fac-method-witnessed = При свидетеле
fac-consent-saved = Согласие { $who } записано.
fac-withdraw-heading = Отозвать согласие
fac-withdraw-start = Отозвать согласие { $code }…
fac-withdraw-warning = Это сейчас удалит { PLURAL($n) ->
    [one] { $n } цитату
    [few] { $n } цитаты
    [many] { $n } цитат
   *[other] { $n } цитаты
} участника { $code } с этого компьютера и попросит координатора удалить все копии. Отменить это нельзя.
fac-withdraw-confirm = { PLURAL($n) ->
    [one] Отозвать и удалить { $n } цитату
    [few] Отозвать и удалить { $n } цитаты
    [many] Отозвать и удалить { $n } цитат
   *[other] Отозвать и удалить { $n } цитаты
}
fac-withdraw-done = Согласие { $code } отозвано; { PLURAL($n) ->
    [one] удалена { $n } цитата.
    [few] удалено { $n } цитаты.
    [many] удалено { $n } цитат.
   *[other] удалено { $n } цитаты.
}
fac-export-unresolved = { PLURAL($n) ->
    [one] { $n } цитата всё ещё содержит идентифицирующие детали, которые никто не заменил и не оставил намеренно
    [few] { $n } цитаты всё ещё содержат идентифицирующие детали, которые никто не заменил и не оставил намеренно
    [many] { $n } цитат всё ещё содержат идентифицирующие детали, которые никто не заменил и не оставил намеренно
   *[other] { $n } цитаты всё ещё содержат идентифицирующие детали, которые никто не заменил и не оставил намеренно
}
fac-export-unresolved-advice = Пакет не может покинуть этот компьютер, пока по каждой из них не принято решение: откройте экран «Запись», затем замените детали (Alt+R) или оставьте их как есть.
fac-group-withdraw-start = Отозвать согласие группы…
fac-group-withdraw-warning = Это сейчас удалит { PLURAL($n) ->
    [one] { $n } запись
    [few] { $n } записи
    [many] { $n } записей
   *[other] { $n } записи
} группы (её цитаты, а также потребности и рекомендации встречи) с этого компьютера и попросит координатора удалить все копии. Отменить это нельзя.
fac-group-withdraw-done = Согласие группы отозвано; { PLURAL($n) ->
    [one] удалена { $n } запись.
    [few] удалены { $n } записи.
    [many] удалено { $n } записей.
   *[other] удалено { $n } записи.
}

## Согласие (для участника, на его языке)
fac-p-consent-title = Ваше согласие
fac-p-scopes = Решаете вы. Участие необходимо; остальное — на ваш выбор.
fac-p-scope-take-part = Я участвую в этом разговоре.
fac-p-scope-quotes-in-reports = Мои слова можно цитировать в отчёте без моего имени.
fac-p-scope-quotes-shared = Мои слова без моего имени можно передать органам ООН и правительству.
fac-p-scope-demographics = Мою группу (например, женщин или молодёжь) можно учитывать в подсчётах.
fac-p-consent-give = Я согласен(на)
fac-p-consent-active = Спасибо. Ваше согласие записано. Вы можете передумать в любой момент.
fac-p-consent-withdrawn = Ваше согласие отозвано. Ваши слова удалены.

## Запись
fac-capture-heading = Запись
fac-capture-keys = Enter сразу сохраняет (Shift+Enter — новая строка). Alt+1…Alt+9 выбирают темы (или 1…9 в списке тем). Alt+R сохраняет с заменой идентифицирующих деталей.
fac-capture-speaker = Код говорящего
fac-capture-speaker-hint = Код участника или «group» для группы.
fac-capture-language = Язык
fac-capture-text = Что было сказано
fac-capture-themes = Темы
fac-findings = { PLURAL($n) ->
    [one] Найдена { $n } идентифицирующая деталь
    [few] Найдены { $n } идентифицирующие детали
    [many] Найдено { $n } идентифицирующих деталей
   *[other] Найдено { $n } идентифицирующей детали
}
fac-save-redacted = Сохранить с заменой деталей
fac-quotes = { PLURAL($n) ->
    [one] { $n } цитата
    [few] { $n } цитаты
    [many] { $n } цитат
   *[other] { $n } цитаты
}
fac-edit-label = Изменить цитату { $code }
fac-redact = Заменить детали
fac-review = Оставить как есть
fac-notes-heading = Потребности и рекомендации
fac-note-kind = Вид
fac-need = Потребность
fac-recommendation = Рекомендация
fac-note-text = Текст
fac-duty-bearer = Кто должен действовать

## Зачитывание
fac-readback-heading = Зачитывание
fac-readback-intro = Прочитайте каждую цитату вслух или дайте человеку прочитать её и запишите ответ.
fac-readback-speaker = Чьи цитаты
fac-readback-empty = Пока нет цитат для зачитывания.
fac-readback-yes = Да, я сказал(а) именно это
fac-readback-no = Пожалуйста, измените это
fac-readback-confirmed = Подтверждено
fac-readback-change = Запрошено изменение

## Экспорт
fac-export-heading = Экспорт
fac-export-sessions = Встречи для экспорта
fac-export-leaves = Покидает этот компьютер (подписано, зашифровано для координатора)
fac-export-stays = Остаётся на этом компьютере
fac-export-sessions-n = { PLURAL($n) ->
    [one] { $n } встреча
    [few] { $n } встречи
    [many] { $n } встреч
   *[other] { $n } встречи
}
fac-export-participants-n = { PLURAL($n) ->
    [one] { $n } код участника с записью согласия
    [few] { $n } кода участников с записями согласия
    [many] { $n } кодов участников с записями согласия
   *[other] { $n } кода участников с записями согласия
}
fac-export-quotes-n = { PLURAL($n) ->
    [one] { $n } обезличенная цитата
    [few] { $n } обезличенные цитаты
    [many] { $n } обезличенных цитат
   *[other] { $n } обезличенной цитаты
}
fac-export-needs-n = { PLURAL($n) ->
    [one] { $n } потребность
    [few] { $n } потребности
    [many] { $n } потребностей
   *[other] { $n } потребности
}
fac-export-recommendations-n = { PLURAL($n) ->
    [one] { $n } рекомендация
    [few] { $n } рекомендации
    [many] { $n } рекомендаций
   *[other] { $n } рекомендации
}
fac-export-tombstones-n = { PLURAL($n) ->
    [one] { $n } уведомление об удалении (отзывы и удаления)
    [few] { $n } уведомления об удалении (отзывы и удаления)
    [many] { $n } уведомлений об удалении (отзывы и удаления)
   *[other] { $n } уведомления об удалении (отзывы и удаления)
}
fac-export-kept-home-n = { PLURAL($n) ->
    [one] { $n } цитата, которую согласие не позволяет передать
    [few] { $n } цитаты, которые согласие не позволяет передать
    [many] { $n } цитат, которые согласие не позволяет передать
   *[other] { $n } цитаты, которые согласие не позволяет передать
}
fac-export-names-stay = Имена, введённые для поиска в цитатах
fac-export-path = Сохранить пакет как
fac-export-browse = Выбрать место…
fac-export-dialog = Пакет для координатора
fac-export-save = Сохранить пакет
fac-export-done = Пакет { $sequence } сохранён: { PLURAL($n) ->
    [one] { $n } цитата
    [few] { $n } цитаты
    [many] { $n } цитат
   *[other] { $n } цитаты
}.

## Ошибки команд ведущего
err-file-unreadable = Файл не удаётся прочитать.
rec-file-unreadable = Проверьте путь или выберите файл снова.
err-file-too-large = Файл больше { $mib } МиБ — больше, чем может содержать такой файл.
rec-file-too-large = Проверьте, что это нужный файл.
err-file-not-regular = Это не файл, а папка, устройство или канал.
rec-file-not-regular = Выберите файл.
err-file-is-vault = Это заменило бы само хранилище.
rec-file-is-vault = Выберите другое имя файла или другую папку для сохранения.
err-file-is-link = Путь для сохранения — символическая ссылка; Hearken никогда не записывает через ссылки.
rec-file-is-link = Выберите путь, который не является ссылкой.
err-file-no-path = Файл не выбран.
rec-file-no-path = Введите путь или выберите файл.
