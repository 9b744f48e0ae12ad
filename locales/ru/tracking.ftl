# Following up recommendations: official recommendations, tracking,
# progress review, dashboard, community updates, evaluation.

## Errors
err-official-empty = { $at ->
    [line] Строка { $n }
   *[entry] Элемент { $n }
}: поле «{ $field }» не заполнено.
err-official-too-long = { $at ->
    [line] Строка { $n }
   *[entry] Элемент { $n }
}: поле «{ $field }» длиннее { PLURAL($max) ->
    [one] { $max } символа
    [few] { $max } символов
    [many] { $max } символов
   *[other] { $max } символа
}.
err-official-invalid = { $at ->
    [line] Строка { $n }
   *[entry] Элемент { $n }
}: недопустимое значение поля «{ $field }».
rec-official-invalid = Допустимые значения каждого поля описаны в docs/tracking.md (mechanism: upr или treaty; response: supported, noted или пусто).
err-official-duplicate = { $at ->
    [line] Строка { $n }
   *[entry] Элемент { $n }
}: этот идентификатор встречается в файле дважды.
err-official-not-upr = { $at ->
    [line] Строка { $n }
   *[entry] Элемент { $n }
}: поле «{ $field }» допустимо только для рекомендаций УПО.
err-official-unknown-column = В файле есть столбец, неизвестный этому формату: «{ $column }».
rec-official-unknown-column = Допустимые столбцы: id, mechanism, source, text, response, recommending_state и articles.
err-official-missing-column = В файле нет столбца «{ $column }».
rec-official-missing-column = В первой строке должны быть названия столбцов; столбцы id, mechanism, source и text обязательны.
err-official-not-csv = Это не CSV-файл, который Hearken может прочитать.
err-official-bad-line = Не удаётся прочитать строку { $n }: неверное число полей, нарушены кавычки или текст не в кодировке UTF-8.
err-official-not-json = Это не JSON-файл официальных рекомендаций (ошибка около строки { $n }).
rec-official-not-json = Файл должен начинаться с {"{"}"format": "hearken-official-recommendations", "version": 1, …{"}"}.
err-official-too-many = В файле больше { PLURAL($max) ->
    [one] { $max } рекомендации
    [few] { $max } рекомендаций
    [many] { $max } рекомендаций
   *[other] { $max } рекомендации
}.
err-tracking-unknown-official = Нет официальной рекомендации с идентификатором «{ $id }».
rec-tracking-unknown-official = Сначала импортируйте официальные рекомендации или выведите их список командой «hearken tracking list».
err-tracking-unknown-state = Статуса «{ $state }» не существует.
rec-tracking-unknown-state = Допустимые статусы: not_started, in_progress, partially_implemented, implemented, regressed и no_information.
err-tracking-future-date = Дата в будущем: история фиксирует то, что уже произошло.
err-tracking-review-before = Дата следующей проверки должна быть позже даты записи.
err-tracking-already-linked = Они уже связаны.
err-tracking-not-linked = Они не связаны.
err-tracking-not-tracked = Отслеживаются только официальные рекомендации и рекомендации сообществ.
err-file-folder-in-use = Папка не пуста и не содержит прежней сводной панели; ничего не записано.
rec-file-folder-in-use = Выберите новую или пустую папку.

## States, mechanisms, responses
state-not-started = Не начато
state-in-progress = Выполняется
state-partially-implemented = Выполнено частично
state-implemented = Выполнено
state-regressed = Ухудшение
state-no-information = Нет информации
mechanism-upr = УПО
mechanism-treaty = Договорный орган
mechanism-community = Рекомендация сообщества
response-supported = Поддержана
response-noted = Принята к сведению

## Evaluation
question-felt-safe = Было безопасно высказываться
question-own-language = Могли говорить на своём языке
question-accessible = Потребности в доступности учтены
question-again = Приняли бы участие снова
answer-yes = Да
answer-partly = Частично
answer-no = Нет
answer-unanswered = Нет ответа

## Progress review
rv-title = Ход выполнения: что стало с рекомендациями
rv-as-of = Положение на { $date }
rv-summary = Итоги
rv-fig-official = официальные рекомендации
rv-fig-community = рекомендации сообществ
rv-fig-due = ожидают проверки
rv-col-state = Статус
rv-col-count = Рекомендации
rv-col-theme = Тема
rv-chart-states = Рекомендации по статусам
rv-by-theme = По темам
rv-no-themes = Ни одна рекомендация пока не связана с темой.
rv-by-body = По ответственным органам
rv-no-body = Ответственный орган не указан
rv-evaluation = Как участники оценили процесс
rv-evaluation-intro = { PLURAL($sessions) ->
    [one] На { $sessions } встрече
    [few] На { $sessions } встречах
    [many] На { $sessions } встречах
   *[other] На { $sessions } встречи
} собраны анонимные оценки; число ответивших: { $people }. Числа ниже порога не показываются.
rv-question = Вопрос
rv-status = Статус: { $state } (с { $since })
rv-next-review = следующая проверка: { $date }
rv-linked = Связанные рекомендации: { $codes }
rv-quote-from = Цитата { $code }
rv-quote-trace = Цитата { $code } · встреча { $session } · пакет { $bundle }
rv-recommended-by = рекомендующее государство: { $state }

