# Рамочный доклад («Что мы услышали и предлагаемые дальнейшие действия») и
# одностраничная сводка «Что мы услышали» по каждой встрече.
fw-title = Что мы услышали и предлагаемые дальнейшие действия
fw-period = Встречи проведены с { $from } по { $to }
fw-reach = { PLURAL($sessions) ->
    [one] { $sessions } встреча
    [few] { $sessions } встречи
    [many] { $sessions } встреч
   *[other] { $sessions } встречи
} · охвачено участников: { $people } · { PLURAL($quotes) ->
    [one] { $quotes } цитата
    [few] { $quotes } цитаты
    [many] { $quotes } цитат
   *[other] { $quotes } цитаты
}
fw-method = Методология
fw-method-intro = В этом отчёте собраны диалоги с сообществами, проведённые в рамках этой консультации. Каждую встречу вели подготовленные ведущие: они записывали информированное согласие каждого участника, фиксировали их слова под псевдонимными кодами и передавали координатору в подписанном и зашифрованном пакете. Цитата приводится здесь, только если согласие сказавшего это допускает; слова участников, отозвавших согласие, удалены отовсюду.
fw-fig-sessions = Встречи
fw-fig-participants = Охвачено участников
fw-fig-quotes = Записано цитат
fw-fig-regions = Регионы
fw-fig-languages = Языки
fw-sessions-by-region = Встречи и участники по регионам
fw-sessions-by-language = Встречи и участники по языкам
fw-col-region = Регион
fw-col-language = Язык
fw-col-group = Группа
fw-col-sessions = Встречи
fw-col-people = Люди
fw-col-quotes = Цитаты
fw-col-theme = Тема
fw-col-themes = Темы
fw-col-date = Дата
fw-col-place = Место
fw-col-session = Встреча
fw-col-languages = Языки
fw-col-bundle = Пакет / устройство
fw-col-need = Потребность
fw-col-recommendation = Рекомендация
fw-col-duty-bearer = Носитель обязанностей
fw-col-references = Ссылки
fw-col-sources = Прозвучало на встрече
fw-col-pair = Темы
fw-total = Итого
fw-coverage = Участие и покрытие
fw-coverage-intro = Кто участвовал, где и на каком языке. Люди учитываются как записи участников — по регионам и по языку согласия; демографические группы взяты из подсчётов, записанных каждым ведущим.
fw-chart-regions = Участники по регионам
fw-chart-languages = Участники по языку согласия
fw-chart-groups = Учтённые люди по демографическим группам
fw-gaps = Пробелы в покрытии
fw-gaps-intro = Консультация предполагала услышать эти регионы и группы, но ни одна встреча их пока не охватила:
fw-gap-region = Регион без встреч: { $region }
fw-gap-group = Группа, в которой никто не учтён: { $group }
fw-gaps-none = Все регионы и группы, названные в консультации, охвачены.
fw-findings = Выводы по темам
fw-findings-intro = Как часто поднималась каждая тема кодовой книги. Цитата, закодированная подтемой, один раз учитывается и для родительской темы. Цитаты приводятся на языке, на котором они прозвучали, с переводом, если ведущий его дал; у каждой указаны встреча и пакет, из которого она получена.
fw-chart-theme-quotes = Цитаты по темам
fw-chart-theme-sessions = Встречи, на которых поднималась каждая тема
fw-matrix-region = Цитаты по темам и регионам
fw-matrix-group = Цитаты по темам и демографическим группам встречи
fw-co-occurrence = Темы, поднятые вместе
fw-co-none = Ни одна цитата не закодирована двумя темами.
fw-theme-counts = { PLURAL($quotes) ->
    [one] { $quotes } цитата
    [few] { $quotes } цитаты
    [many] { $quotes } цитат
   *[other] { $quotes } цитаты
} с { PLURAL($sessions) ->
    [one] { $sessions } встречи
    [few] { $sessions } встреч
    [many] { $sessions } встреч
   *[other] { $sessions } встречи
}.
fw-theme-nothing-shown = Ни одну цитату по этой теме нельзя привести в этом отчёте: данное согласие этого не допускает.
fw-themes-silent = Темы, не поднятые ни на одной встрече: { $themes }
fw-attribution = { $speaker } · встреча { $session } ({ $date }, { $place }) · пакет { $bundle }
fw-attribution-local = { $speaker } · встреча { $session } ({ $date }, { $place }) · записано на этом устройстве
fw-speaker-group = группа
fw-local = это устройство
fw-needs = Задокументированные потребности
fw-needs-none = Ни одна потребность не задокументирована.
fw-recommendations = Рекомендации
fw-recommendations-intro = Действия, предложенные сообществами, сгруппированные по темам и по договорным обязательствам, к которым они относятся. Если координатор объединил две рекомендации об одном и том же, они приводятся один раз со всеми встречами, на которых прозвучали.
fw-by-theme = По темам
fw-col-number = №
fw-col-obligation = Обязательство
fw-col-recommendations = Рекомендации
fw-by-reference-intro = Каждое договорное обязательство или рекомендация УПО — с относящимися к нему рекомендациями, приведёнными выше (по номерам).
fw-by-reference = По договорным обязательствам
fw-unthemed = Без темы
fw-unreferenced = Без связанного обязательства
fw-recommendations-none = Ни одна рекомендация не записана.
fw-annex = Приложение: встречи
fw-summary-title = Что мы услышали: { $place }
fw-summary-byline = { $date } · { $place }, { $region }
fw-summary-discussed = О чём мы говорили
fw-summary-words = Вашими словами
fw-summary-needs = Что вам нужно
fw-summary-recommendations = О чём вы просили
fw-summary-no-quotes = Ни одну цитату с этой встречи нельзя привести здесь.
fw-summary-more = { PLURAL($n) ->
    [one] Ещё { $n } пункт приведён в полном отчёте.
    [few] Ещё { $n } пункта приведены в полном отчёте.
    [many] Ещё { $n } пунктов приведены в полном отчёте.
   *[other] Ещё { $n } пункта приведены в полном отчёте.
}
fw-summary-next = Спасибо за участие. Сказанное вами будет объединено с диалогами других сообществ в отчёте «{ $engagement }». Ничьих имён в нём нет. Вы всё ещё можете отозвать согласие: обратитесь к ведущему.

