# Помощник обезличивания: метки, заменяющие данные в цитатах, названия типов
# для списков, вывод малых ячеек, вывод командной строки и ошибки.

redact-placeholder-name = [имя]
redact-placeholder-place = [место]
redact-placeholder-email = [эл. почта]
redact-placeholder-phone = [телефон]
redact-placeholder-url = [ссылка]
redact-placeholder-handle = [аккаунт]
redact-placeholder-id-number = [номер документа]
redact-placeholder-date-of-birth = [дата рождения]
redact-placeholder-gps = [координаты]
redact-placeholder-address = [адрес]
redact-placeholder-age-attribute = [возраст и признак]

redact-kind-name = имя
redact-kind-place = место
redact-kind-email = адрес эл. почты
redact-kind-phone = номер телефона
redact-kind-url = ссылка
redact-kind-handle = аккаунт в соцсетях
redact-kind-id-number = номер документа или дела
redact-kind-date-of-birth = дата рождения
redact-kind-gps = координаты GPS
redact-kind-address = почтовый адрес
redact-kind-age-attribute = возраст с редким признаком (проверить)

redact-cli-none = Идентифицирующих данных не найдено.
redact-cli-found = { PLURAL($count) ->
    [one] Найдена { $count } идентифицирующая деталь:
    [few] Найдены { $count } идентифицирующие детали:
   *[many] Найдено { $count } идентифицирующих деталей:
}
redact-cli-finding = { $kind }, символы с { $start } по { $end }
redact-cli-redacted = Обезличенный текст:

redact-cell-below = <{ $k }
redact-cell-withheld = x
redact-cell-note = Числа меньше { $k } показаны как «<{ $k }». Число, отмеченное «x», скрыто, чтобы малое число нельзя было вычислить по итогам.

err-redact-entry-too-long = Строка { $line } списка длиннее { $max } символов; это не может быть имя или место.
rec-redact-entry-too-long = Указывайте одно имя или место в строке.
err-redact-lists-too-large = Списки имён и мест слишком велики.
rec-redact-lists-too-large = Оставьте только имена и места этой консультации.
err-redact-span-out-of-range = Фрагмент для скрытия (символы с { $start } по { $end }) выходит за пределы цитаты ({ $len } символов). Ничего не изменено.
err-redact-unresolved-findings = { PLURAL($count) ->
    [one] В цитате осталась { $count } идентифицирующая деталь.
    [few] В цитате остались { $count } идентифицирующие детали.
   *[many] В цитате осталось { $count } идентифицирующих деталей.
}
rec-redact-unresolved-findings = Скройте каждую или отметьте как проверенную, если её можно оставить.
err-redact-table-shape = { $len } чисел не заполняют таблицу из { $rows } строк и { $cols } столбцов.
err-redact-threshold-too-low = Порог { $k } не позволяет скрыть малые числа.
rec-redact-threshold-too-low = Используйте порог не меньше 3 (по умолчанию 5).
err-redact-cannot-protect = Эту таблицу нельзя показать, не раскрыв малое число.
rec-redact-cannot-protect = Объедините малые категории или уберите таблицу.

err-redact-cli-list-not-utf8 = Файл списка { $path } не в кодировке UTF-8.
rec-redact-cli-list-not-utf8 = Сохраните его в UTF-8, по одному имени или месту в строке.
err-redact-cli-input-unreadable = Не удаётся прочитать текст со стандартного ввода.
err-redact-cli-input-not-utf8 = Текст на стандартном вводе не в кодировке UTF-8.
err-redact-cli-input-too-long = Текст длиннее { $max } байт.
rec-redact-cli-input-too-long = Проверяйте по одной цитате.
err-redact-cli-output = Не удалось вывести результат.
