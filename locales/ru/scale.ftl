# Длительные операции: ход выполнения, отмена и демонстрация в большом масштабе.

stage-generating = Создание встреч
stage-importing = Импорт пакетов
stage-synthesis = Чтение данных встреч
stage-rendering = Печать страниц
stage-exporting = Сохранение записей

err-cancelled = Операция отменена.
rec-cancelled = Ничего недоделанного не сохранено: импорт оставляет только те пакеты, которые успел обработать, каждый целиком, а файл записывается либо полностью, либо не записывается вовсе. Запустите операцию снова, когда будете готовы.

demo-scale-done = Демонстрационные данные созданы: { PLURAL($sessions) ->
    [one] { $sessions } встреча
    [few] { $sessions } встречи
    [many] { $sessions } встреч
   *[other] { $sessions } встречи
}, { PLURAL($quotes) ->
    [one] { $quotes } цитата
    [few] { $quotes } цитаты
    [many] { $quotes } цитат
   *[other] { $quotes } цитаты
} с { PLURAL($devices) ->
    [one] { $devices } устройства
    [few] { $devices } устройств
    [many] { $devices } устройств
   *[other] { $devices } устройства
} (цитат удалено из-за отзыва согласия: { $withdrawn }; согласий сужено: { $narrowed }).
demo-scale-bundles = { PLURAL($n) ->
    [one] { $n } пакет находится в { $dir }. Импортируйте его командой
    [few] { $n } пакета находятся в { $dir }. Импортируйте их командой
    [many] { $n } пакетов находятся в { $dir }. Импортируйте их командой
   *[other] { $n } пакета находятся в { $dir }. Импортируйте их командой
} "hearken import --approve-new-keys", затем выполните "hearken demo --follow-up".
demo-follow-up-done = { PLURAL($links) ->
    [one] { $links } рекомендация сообщества связана
    [few] { $links } рекомендации сообществ связаны
    [many] { $links } рекомендаций сообществ связано
   *[other] { $links } рекомендации сообществ связано
} с официальными; { PLURAL($history) ->
    [one] в историю добавлена { $history } запись
    [few] в историю добавлены { $history } записи
    [many] в историю добавлено { $history } записей
   *[other] в историю добавлено { $history } записи
}.

ui-progress-cancel = Отмена
ui-progress-cancelling = Идёт отмена…
ui-progress-step = { $stage }: { $done } из { $total }
ui-progress-cancelled = Операция отменена. { PLURAL($done) ->
    [one] До отмены был полностью импортирован { $done } файл
    [few] До отмены были импортированы { $done } файла, каждый полностью
    [many] До отмены было импортировано { $done } файлов, каждый полностью
   *[other] До отмены было импортировано { $done } файла, каждый полностью
}; больше ничего не изменено.
