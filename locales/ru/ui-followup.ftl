# Настольное приложение: отслеживание выполнения рекомендаций. Экран
# «Отслеживание» координатора (ui/src/screens/coordinator/Tracking*.svelte) и
# экраны «Оценка» и «Обновление» ведущего (ui/src/screens/facilitator/).
# Статусы, механизмы, ответы, вопросы и заголовки обновления (rv-*, up-*)
# находятся в tracking.ftl. Сообщения fac-p- обращены к участнику и
# показываются на его языке.

coord-screen-tracking = Отслеживание
fac-screen-evaluation = Оценка
fac-screen-update = Обновление

ui-path-or-dialog = Оставьте пустым, чтобы выбрать в окне.

## Отслеживание: экран и список

coord-track-heading = Отслеживание выполнения рекомендаций
coord-track-intro = Что стало с рекомендациями: с официальными рекомендациями универсального периодического обзора и договорных органов и с собственными рекомендациями сообществ. Каждое изменение — новая запись в истории; ничего не редактируется и не удаляется.
coord-track-loading = Загрузка данных отслеживания…
coord-track-filter-article = Статья договора
coord-track-filter-due = Только ожидающие проверки
coord-track-count = Показано { $shown } из { PLURAL($total) ->
    [one] { $total } рекомендации
    [few] { $total } рекомендаций
    [many] { $total } рекомендаций
   *[other] { $total } рекомендации
}.
coord-track-empty = Пока ничего не отслеживается. Импортируйте официальные рекомендации или пакеты, в которых есть рекомендации сообществ.
coord-track-none-shown = Ни одна рекомендация не соответствует этим фильтрам.
coord-track-list-caption = Отслеживаемые рекомендации
coord-track-list-keys = В списке стрелки вверх и вниз переходят от одной рекомендации к следующей; Enter показывает её ниже.
coord-track-due = ожидает проверки

## Отслеживание: импорт официальных рекомендаций

coord-track-import-heading = Официальные рекомендации
coord-track-import-intro = Импортируйте рекомендации, принятые механизмом, из файла CSV или JSON. Файл импортируется целиком или не импортируется вовсе.
coord-track-import-path = Файл для импорта (CSV или JSON)
coord-track-import = Импортировать официальные рекомендации…
coord-track-import-dialog = Официальные рекомендации для импорта
coord-track-changed = { PLURAL($n) ->
    [one] { $n } рекомендация с уже известным идентификатором имеет в этом файле другие поля. Она оставлена как была:
    [few] { $n } рекомендации с уже известными идентификаторами имеют в этом файле другие поля. Они оставлены как были:
    [many] { $n } рекомендаций с уже известными идентификаторами имеют в этом файле другие поля. Они оставлены как были:
   *[other] { $n } рекомендации с уже известными идентификаторами имеют в этом файле другие поля. Они оставлены как были:
}
coord-track-replace = Заменить изменившиеся
coord-track-replace-hint = Новые версии записываются; история сохраняет прежние тексты как записи об исправлении.

## Отслеживание: одна рекомендация

coord-track-choose = Выберите рекомендацию в списке, чтобы увидеть её историю и записать изменение.
coord-track-since = с { $date }
coord-track-next-review = Следующая проверка
coord-track-articles = Статьи договоров
coord-track-themes = Темы
coord-track-none-listed = Нет
coord-track-due-note = Ожидает проверки: наступила дата следующей проверки или за год ничего не было записано.
coord-track-not-shareable = Согласие группы на встрече, где прозвучала эта рекомендация, не распространяется на передачу: рекомендация не попадает в обзор хода выполнения, на сводную панель и в обновления для сообществ.
coord-track-links-official = Официальные рекомендации, которые она поддерживает
coord-track-links-community = Связанные с ней рекомендации сообществ
coord-track-links-none = Связей пока нет.
coord-track-show = Показать { $code }
coord-track-unlink = Удалить связь с { $code }
coord-track-suggestions = Предложения
coord-track-suggestions-hint = Официальные рекомендации, идентификатор или статьи которых совпадают со ссылками этой рекомендации или её тем. Ничего не связывается, пока вы не выберете.
coord-track-suggestions-none = Предложений нет.
coord-track-link = Связать с { $code }
coord-track-linked-articles = Связанные статьи договоров
coord-track-link-article = Связать со статьёй договора
coord-track-link-article-hint = Пишите так, как ссылки записаны в кодовой книге, например CEDAW art. 14.
coord-track-link-article-submit = Связать со статьёй
coord-track-quotes = Что было сказано
coord-track-quote-private = только для координатора
coord-track-history = История
coord-track-history-hint = Записи никогда не изменяются и не удаляются. Чтобы исправить запись, добавьте новую с той же датой и укажите в ней, что она исправляет.
coord-track-history-empty = Пока ничего не записано.

## Отслеживание: запись изменения

