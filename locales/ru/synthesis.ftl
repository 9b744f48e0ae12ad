synthesis-reach = { PLURAL($sessions) ->
    [one] { $sessions } встреча
    [few] { $sessions } встречи
   *[other] { $sessions } встреч
}, { PLURAL($quotes) ->
    [one] { $quotes } цитата
    [few] { $quotes } цитаты
   *[other] { $quotes } цитат
}, охвачено участников: { $people }.
synthesis-by-region = Участники по регионам
synthesis-by-language = Участники по языку согласия
synthesis-by-group = Учтённые люди по группам
synthesis-col-name = Название
synthesis-col-sessions = Встречи
synthesis-col-people = Люди
synthesis-col-code = Код
synthesis-col-theme = Тема
synthesis-col-quotes = Цитаты
synthesis-total = Всего
synthesis-gaps = Пока не охвачено
synthesis-gap-region = Регион без встреч: { $region }
synthesis-gap-group = Группа, в которой никто не учтён: { $group }
synthesis-themes = Темы (цитата с подтемой учитывается и в родительской теме)
synthesis-co-occurrence = Темы, закодированные вместе
synthesis-quote-count = { PLURAL($n) ->
    [one] { $n } цитата
    [few] { $n } цитаты
   *[other] { $n } цитат
}
synthesis-actions = { PLURAL($needs) ->
    [one] { $needs } задокументированная потребность
    [few] { $needs } задокументированные потребности
   *[other] { $needs } задокументированных потребностей
}, { PLURAL($recommendations) ->
    [one] { $recommendations } рекомендация
    [few] { $recommendations } рекомендации
   *[other] { $recommendations } рекомендаций
}
synthesis-recommendation-count = { PLURAL($n) ->
    [one] { $n } рекомендация
    [few] { $n } рекомендации
   *[other] { $n } рекомендаций
}
synthesis-representative = Характерные цитаты
synthesis-not-shareable = согласие не распространяется на передачу за пределы координатора
report-export-done = Экспортировано: { PLURAL($quotes) ->
    [one] { $quotes } цитата
    [few] { $quotes } цитаты
   *[other] { $quotes } цитат
} в { $path }.
err-export-write = Не удалось записать экспорт.
rec-export-write = Проверьте, что папка существует, что в неё можно писать и что на диске есть место, затем повторите.
err-export-archive = Не удалось собрать архив проекта.
rec-export-archive = Это ошибка Hearken; пожалуйста, сообщите о ней.