## Community update (one page)
up-title = Что стало с вашими словами
up-issued = Обновление от { $date }
up-fig-sessions = диалоги с сообществами
up-fig-people = число участников
up-fig-quotes = записанные высказывания
up-heard = Что мы услышали
up-theme = { $theme }: { PLURAL($quotes) ->
    [one] { $quotes } цитата
    [few] { $quotes } цитаты
    [many] { $quotes } цитат
   *[other] { $quotes } цитаты
} из { PLURAL($sessions) ->
    [one] { $sessions } диалога
    [few] { $sessions } диалогов
    [many] { $sessions } диалогов
   *[other] { $sessions } диалога
}
up-happened = Что произошло с тех пор
up-more = и ещё { PLURAL($n) ->
    [one] { $n } рекомендация
    [few] { $n } рекомендации
    [many] { $n } рекомендаций
   *[other] { $n } рекомендации
}
up-nothing-yet = Пока ничего не записано.
up-evaluation = Как вы оценили диалоги

## Dashboard
db-skip = Перейти к содержанию
db-nav-pages = Страницы
db-nav-language = Язык
db-nav-pager = Страницы рекомендаций
db-overview = Общие сведения
db-recommendations = Рекомендации
db-recommendations-page = Рекомендации, страница { $page } из { $pages }
db-records = Тексты и история
db-records-page = Тексты и история, страница { $page } из { $pages }
db-records-intro = Каждый код открывает полный текст рекомендации, её историю и то, что сказали сообщества, на языке, на котором они написаны.
db-col-code = Рекомендация
db-col-since = Действует с
db-bodies = Ответственные органы
db-communities = Сообщества
db-footer = Опубликовано с помощью Hearken { $date }. Число людей меньше { $k } точно не показывается. Цитаты приводятся, только если сказавший согласился на их передачу.
db-chart-states = Рекомендации по статусам
db-fig-sessions = диалоги с сообществами
db-fig-people = число участников
db-states = На каком этапе рекомендации
db-mechanisms = По механизмам
db-col-mechanism = Механизм
db-none = Пока ни одна рекомендация не отслеживается.
db-history = История
db-voices = Что сказали сообщества
db-col-body = Ответственный орган
db-communities-intro = { PLURAL($sessions) ->
    [one] { $sessions } диалог с сообществами
    [few] { $sessions } диалога с сообществами
    [many] { $sessions } диалогов с сообществами
   *[other] { $sessions } диалога с сообществами
}, участников: { $people }.
db-regions = Диалоги по регионам
db-col-region = Регион
db-col-sessions = Диалоги
db-col-people = Люди
db-themes = Что прозвучало, по темам
db-col-quotes = Цитаты

## CLI
tracking-imported = { PLURAL($added) ->
    [one] Импортирована { $added } официальная рекомендация
    [few] Импортированы { $added } официальные рекомендации
    [many] Импортировано { $added } официальных рекомендаций
   *[other] Импортировано { $added } официальной рекомендации
} (уже известны и не изменились: { $unchanged }).
tracking-changed = { PLURAL($n) ->
    [one] { $n } рекомендация с уже известным идентификатором имеет в файле другие поля и оставлена как была
    [few] { $n } рекомендации с уже известными идентификаторами имеют в файле другие поля и оставлены как были
    [many] { $n } рекомендаций с уже известными идентификаторами имеют в файле другие поля и оставлены как были
   *[other] { $n } рекомендации с уже известными идентификаторами имеют в файле другие поля и оставлены как были
}: { $ids }. Чтобы записать новые версии, импортируйте файл снова с параметром --replace-changed.
tracking-replaced = { PLURAL($n) ->
    [one] { $n } рекомендация с уже известным идентификатором изменилась и заменена
    [few] { $n } рекомендации с уже известными идентификаторами изменились и заменены
    [many] { $n } рекомендаций с уже известными идентификаторами изменились и заменены
   *[other] { $n } рекомендации с уже известными идентификаторами изменились и заменены
} (прежние тексты сохранены как записи об исправлении): { $ids }.
tracking-col-id = Id
tracking-col-mechanism = Механизм
tracking-col-state = Статус
tracking-col-since = С даты
tracking-col-body = Ответственный орган
tracking-col-text = Текст
tracking-col-date = Дата
tracking-col-evidence = Подтверждение
tracking-col-source = Источник
tracking-col-by = Кем записано
tracking-none-due = Нет рекомендаций, ожидающих проверки.
tracking-exported = Данные отслеживания записаны в { $path }.
tracking-linked = Связь с { $target } создана.
tracking-unlinked = Связь с { $target } удалена.
dashboard-done = Сводная панель записана в { $path } ({ PLURAL($files) ->
    [one] { $files } файл
    [few] { $files } файла
    [many] { $files } файлов
   *[other] { $files } файла
}).
evaluation-added = Оценка { $id } записана ({ PLURAL($redacted) ->
    [one] в комментарии заменена { $redacted } идентифицирующая деталь
    [few] в комментарии заменены { $redacted } идентифицирующие детали
    [many] в комментарии заменено { $redacted } идентифицирующих деталей
   *[other] в комментарии заменено { $redacted } идентифицирующей детали
}).
evaluation-col-id = Id
evaluation-col-session = Встреча
evaluation-col-comment = Комментарий
update-created = Подписанное обновление для сообществ записано в { $path }.
update-imported = Импортировано обновление «{ $title }» от { $date } ({ PLURAL($n) ->
    [one] { $n } рекомендация
    [few] { $n } рекомендации
    [many] { $n } рекомендаций
   *[other] { $n } рекомендации
}).
db-fewer-than = меньше { $k }
db-withheld = скрыто
db-table-states = Рекомендации по статусам в цифрах
db-table-mechanisms = Рекомендации по механизмам и статусам
db-table-evaluation = Ответы на каждый вопрос
db-table-bodies = Рекомендации по ответственным органам и статусам
