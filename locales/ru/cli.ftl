# The hearken command line.

prompt-passphrase = Парольная фраза
prompt-new-passphrase = Новая парольная фраза
prompt-passphrase-again = Введите её ещё раз

created = { $kind ->
    [engagement] Проект создан
    [theme] Тема создана
    [session] Встреча создана
    [participant] Участник создан
    [quote] Цитата создана
    [need] Потребность создана
    [recommendation] Рекомендация создана
   *[other] Запись создана
}: { $id }
updated = { $kind ->
    [engagement] Проект обновлён
    [theme] Тема обновлена
    [session] Встреча обновлена
    [participant] Участник обновлён
    [quote] Цитата обновлена
    [need] Потребность обновлена
    [recommendation] Рекомендация обновлена
   *[other] Запись обновлена
}: { $id }
deleted = { $kind ->
    [engagement] Проект безвозвратно удалён
    [theme] Тема безвозвратно удалена
    [session] Встреча безвозвратно удалена
    [participant] Участник безвозвратно удалён
    [quote] Цитата безвозвратно удалена
    [need] Потребность безвозвратно удалена
    [recommendation] Рекомендация безвозвратно удалена
   *[other] Запись безвозвратно удалена
}: { $id }

init-done = Хранилище создано: { $path }.
init-recovery = Ключ восстановления. Запишите его сейчас и храните отдельно от ноутбука: он показывается только один раз, и это единственный способ снова открыть хранилище, если парольная фраза утеряна.
passphrase-changed = Парольная фраза изменена. Старая парольная фраза больше не открывает хранилище.
recovered = Хранилище открыто с помощью ключа восстановления; новая парольная фраза установлена.
wiped = Ключи хранилища уничтожены, его файлы удалены.
demo-done = Демонстрационные данные загружены: { PLURAL($sessions) ->
    [one] { $sessions } встреча
    [few] { $sessions } встречи
    [many] { $sessions } встреч
   *[other] { $sessions } встречи
}, { PLURAL($quotes) ->
    [one] { $quotes } цитата
    [few] { $quotes } цитаты
    [many] { $quotes } цитат
   *[other] { $quotes } цитаты
} (цитат удалено из-за отзыва согласия: { $withdrawn }).

info-path = Хранилище: { $path }
info-format = Версия формата: { $version }
info-kdf = Формирование ключа: Argon2id, { $mib } МиБ, проходов: { $t }, параллелизм: { $p }
info-failed = Неудачных попыток разблокировки после последней успешной: { $n }
info-count = { $kind ->
    [engagement] Проекты
    [theme] Темы
    [session] Встречи
    [participant] Участники
    [quote] Цитаты
    [need] Потребности
    [recommendation] Рекомендации
    [tombstone] Отметки об удалении
   *[other] Записи
}: { $n }

col-id = ID
col-title = Название
col-sessions = Встречи
col-languages = Языки
col-code = Код
col-label = Метка
col-references = Ссылки
col-date = Дата
col-place = Место
col-region = Регион
col-participants = Участники
col-quotes = Цитаты
col-consent = Согласие
col-scopes = Охват
col-speaker = Говорящий
col-language = Язык
col-themes = Темы
col-text = Текст
col-duty-bearer = Носитель обязанностей

show-references = Ссылки: { $list }
show-languages = Языки: { $list }
show-k = Значения меньше { $k } никогда не показываются точно.
show-agenda = Программа:
show-segment = { $minutes } мин  { $title }
show-codebook = Кодовая книга:
show-consent-texts = Тексты согласия: { $list }
show-group-consent = Согласие группы: { $given ->
    [yes] дано
   *[other] не дано
}
show-quote-count = { PLURAL($n) ->
    [one] { $n } цитата
    [few] { $n } цитаты
    [many] { $n } цитат
   *[other] { $n } цитаты
}

consent-state-none = нет
consent-state-given = дано
consent-state-withdrawn = отозвано
participant-added = Участник { $code } добавлен.
consent-recorded = Согласие записано.
consent-withdrawn-done = Согласие участника { $code } отозвано; { PLURAL($n) ->
    [one] { $n } цитата безвозвратно удалена
    [few] { $n } цитаты безвозвратно удалены
    [many] { $n } цитат безвозвратно удалено
   *[other] { $n } цитаты безвозвратно удалено
}.

err-cli-read-file = Не удаётся прочитать файл { $path }.
rec-cli-read-file = Проверьте путь и наличие у вас прав на чтение файла.
err-cli-write-file = Не удаётся записать файл { $path }.
rec-cli-write-file = Убедитесь, что папка существует и в ней ещё нет файла с таким именем.
err-cli-passphrase-mismatch = Введённые парольные фразы не совпадают.
rec-cli-passphrase-mismatch = Введите одну и ту же парольную фразу дважды.
err-cli-no-terminal = Нужна парольная фраза, но нет терминала, чтобы её запросить.
rec-cli-no-terminal = Укажите её с помощью --passphrase-file или HEARKEN_PASSPHRASE_FILE.
err-cli-not-confirmed = Это действие безвозвратно уничтожит хранилище, поэтому требуется подтверждение.
rec-cli-not-confirmed = Если вы уверены, добавьте --yes.
err-cli-bad-argument = Значение { $arg } имеет неверный вид (ожидается: { $expected }).
err-cli-unknown-theme = В этом проекте нет темы с кодом «{ $code }».
rec-cli-unknown-theme = Посмотрите кодовую книгу командой "hearken theme list".
err-cli-unexpected = Произошла непредвиденная ошибка; ничего не изменено.

col-field = Поле
col-kind = Вид
col-position = Позиция
field-text = текст
field-translation = перевод
quote-findings = { PLURAL($n) ->
    [one] Найдена { $n } идентифицирующая деталь
    [few] Найдены { $n } идентифицирующие детали
    [many] Найдено { $n } идентифицирующих деталей
   *[other] Найдено { $n } идентифицирующей детали
}: { $kinds }. Замените их командой «hearken quote redact { $id }» или оставьте как есть командой «hearken quote review { $id }»; до этого цитату нельзя экспортировать.
