# Errors of the core library: err-* says what happened, rec-* what to do.

## Vault
err-vault-not-found = По этому пути нет хранилища.
rec-vault-not-found = Создайте его командой "hearken init" или укажите правильный путь с помощью --vault.
err-vault-exists = По этому пути уже есть хранилище.
rec-vault-exists = Откройте его или выберите другой путь с помощью --vault.
err-vault-not-a-vault = Этот файл не является хранилищем Hearken.
rec-vault-not-a-vault = Проверьте путь, указанный в --vault.
err-vault-newer = Это хранилище создано более новой версией Hearken (формат { $found }; эта версия читает форматы до { $supported } включительно).
rec-vault-newer = Чтобы открыть его, установите последнюю версию Hearken.
err-vault-corrupt = Заголовок хранилища повреждён.
rec-vault-corrupt = Восстановите хранилище из резервной копии.
err-vault-wrong-passphrase = Парольная фраза не подходит к этому хранилищу ({ PLURAL($failed) ->
    [one] { $failed } неудачная попытка
    [few] { $failed } неудачные попытки
    [many] { $failed } неудачных попыток
   *[other] { $failed } неудачной попытки
}).
rec-vault-wrong-passphrase = Проверьте раскладку клавиатуры и Caps Lock, затем попробуйте снова. Если парольная фраза утеряна, воспользуйтесь ключом восстановления.
err-vault-wrong-recovery = Ключ восстановления не подходит к этому хранилищу.
rec-vault-wrong-recovery = Проверьте каждую группу ключа восстановления и попробуйте снова.
err-vault-malformed-recovery = Это не ключ восстановления.
rec-vault-malformed-recovery = Ключ восстановления состоит из восьми групп по четыре символа (буквы и цифры).
err-vault-delayed = Слишком много неудачных попыток.
rec-vault-delayed = Подождите { PLURAL($seconds) ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
} и попробуйте снова.
err-vault-erased = Это хранилище было стёрто; его содержимое восстановить невозможно.
err-vault-weak-kdf = Параметры формирования ключа слишком слабые.
rec-vault-weak-kdf = Используйте не менее { $min } МиБ памяти.
err-vault-kdf-too-large = Объём памяти, запрошенный для формирования ключа, больше, чем может использовать хранилище.
rec-vault-kdf-too-large = Используйте не более { $max } МиБ (значение по умолчанию подходит для большинства ноутбуков).
err-vault-short-passphrase = Парольная фраза слишком короткая.
rec-vault-short-passphrase = Используйте не менее { $min } символов; фразу из нескольких слов легко запомнить и трудно угадать.
err-vault-tampered = Часть хранилища была изменена или повреждена, поэтому доверять ему нельзя.
rec-vault-tampered = Восстановите хранилище из резервной копии.
err-vault-storage = Не удалось записать или прочитать хранилище ({ $detail }).
rec-vault-storage = Убедитесь, что диск не переполнен и что хранилище не используется другой программой, затем попробуйте снова.

## Records
err-record-not-found = Нет { $kind ->
    [engagement] консультации
    [theme] темы
    [session] встречи
    [participant] участника
    [quote] цитаты
    [need] потребности
    [recommendation] рекомендации
   *[other] записи
} с таким идентификатором.
rec-record-not-found = Выведите список, чтобы найти нужный идентификатор.
err-record-ambiguous = С этих символов начинается идентификатор сразу нескольких { $kind ->
    [engagement] консультаций
    [theme] тем
    [session] встреч
    [participant] участников
    [quote] цитат
    [need] потребностей
    [recommendation] рекомендаций
   *[other] записей
}.
rec-record-ambiguous = Введите больше символов идентификатора.
err-field-empty = Поле «{ $field }» не заполнено.
rec-field-empty = Заполните его и попробуйте снова.
err-field-too-long = Поле «{ $field }» слишком длинное.
rec-field-too-long = Текст должен быть короче { $max } символов.
err-field-invalid = Недопустимое значение поля «{ $field }».
err-field-out-of-range = Значение «{ $field }» должно быть от { $min } до { $max }.
err-field-not-listed = Этого значения поля «{ $field }» нет в списке процесса консультаций.
rec-field-not-listed = Выберите одно из значений, которые координатор внёс в комплект.
err-field-duplicate = Значение поля «{ $field }» уже используется.
rec-field-duplicate = Выберите другое.
err-date-out-of-range = Эта дата раньше 1900 года или находится в будущем.
rec-date-out-of-range = Укажите дату, когда это произошло, в формате YYYY-MM-DD.
err-date-order = Дата начала позже даты окончания.
rec-date-order = Укажите в --from более раннюю дату, чем в --to.
err-bad-date = Это не дата.
rec-bad-date = Записывайте даты в формате YYYY-MM-DD, например 2026-03-21.
err-bad-language = Это не код языка.
rec-bad-language = Используйте код языка, например en, fr, es, ar или ru.

