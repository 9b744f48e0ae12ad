# Редактор отчёта в приложении и выбор цитат (координатор).

coord-screen-report-texts = Тексты отчёта
coord-texts-heading = Собственные тексты отчёта
coord-texts-intro = Напишите то, что можете написать только вы: краткое изложение, контекст, ограничения, благодарности и строки обложки — на каждом языке, на котором печатается отчёт. Рамочный отчёт печатает их на их собственном языке и никогда не подставляет вместо них текст на другом языке; только для обложки, если текста нет, используется английский.
coord-texts-written = Уже написано
coord-texts-part = Часть
coord-texts-part-cover = Обложка
coord-texts-part-summary = Краткое изложение
coord-texts-part-context = Контекст
coord-texts-part-limitations = Ограничения
coord-texts-part-acknowledgements = Благодарности
coord-texts-words = { PLURAL($n) ->
    [one] { $n } слово
    [few] { $n } слова
    [many] { $n } слов
   *[other] { $n } слова
}
coord-texts-text = Текст
coord-texts-hint = Простой текст: # Заголовок, ## Подзаголовок; пустая строка между абзацами; «- » или «1. » в начале строки для списков; *выделение* и **жирный** печатаются жирным шрифтом. Оставьте поле пустым и сохраните, чтобы удалить эту часть.
coord-texts-hint-cover = По одной строке на каждый элемент: «organisation: …» (столько строк, сколько организаций), «review: …» (договорный орган и сессия или цикл универсального периодического обзора), «date: …» и «annex: …» (где находится полный отчёт).
coord-texts-save = Сохранить
coord-texts-saved = Сохранено.
coord-texts-removed = Удалено: в отчёте больше нет этой части на этом языке.
coord-texts-unchanged = Ничего не изменилось: этот текст уже сохранён.
coord-texts-preview = Предварительный просмотр
coord-texts-cover-organisation = Представлено организациями
coord-texts-cover-review = Рассмотрение
coord-texts-cover-date = Дата
coord-texts-cover-annex = Полный отчёт
coord-texts-total = Слов в текстах на этом языке: { $words }

coord-report-submission = Версия для представления с лимитом слов
coord-report-submission-hint = Оставляет наиболее подкреплённые темы, потребности и рекомендации, которые помещаются в лимит, вместе с вашими текстами и сообщает, что не вошло и где находится полный отчёт. Учитывается каждое слово основного текста.
coord-report-max-words = Лимит слов
coord-report-saved-submission = Сохранено в { $path }: слов: { $words } (не более { $max }), страниц: { $pages }.

coord-curate-pin = Закрепить за этой темой
coord-curate-unpin = Открепить
coord-curate-exclude = Исключить из отчётов
coord-curate-include = Снова включить в отчёты
coord-curate-pinned = Закреплена
coord-curate-excluded = Исключена из отчётов
coord-curate-chosen = В отчёте
coord-curate-done-pin = Закреплена: отчёт показывает эту цитату в этой теме первой, пока это допускает согласие.
coord-curate-done-unpin = Откреплена: выбор снова делается автоматически.
coord-curate-done-exclude = Исключена из всех отчётов.
coord-curate-done-include = Цитату снова можно выбирать для отчётов.

coord-rec-suggested = Предлагаемые объединения
coord-rec-suggested-none = Нет рекомендаций, достаточно похожих друг на друга, чтобы предложить их объединение.
coord-rec-suggested-intro = Эти рекомендации на одном языке используют почти одни и те же слова. Отметьте те, что говорят об одном и том же, и объедините их сразу; каждое объединение можно отменить ниже.
coord-rec-suggested-into = в: { $text } (сходство { $likeness } %)
coord-rec-merge-suggested = Объединить отмеченные
coord-rec-merged-many = { PLURAL($n) ->
    [one] Объединена { $n } рекомендация.
    [few] Объединены { $n } рекомендации.
    [many] Объединено { $n } рекомендаций.
   *[other] Объединено { $n } рекомендации.
}

coord-format-docx = Рамочный отчёт, редактируемый (документ Word)
coord-format-docx-hint = Тот же отчёт в файле .docx, который открывают Word и LibreOffice, чтобы партнёры могли отредактировать его перед подачей; диаграммы становятся таблицами их значений.
coord-report-saved-docx = Сохранено: { $path }.
coord-report-docx-words = Слов в представлении: { $words } (лимит: { $max }).
