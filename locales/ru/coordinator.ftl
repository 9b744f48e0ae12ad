# Настольное приложение: экраны координатора (ui/src/screens/coordinator/)
# и ошибки его команд (src-tauri/src/commands/coordinator/).

coord-screen-import = Импорт
coord-screen-dashboard = Сводная панель
coord-screen-themes = Темы
coord-screen-recommendations = Рекомендации
coord-screen-report = Отчёт

coord-loading = Сводка рассчитывается…
coord-made-here = создано на этом компьютере

## Ошибки команд координатора

err-coord-no-engagement = В этом хранилище пока нет ни одной консультации.
rec-coord-no-engagement = Создайте консультацию (или загрузите демонстрацию) командой hearken, затем импортируйте пакеты ведущих.

## Фильтры

coord-filters = Фильтры
coord-filter-region = Регион
coord-filter-language = Язык
coord-filter-group = Группа
coord-filter-from = С даты
coord-filter-to = По дату
coord-filter-engagement = Консультация
coord-filter-engagement-choose = Выберите консультацию
coord-filter-all = Все
coord-filter-date-hint = Даты в формате год-месяц-день, например 2026-03-31. Оставьте пустым, чтобы не ограничивать.
coord-filter-apply = Применить фильтры
coord-filter-clear = Сбросить фильтры

## Импорт

coord-import-heading = Импорт пакетов
coord-import-intro = Загрузите пакеты, присланные ведущими. Каждый файл проверяется, расшифровывается и объединяется с данными; файл с устройства, которое вы ещё не одобрили, задерживается до вашего одобрения.
coord-import-pick = Выбрать пакеты…
coord-import-pick-title = Пакеты для импорта
coord-import-drop = Или перетащите файлы в это окно.
coord-import-paths = Или введите пути к файлам
coord-import-paths-hint = Один путь на строку.
coord-import-submit = Импортировать эти файлы
coord-import-progress = { PLURAL($total) ->
    [one] Готово { $done } из { $total } файла
   *[other] Готово { $done } из { $total } файлов
}
coord-import-summary = Что стало с каждым файлом
coord-import-totals = Импортировано: { $imported }. Уже были: { $alreadyHad }. В карантине: { $quarantined }. Отклонено: { $rejected }.
coord-col-file = Файл
coord-col-result = Результат
coord-col-detail = Подробности
coord-outcome-imported = Импортирован
coord-outcome-alreadyHad = Уже был
coord-outcome-quarantined = В карантине
coord-outcome-rejected = Отклонён
coord-import-merged = Добавлено записей: { $added }, обновлено: { $updated }, удалено: { $removed }.
coord-import-already-detail = Этот пакет уже импортировался; ничего не изменилось.
coord-import-quarantined-detail = Подписан устройством { $key }, которое ещё не одобрено. Отпечаток: { $fingerprint }.

## Устройства

coord-roster-heading = Устройства ведущих
coord-roster-intro = Прежде чем одобрить устройство, прочитайте вслух его отпечаток вместе с ведущим, по телефону или лично: все пять групп должны совпасть с тем, что показывает его приложение.
coord-roster-empty = Ни одно устройство ещё не прислало пакет.
coord-col-key-id = Идентификатор ключа
coord-col-fingerprint = Отпечаток
coord-col-status = Состояние
coord-col-bundles = Пакеты
coord-device-approved = Одобрено
coord-device-revoked = Отозвано
coord-device-quarantined = Ожидает одобрения
coord-device-missing = Недостающие номера пакетов: { $list }.
coord-approve = Одобрить { $key }
coord-revoke = Отозвать { $key }
coord-revoke-warning = Отозвать устройство { $key }? Все подписанные им пакеты отныне будут отклоняться во всех консультациях.
coord-revoke-remove = Также удалить { PLURAL($n) ->
    [one] { $n } запись, которую оно прислало
    [few] { $n } записи, которые оно прислало
    [many] { $n } записей, которые оно прислало
   *[other] { $n } записи, которые оно прислало
} (его встречи, участников, цитаты, потребности и рекомендации).
coord-revoke-done = Устройство { $key } отозвано; { PLURAL($n) ->
    [one] удалена { $n } присланная им запись.
    [few] удалены { $n } присланные им записи.
    [many] удалено { $n } присланных им записей.
   *[other] удалено { $n } присланной им записи.
}
coord-reapprove-warning = Устройство { $key } было отозвано. Одобряйте его снова, только если вы знаете, почему оно было отозвано, и теперь это безопасно: оно снова сможет присылать пакеты.
coord-reapprove = Снова одобрить { $key }
coord-fingerprint-advice = Отзыв устройства означает, что все подписанные им пакеты отныне отклоняются, а ожидающие удаляются.
coord-approve-summary = Пакеты, объединённые после одобрения { $key }

## Сводка

coord-dashboard-heading = Сводная панель
coord-reach-heading = Охват
coord-reach-sessions = Встречи
coord-reach-participants = Охвачено участников
coord-reach-quotes = Цитаты
coord-coverage-heading = Покрытие
coord-coverage-regions = Встречи и люди по регионам (всего людей: { $total })
coord-coverage-languages = Встречи и люди по языку согласия (всего людей: { $total })
coord-coverage-groups = Встречи и учтённые люди по группам (всего людей: { $total })
coord-col-sessions = Встречи
coord-col-people = Люди
coord-col-quotes = Цитаты
coord-col-theme = Тема
coord-gaps-heading = Пока не охвачено
coord-gaps-none = Охвачены все регионы и группы, названные в консультации.
coord-gap-region = В регионе { $region } встреч пока нет.
coord-gap-group = Пока никто не учтён в группе: { $group }.
coord-themes-heading = Темы
coord-theme-frequencies = Цитаты по темам (цитата учитывается для своей темы и всех тем выше)

