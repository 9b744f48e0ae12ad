# Тексты координатора и выбор цитат в рамочном отчёте
# (hearken report-text, hearken quote pin|exclude, режим представления).

## В отчёте
report-list-number = { $n }.
fw-part-summary = Краткое изложение
fw-part-context = Контекст
fw-part-limitations = Ограничения
fw-part-acknowledgements = Благодарности
fw-cover-organisations = Представлено организациями: { $list }
fw-cover-review = Рассмотрение: { $review }
fw-cover-date = Дата: { $date }
fw-submission-cover = Версия для представления: наиболее подкреплённые выводы, лимит слов: { $max }
fw-left-out = Что не вошло в это представление
fw-left-out-none = Ничего не упущено: все прозвучавшие темы, потребности и рекомендации вошли в это представление.
fw-left-out-counts = Не вошло из-за ограничения объёма: поднятые темы: { $themes }; потребности: { $needs }; рекомендации: { $recommendations }.
fw-left-out-where = Полный отчёт со всеми темами, потребностями и рекомендациями и списком встреч находится здесь: { $where }
fw-left-out-ask = Полный отчёт со всеми темами, потребностями и рекомендациями и списком встреч можно получить у организаций, подавших это представление.
fw-submission-recommendation = { $number }: { $text }
fw-submission-recommendation-bearer = { $number }: { $text } ({ $bearer })

## Ошибки
err-editorial-cover-line = Строка { $line } текста обложки не распознана.
rec-editorial-cover-line = Запишите каждую строку в виде «organisation: …», «date: …», «review: …» или «annex: …».
err-editorial-not-under-theme = Эта цитата не закодирована ни этой темой, ни одной из её подтем.
rec-editorial-not-under-theme = Закрепите её за одной из её собственных тем.
err-editorial-excluded = Эта цитата исключена из отчётов.
rec-editorial-excluded = Сначала снова включите её.
err-editorial-pinned-related = Эта цитата уже закреплена за темой выше или ниже этой, а в одной ветви тем цитата показывается только один раз.
rec-editorial-pinned-related = Сначала открепите её от другой темы.
err-editorial-not-in-reports = Согласие сказавшего не допускает использования этой цитаты в отчётах.

## Командная строка
report-submission-done = Представление записано в { $path }: слов: { $words } (не более { $max }), страниц: { $pages }.
report-text-saved = Сохранено: { $part ->
    [summary] краткое изложение
    [context] контекст
    [limitations] ограничения
    [acknowledgements] благодарности
   *[cover] текст обложки
} (язык: { $lang }, слов: { $words }).
report-text-removed = Удалено: { $part ->
    [summary] краткое изложение
    [context] контекст
    [limitations] ограничения
    [acknowledgements] благодарности
   *[cover] текст обложки
} (язык: { $lang }).
report-text-unchanged = Ничего не изменилось: текст уже был таким.
report-text-none = Для этой консультации ещё не написано ни одного текста отчёта.
col-part = Часть
col-words = Слова
quote-pinned = Цитата { $id } закреплена: отчёты показывают её в этой теме первой, пока это допускает согласие.
quote-unpinned = Цитата { $id } больше не закреплена.
quote-excluded = Цитата { $id } исключена из всех отчётов.
quote-included = Цитату { $id } снова можно выбирать для отчётов.
quote-curation-unchanged = Для цитаты { $id } ничего не изменилось.
quote-excluded-mark = исключена из отчётов

## Переводы меток консультации (hearken labels)
label-untranslated = { $label } ({ $language })
err-labels-field = Строка { $n }: поле «{ $field }» отсутствует или недопустимо.
rec-labels-field = «kind» — это «theme», «region» или «group»; «key» — код темы или название региона либо группы в том виде, в каком оно записано в консультации; «lang» — один из языков консультации, кроме первого; «label» — метка не длиннее 200 символов, которую шрифты отчёта должны уметь напечатать.
err-labels-duplicate = Строка { $n } переводит ту же метку на тот же язык, что и одна из предыдущих строк.
err-labels-header = В первой строке должны быть названия столбцов «kind», «key», «lang» и «label» (а при желании также «description» и «source»).
err-labels-bad-line = Не удаётся прочитать строку { $n }: неверное число полей, нарушены кавычки или текст не в кодировке UTF-8.
labels-imported = Переводы — добавлено: { $added }, изменено: { $changed }, удалено: { $removed }, без изменений: { $unchanged }.
labels-none-missing = У каждой метки есть перевод на каждый язык консультации.
labels-template-written = Файл { $path } записан (строк: { $n }): заполните столбцы «label» и «description», затем импортируйте файл командой «hearken labels import».
kit-missing-labels = Недостающих переводов меток тем, регионов или групп: { $n }. На этих языках отчёты и экраны показывают собственные слова консультации с пометкой их языка. Список можно вывести командой «hearken labels show --missing».
col-key = Ключ

## Предлагаемые объединения рекомендаций
recommendation-merged-many = Объединено предложенных пар: { $n }; теперь сводка показывает каждую оставленную рекомендацию с источниками объединённых с ней.
recommendation-no-suggestion = Нет рекомендаций, достаточно похожих друг на друга, чтобы предложить их объединение.
col-kept = Оставлена
col-merged = Объединена
col-similarity = Сходство
report-docx-done = Редактируемый отчёт записан в { $path }.
