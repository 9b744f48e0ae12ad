# The hearken command line.

prompt-passphrase = Парольная фраза
prompt-new-passphrase = Новая парольная фраза
prompt-passphrase-again = Введите её ещё раз

created = { $kind ->
    [engagement] Консультация создана
    [theme] Тема создана
    [session] Встреча создана
    [participant] Участник создан
    [quote] Цитата создана
    [need] Потребность создана
    [recommendation] Рекомендация создана
   *[other] Запись создана
}: { $id }
updated = { $kind ->
    [engagement] Консультация обновлена
    [theme] Тема обновлена
    [session] Встреча обновлена
    [participant] Участник обновлён
    [quote] Цитата обновлена
    [need] Потребность обновлена
    [recommendation] Рекомендация обновлена
   *[other] Запись обновлена
}: { $id }
deleted = { $kind ->
    [engagement] Консультация безвозвратно удалена
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
    [engagement] Консультации
    [theme] Темы
    [session] Встречи
    [participant] Участники
    [quote] Цитаты
    [need] Потребности
    [recommendation] Рекомендации
    [tombstone] Удаления
    [merge] Объединения рекомендаций
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
show-agenda = Повестка:
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
group-consent-withdrawn-done = Согласие группы отозвано; { PLURAL($n) ->
    [one] { $n } запись (цитата, потребность или рекомендация) безвозвратно удалена
    [few] { $n } записи (цитаты, потребности и рекомендации) безвозвратно удалены
    [many] { $n } записей (цитат, потребностей и рекомендаций) безвозвратно удалено
   *[other] { $n } записи (цитаты, потребности и рекомендации) безвозвратно удалено
}.

err-cli-read-file = Не удаётся прочитать файл { $path }.
rec-cli-read-file = Проверьте путь и наличие у вас прав на чтение файла.
err-cli-write-file = Не удаётся записать файл { $path }.
rec-cli-write-file = Убедитесь, что папка существует и в ней ещё нет файла с таким именем.
err-cli-passphrase-mismatch = Введённые парольные фразы не совпадают.
rec-cli-passphrase-mismatch = Введите одну и ту же парольную фразу дважды.
err-cli-no-terminal = Нужна парольная фраза, но нет терминала, чтобы её запросить.
rec-cli-no-terminal = Укажите её с помощью --passphrase-file или HEARKEN_PASSPHRASE_FILE.
err-cli-not-confirmed = { $what ->
    [wipe] Это действие безвозвратно уничтожит хранилище, поэтому требуется подтверждение.
    [kit-pin] Чтобы доверять новому ключу координатора, нужно подтверждение, а его не было.
    [identity-export] Чтобы записать секретный ключ хранилища в файл, нужно подтверждение, а его не было.
   *[other] Для этого нужно подтверждение, а его не было.
}
rec-cli-not-confirmed = { $what ->
    [kit-pin] Сверьте отпечаток с координатором (например, по телефону), затем добавьте --yes.
   *[other] Если вы уверены, добавьте --yes.
}
err-cli-bad-argument = Значение { $arg } имеет неверный вид (ожидается: { $expected }).
err-cli-unknown-theme = В этой консультации нет темы с кодом «{ $code }».
rec-cli-unknown-theme = Посмотрите кодовую книгу командой "hearken theme list".
err-cli-unexpected = Произошла непредвиденная ошибка; ничего не изменено.

col-field = Поле
col-kind = Вид
col-session = Встреча
quote-check-none = Ни одна цитата не содержит необработанных идентифицирующих деталей.
quote-redacted-all = { PLURAL($n) ->
    [one] В { $n } цитате идентифицирующие детали заменены метками.
    [few] В { $n } цитатах идентифицирующие детали заменены метками.
    [many] В { $n } цитатах идентифицирующие детали заменены метками.
   *[other] В { $n } цитаты идентифицирующие детали заменены метками.
}
export-unresolved-list = { PLURAL($n) ->
    [one] { $n } цитата всё ещё содержит идентифицирующие детали, которые никто не скрыл и не проверил:
    [few] { $n } цитаты всё ещё содержат идентифицирующие детали, которые никто не скрыл и не проверил:
    [many] { $n } цитат всё ещё содержат идентифицирующие детали, которые никто не скрыл и не проверил:
   *[other] { $n } цитаты всё ещё содержат идентифицирующие детали, которые никто не скрыл и не проверил:
}
export-unresolved-routes = Скройте их все командой "hearken quote redact --all-flagged" или просмотрите каждую цитату командой "hearken quote check ID" и оставьте то, что должно остаться, командой "hearken quote review ID".
export-other-recipient-warning = Пакет будет зашифрован для { $to }, а этот получатель не указан в комплекте консультации: любой, у кого есть этот ключ, сможет прочитать слова участников.
export-other-recipient-confirm = Всё равно зашифровать для этого получателя?
col-position = Позиция
field-text = текст
field-translation = перевод
quote-findings = { PLURAL($n) ->
    [one] Найдена { $n } идентифицирующая деталь
    [few] Найдены { $n } идентифицирующие детали
    [many] Найдено { $n } идентифицирующих деталей
   *[other] Найдено { $n } идентифицирующей детали
}: { $kinds }. Замените их командой «hearken quote redact { $id }» или оставьте как есть командой «hearken quote review { $id }»; до этого цитату нельзя экспортировать.

identity-key-id = Идентификатор ключа: { $id }
identity-public-key = Открытый ключ (minisign): { $key }
identity-recipient = Получатель age (ключ шифрования): { $recipient }
identity-fingerprint = Отпечаток для сверки по телефону: { $fingerprint }
identity-export-confirm = Любой, у кого есть этот файл, сможет открыть все пакеты, отправленные в это хранилище. Записать его?
identity-exported = Ключ расшифровки age записан в { $path }. Храните его так же надёжно, как хранилище.
kit-created = Комплект записан в { $path }. Ведущие увидят этот отпечаток: { $fingerprint }
kit-first-use = Этот комплект подписан ключом, который этому хранилищу ещё не встречался: { $fingerprint }. Прежде чем принять его, сверьте отпечаток с координатором по телефону или лично.
kit-confirm = Совпадает ли отпечаток с тем, который вам зачитывает координатор?
kit-imported = Комплект импортирован: { $title } (версия { $version }, { PLURAL($themes) ->
    [one] { $themes } тема
    [few] { $themes } темы
    [many] { $themes } тем
   *[other] { $themes } темы
}). Ключ координатора: { $fingerprint }
export-preview = Предварительный просмотр экспорта (встречи: { $sessions }; цитаты: { $quotes }; потребности: { $needs }; рекомендации: { $recommendations }; удаления: { $tombstones }). Цитаты, которые останутся на этом устройстве, так как согласие не разрешает их передавать: { $home }.
export-done = Пакет № { $sequence } записан в { $path } (встречи: { $sessions }; цитаты: { $quotes }; потребности: { $needs }; рекомендации: { $recommendations }; удаления: { $tombstones }). Цитаты, которые останутся на этом устройстве, так как согласие не разрешает их передавать: { $home }.
col-file = Файл
col-result = Результат
col-detail = Подробности
col-key-id = ID ключа
col-status = Статус
col-bundles = Пакеты
col-missing = Недостающие
import-state-imported = импортирован
import-state-already = уже был
import-state-quarantined = в карантине
import-state-rejected = отклонён
import-merged = добавлено: { $added }, обновлено: { $updated }, удалено: { $removed }
import-missing = номера пакетов с этого устройства, которые не поступили: { $list }
import-quarantined = неизвестное устройство { $key } ({ $fingerprint }); сверьте отпечаток и одобрите устройство командой "hearken roster approve { $key }"
device-approved = одобрено
device-revoked = отозвано
device-quarantined = в карантине
device-approved-done = Устройство { $key } одобрено; обработано пакетов из карантина: { $n }.
device-revoked-done = Устройство { $key } отозвано: подписанные им пакеты отныне отклоняются.
device-reapprove-confirm = Устройство { $key } было отозвано. Одобрить его снова?
device-revoke-remove-confirm = Удалить также { PLURAL($n) ->
    [one] { $n } запись, присланную
    [few] { $n } записи, присланные
    [many] { $n } записей, присланных
   *[other] { $n } записи, присланной
} этим устройством?
device-records-removed = { PLURAL($n) ->
    [one] Удалена { $n } запись, присланная этим устройством.
    [few] Удалены { $n } записи, присланные этим устройством.
    [many] Удалено { $n } записей, присланных этим устройством.
   *[other] Удалено { $n } записи, присланной этим устройством.
}
device-records-kept = { PLURAL($n) ->
    [one] { $n } запись, присланная этим устройством, сохранена; удалить её можно командой
    [few] { $n } записи, присланные этим устройством, сохранены; удалить их можно командой
    [many] { $n } записей, присланных этим устройством, сохранено; удалить их можно командой
   *[other] { $n } записи, присланной этим устройством, сохранено; удалить их можно командой
} "hearken roster revoke { $key } --remove-records".
err-cli-some-rejected = { PLURAL($n) ->
    [one] { $n } файл отклонён
    [few] { $n } файла отклонены
    [many] { $n } файлов отклонено
   *[other] { $n } файла отклонено
}{ $others ->
    [0] , и больше ничего для импорта не указано.
   *[other] ; результат по каждому из остальных файлов — в таблице выше.
}
err-cli-unknown-language = В Hearken нет языка «{ $lang }».
rec-cli-unknown-language = Выберите один из: en, fr, es, ar, ru.