## Обзор тем

coord-themes-intro = Выберите тему, чтобы прочитать её цитаты; у каждой указаны встреча и пакет.
coord-codebook = Кодовая книга
coord-theme-count = { PLURAL($quotes) ->
    [one] { $quotes } цитата
    [few] { $quotes } цитаты
   *[other] { $quotes } цитат
}
coord-theme-choose = Выберите тему в кодовой книге, чтобы увидеть её цитаты.
coord-theme-summary = { PLURAL($quotes) ->
    [one] { $quotes } цитата
    [few] { $quotes } цитаты
   *[other] { $quotes } цитат
}, { PLURAL($sessions) ->
    [one] { $sessions } встреча
    [few] { $sessions } встречи
   *[other] { $sessions } встреч
}.
coord-theme-by-region = Цитаты по регионам
coord-theme-quotes = { PLURAL($n) ->
    [one] { $n } цитата
    [few] { $n } цитаты
   *[other] { $n } цитат
}
coord-theme-no-quotes = С текущими фильтрами цитат нет.
coord-quote-translation = Перевод:
coord-quote-source = { $date }, { $place } ({ $region }), участник { $speaker }
coord-quote-bundle = Пакет
coord-quote-not-shareable = согласие не распространяется на передачу дальше координатора

## Рекомендации

coord-rec-heading = Рекомендации
coord-rec-intro = О чём просили участники встреч, по темам или по договорным обязательствам, на которые ссылается рекомендация, с источником каждой.
coord-rec-group-by = Группировать по
coord-rec-by-theme = Теме
coord-rec-by-reference = Договорному обязательству
coord-rec-total = { PLURAL($n) ->
    [one] { $n } рекомендация
    [few] { $n } рекомендации
   *[other] { $n } рекомендаций
}
coord-rec-unthemed = Без темы
coord-rec-unreferenced = Без ссылки на обязательство
coord-rec-duty-bearer = Кто должен действовать
coord-rec-references = Обязательства
coord-rec-source = Источник
coord-rec-source-detail = { $date }, { $place } ({ $region })

## Конструктор отчётов

coord-report-heading = Конструктор отчётов
coord-report-intro = Выберите, что создать, проверьте предварительный просмотр и сохраните файл.
coord-report-format = Формат
coord-format-pdf-framework = Рамочный отчёт (PDF)
coord-format-pdf-framework-hint = Методология, участие, выводы по темам с цитатами, потребности, рекомендации и приложение со списком встреч.
coord-format-pdf-summary = Резюме «Что мы услышали» (PDF)
coord-format-pdf-summary-hint = По одной странице на встречу, чтобы вернуть сообществу.
coord-format-csv = Таблица (CSV)
coord-format-csv-hint = Цитаты с темами, встречами и пакетами.
coord-format-json = Данные (JSON)
coord-format-json-hint = Сводка и её записи, для скриптов.
coord-format-qdpx = Проект качественного анализа (REFI-QDA .qdpx)
coord-format-qdpx-hint = Для NVivo, ATLAS.ti, MAXQDA и QualCoder.
coord-report-language = Язык отчёта
coord-report-language-hint = Язык заголовков и текста PDF-отчётов. Экспорт сохраняет каждую цитату на её исходном языке.
coord-preview-heading = Предварительный просмотр
coord-outline-cover = Обложка
coord-outline-methodology = Методология: встреч: { $sessions }, языков: { $languages }
coord-outline-participation = Участие и покрытие: участников: { $people } (числа меньше { $k } скрыты)
coord-outline-findings = Выводы: тем: { $themes }, цитат: { $quotes }
coord-outline-recommendations = Рекомендации, связанные с договорными обязательствами: { $n }
coord-outline-annex = Приложение: встреч: { $sessions }
coord-outline-session = { $date }, { $place }: { PLURAL($quotes) ->
    [one] { $quotes } цитата
    [few] { $quotes } цитаты
   *[other] { $quotes } цитат
}
coord-preview-themes = Темы
coord-preview-recommendations = Рекомендации
coord-report-path = Сохранить в
coord-report-choose = Выбрать место…
coord-report-save-title = Сохранить отчёт как
coord-report-save = Сохранить
coord-report-session = Встреча
coord-report-session-choose = Выберите встречу…
coord-report-saved-pdf = Сохранено в { $path }: страниц: { $pages }.
coord-report-saved = Сохранено в { $path }: цитат: { $quotes }.
coord-rec-merged-sources = { PLURAL($n) ->
    [one] Также прозвучало так ({ $n } объединённая рекомендация)
    [few] Также прозвучало так ({ $n } объединённые рекомендации)
   *[other] Также прозвучало так ({ $n } объединённых рекомендаций)
}
coord-rec-unmerge = Отменить это объединение
coord-rec-same-as = Говорит то же, что и
coord-rec-choose-target = Выберите рекомендацию…
coord-rec-merge = Объединить с ней
coord-rec-merge-hint = Выбранная рекомендация сохраняется и показывает эту как ещё один источник. Ничего не удаляется; объединение можно отменить.