err-report-language = Языка отчёта «{ $lang }» нет.
rec-report-language = Выберите один из: en, fr, es, ar, ru.
err-report-session = Эта встреча не входит в отчёт.
rec-report-session = Проверьте идентификатор встречи командой «hearken session list», а также фильтры.
err-merge-same = Рекомендацию нельзя объединить саму с собой.
err-merge-engagement = Объединять можно только рекомендации одной консультации.
err-merge-chain = Эта рекомендация уже объединена или с ней объединены другие.
rec-merge-chain = Объединяйте в сохраняемую рекомендацию или сначала отмените прежнее объединение.
err-merge-none = Эти рекомендации не объединены.
recommendation-merged = Объединено: сводка теперь показывает { $kept } с источниками обеих.
recommendation-merged-line = { $kept } также представляет { $merged } (объединение)
recommendation-unmerged = Отменено: { $merged } снова показывается отдельно.
report-pdf-done = { PLURAL($pages) ->
    [one] Отчёт на { $pages } странице записан в { $path }.
    [few] Отчёт на { $pages } страницах записан в { $path }.
    [many] Отчёт на { $pages } страницах записан в { $path }.
   *[other] Отчёт на { $pages } страницы записан в { $path }.
}
fw-differencing = Этот отчёт охватывает только часть процесса консультаций. При сравнении с отчётом по всему процессу его данные о числе людей показали бы, сколько человек участвовало в других местах в группах меньше { $k }, поэтому они не приводятся.
fw-filtered = Отфильтрованный отчёт: { $filters }
fw-filter-regions = регионы: { $list }
fw-filter-languages = языки: { $list }
fw-filter-groups = группы: { $list }
fw-filter-dates = встречи с { $from } по { $to }
language-en = английский
language-fr = французский
language-es = испанский
language-ar = арабский
language-ru = русский