## Consent
err-consent-unknown-participant = На этой встрече нет участника с таким кодом.
rec-consent-unknown-participant = Сначала добавьте участника и запишите его согласие.
err-consent-none = Этот участник не давал согласия.
rec-consent-none = Запишите согласие, прежде чем записывать сказанное.
err-consent-withdrawn = Этот участник отозвал своё согласие.
rec-consent-withdrawn = Для него больше ничего нельзя записать. Если человек хочет снова принять участие, добавьте его под новым кодом.
err-consent-scope = Согласие не распространяется на { $scope ->
    [take_part] участие
    [quotes_in_reports] анонимное использование цитат в отчётах
    [quotes_shared] передачу цитат кому-либо, кроме координатора
    [demographics] запись демографической группы
   *[other] { $scope }
}.
err-consent-no-group = Группа не дала согласия на заметки, потребности и рекомендации этой встречи.
rec-consent-no-group = Сначала запишите согласие группы.
err-consent-no-text = На этом языке нет текста согласия.
rec-consent-no-text = Выберите язык, для которого в консультации есть текст согласия, или укажите показанный текст.
err-consent-take-part = Согласие должно включать участие.

## Kits and bundles
err-exchange-no-recipients = Нет ни одного получателя, для которого можно зашифровать этот пакет.
rec-exchange-no-recipients = Импортируйте комплект консультации, полученный от координатора, или укажите получателя с помощью --to.
err-exchange-no-sessions = Нет встреч для экспорта.
err-exchange-mixed-engagements = Выбранные встречи относятся к разным консультациям.
rec-exchange-mixed-engagements = Экспортируйте консультации по одной с помощью --session.
err-exchange-unresolved = { PLURAL($n) ->
    [one] { $n } цитата всё ещё содержит идентифицирующие детали
    [few] { $n } цитаты всё ещё содержат идентифицирующие детали
    [many] { $n } цитат всё ещё содержат идентифицирующие детали
   *[other] { $n } цитаты всё ещё содержат идентифицирующие детали
}, поэтому ничего не экспортировано.
rec-exchange-unresolved = Выведите их список командой "hearken quote check --all" (или "hearken export --preview"), затем скройте все детали командой "hearken quote redact --all-flagged" или оставьте то, что должно остаться, командой "hearken quote review ID".
err-exchange-unknown-engagement = Этот файл относится к консультации, которой нет в этом хранилище.
rec-exchange-unknown-engagement = Импортируйте его в хранилище координатора, который выпустил комплект этой консультации.
err-exchange-bad-content = Файл подписан, но его содержимое ({ $what }) недействительно, поэтому ничего не импортировано.
rec-exchange-bad-content = Попросите отправителя сделать новый экспорт в актуальной версии Hearken.
err-exchange-unknown-device = Устройства с таким идентификатором ключа нет ни в списке устройств, ни в карантине.
rec-exchange-unknown-device = Выведите их список командой "hearken roster list".
err-exchange-foreign-record = Пакет изменяет { $kind ->
    [session] встречу, записанную другим устройством,
    [participant] участника, записанного другим устройством,
    [quote] цитату, записанную другим устройством,
    [need] потребность, записанную другим устройством,
    [recommendation] рекомендацию, записанную другим устройством,
   *[other] запись, созданную другим устройством,
} или записывает данные во встречу другого устройства, поэтому из него ничего не импортировано.
rec-exchange-foreign-record = Устройство может изменять только свои записи. Уточните у ведущего; если устройство могло быть скомпрометировано, отзовите его командой "hearken roster revoke".
err-exchange-without-consent = Пакет содержит { $kind ->
    [quote] цитату, на которую не распространяется согласие сказавшего её участника
    [need] потребность без согласия группы встречи
    [recommendation] рекомендацию без согласия группы встречи
   *[other] запись без согласия
}, поэтому из него ничего не импортировано.
rec-exchange-without-consent = Попросите ведущего записать согласие и выполнить экспорт заново.
err-exchange-not-approved = Это устройство не одобрено для этой консультации.
rec-exchange-not-approved = Сверьте его отпечаток с ведущим, затем одобрите устройство командой "hearken roster approve KEY --engagement ID".
err-exchange-revoked = Это устройство было отозвано.
rec-exchange-revoked = Одобряйте его снова, только если вы знаете, почему оно было отозвано, и теперь это безопасно: подтвердите, когда вас спросят, или добавьте --yes.
err-exchange-quarantine-full = Карантин заполнен: в нём уже максимально допустимое число пакетов с неодобренных устройств.
rec-exchange-quarantine-full = Одобрите или отзовите устройства, ожидающие в карантине ("hearken roster list"), затем повторите импорт.
err-exchange-other-recipient = Этот пакет будет зашифрован для получателя, не указанного в комплекте консультации: любой, у кого есть этот ключ, сможет прочитать слова участников.
rec-exchange-other-recipient = Экспортируйте для координатора, указанного в комплекте, или осознанно подтвердите другого получателя (--yes).
err-exchange-which-engagement = Укажите консультацию, в которую устройство может записывать данные.
rec-exchange-which-engagement = Добавьте --engagement ID (список выводит команда "hearken engagement list").
err-exchange-read-file = Не удаётся прочитать файл пакета { $path }.
rec-exchange-read-file = Проверьте путь и наличие прав на чтение; остальные файлы обрабатываются отдельно.