coord-track-form-heading = Записать изменение
coord-track-form-intro = Запись добавляется в историю { $code }. Ctrl+Enter сохраняет её из любого поля.
coord-track-field-state = Новый статус
coord-track-field-date = Дата подтверждения
coord-track-field-date-hint = Год-месяц-день, не позже сегодняшнего дня.
coord-track-field-evidence = Подтверждение (обязательно)
coord-track-field-evidence-hint = Что подтверждает этот статус: закон, решение, строка бюджета, визит.
coord-track-field-source = Источник
coord-track-field-source-hint = Документ или ссылка, откуда взято подтверждение.
coord-track-field-body = Ответственный орган
coord-track-field-body-keep = Оставьте пустым, чтобы сохранить текущий: { $body }.
coord-track-field-body-none = Оставьте пустым, если он пока неизвестен.
coord-track-field-next-review = Дата следующей проверки
coord-track-field-next-review-hint = Необязательно. Год-месяц-день, позже даты записи.
coord-track-submit = Записать изменение
coord-track-shortcut = Ctrl+Enter
coord-track-evidence-required = Укажите подтверждение этого изменения.
coord-track-recorded = Записано для { $code }: { $state } с { $date }.

## Отслеживание: выходные материалы

coord-track-outputs-heading = Выходные материалы
coord-track-outputs-intro = В них попадает только то, что может выйти за пределы координатора: официальные рекомендации, рекомендации сообществ, если согласие группы распространяется на передачу, и цитаты, если сказавшие согласились на их передачу.
coord-track-out-path = Сохранить в (файл или папка для сводной панели)
coord-track-review-language = Язык обзора хода выполнения
coord-track-write-review = Обзор хода выполнения (PDF)
coord-track-write-dashboard = Сводная панель (папка веб-страниц)
coord-track-write-open-data-csv = Открытые данные (CSV)
coord-track-write-open-data-json = Открытые данные (JSON)
coord-track-write-update = Обновление для сообществ (подписанный файл)
coord-track-dialog-review = Сохранить обзор хода выполнения как
coord-track-dialog-dashboard = Папка для сводной панели
coord-track-dialog-open-data = Сохранить открытые данные как
coord-track-dialog-update = Сохранить обновление для сообществ как
coord-track-writing = Запись…
coord-track-written-review = Обзор хода выполнения сохранён в { $path }: { PLURAL($pages) ->
    [one] { $pages } страница
    [few] { $pages } страницы
    [many] { $pages } страниц
   *[other] { $pages } страницы
}, { $size }.
coord-track-written-dashboard = Сводная панель записана в { $path }: { PLURAL($files) ->
    [one] { $files } файл
    [few] { $files } файла
    [many] { $files } файлов
   *[other] { $files } файла
}, { $size }.
coord-track-written-file = Сохранено: { $path } ({ $size }).
coord-track-written-update = Обновление для сообществ подписано и сохранено в { $path } ({ $size }). Отправьте его ведущим: их приложение напечатает его на одной странице.

## Оценка (сторона ведущего)

fac-eval-heading = Оценка диалога
fac-eval-intro = В конце встречи передавайте компьютер участникам по одному. Ответы анонимны: к ним не привязываются ни код, ни имя, и этот экран никогда не показывает, кто что ответил.
fac-eval-count = { PLURAL($n) ->
    [one] Для этой встречи записана { $n } оценка.
    [few] Для этой встречи записаны { $n } оценки.
    [many] Для этой встречи записано { $n } оценок.
   *[other] Для этой встречи записано { $n } оценки.
}
fac-eval-saved = Оценка { $n } записана. Форма готова для следующего человека.
fac-eval-redacted = { PLURAL($n) ->
    [one] В комментарии заменена { $n } идентифицирующая деталь.
    [few] В комментарии заменены { $n } идентифицирующие детали.
    [many] В комментарии заменено { $n } идентифицирующих деталей.
   *[other] В комментарии заменено { $n } идентифицирующей детали.
}

## Оценка (для участника, на его языке)

fac-p-eval-title = Как прошёл для вас этот диалог?
fac-p-eval-intro = Ваши ответы анонимны: никто не сможет узнать, что вы ответили. Любой вопрос можно пропустить.
fac-p-eval-comment = Что ещё вы хотели бы нам сказать (необязательно)
fac-p-eval-comment-hint = Имена и номера заменяются автоматически, прежде чем ваш комментарий будет сохранён.
fac-p-eval-save = Сохранить мои ответы

## Обновление (сторона ведущего)

fac-update-heading = Что стало с вашими словами
fac-update-intro = Координатор присылает подписанное обновление о том, что стало с рекомендациями сообществ. Импортируйте его здесь, затем напечатайте на одной странице, чтобы вернуть сообществу.
fac-update-import-path = Файл обновления от координатора
fac-update-import = Импортировать обновление
fac-update-dialog = Обновление для сообществ от координатора
fac-update-none = Для консультации этой встречи пока не импортировано ни одного обновления.
fac-update-figures = Основные цифры
fac-update-print-heading = Напечатать для сообщества
fac-update-print-language = Язык страницы
fac-update-print-language-hint = Заголовки переводятся; названия и рекомендации остаются на том языке, на котором были написаны.
fac-update-print-path = Сохранить страницу как
fac-update-print = Напечатать в PDF
fac-update-print-dialog = Сохранить одностраничное обновление как
fac-update-printed = { PLURAL($pages) ->
    [one] { $pages } страница сохранена в { $path } (язык: { $language }).
    [few] { $pages } страницы сохранены в { $path } (язык: { $language }).
    [many] { $pages } страниц сохранено в { $path } (язык: { $language }).
   *[other] { $pages } страницы сохранено в { $path } (язык: { $language }).
}
