# Errors of the core library: err-* says what happened, rec-* what to do.

## Vault
err-vault-not-found = لا توجد خزنة في هذا الموضع.
rec-vault-not-found = يُرجى إنشاء خزنة باستخدام "hearken init"، أو تحديد المسار الصحيح باستخدام --vault.
err-vault-exists = توجد خزنة بالفعل في هذا الموضع.
rec-vault-exists = يُرجى فتحها بدلًا من ذلك، أو اختيار مسار آخر باستخدام --vault.
err-vault-not-a-vault = هذا الملف ليس خزنة Hearken.
rec-vault-not-a-vault = يُرجى التحقق من المسار المحدَّد باستخدام --vault.
err-vault-newer = أُنشئت هذه الخزنة بإصدار أحدث من Hearken (الصيغة { $found }؛ وهذا الإصدار يقرأ الصيغ حتى { $supported }).
rec-vault-newer = يُرجى تثبيت أحدث إصدار من Hearken لفتحها.
err-vault-corrupt = ترويسة الخزنة تالفة.
rec-vault-corrupt = يُرجى استعادة الخزنة من نسخة احتياطية.
err-vault-wrong-passphrase = عبارة المرور لا تفتح هذه الخزنة ({ PLURAL($failed) ->
    [zero] لا توجد محاولات فاشلة
    [one] محاولة واحدة فاشلة
    [two] محاولتان فاشلتان
    [few] { $failed } محاولات فاشلة
    [many] { $failed } محاولة فاشلة
   *[other] { $failed } محاولة فاشلة
}).
rec-vault-wrong-passphrase = يُرجى التحقق من لغة لوحة المفاتيح ومن مفتاح Caps Lock، ثم المحاولة مرة أخرى. وإذا فُقدت عبارة المرور، فيمكن استخدام مفتاح الاسترداد.
err-vault-wrong-recovery = مفتاح الاسترداد لا يفتح هذه الخزنة.
rec-vault-wrong-recovery = يُرجى التحقق من كل مجموعة في مفتاح الاسترداد، ثم المحاولة مرة أخرى.
err-vault-malformed-recovery = هذا ليس مفتاح استرداد.
rec-vault-malformed-recovery = يتكوّن مفتاح الاسترداد من ثماني مجموعات، في كل منها أربعة رموز من الحروف والأرقام.
err-vault-delayed = عدد المحاولات الفاشلة كبير جدًا.
rec-vault-delayed = يُرجى الانتظار { PLURAL($seconds) ->
    [zero] لحظة
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
} قبل المحاولة مرة أخرى.
err-vault-erased = مُحيت هذه الخزنة، ولا يمكن استعادة محتوياتها.
err-vault-weak-kdf = إعدادات اشتقاق المفتاح ضعيفة جدًا.
rec-vault-weak-kdf = يُرجى استخدام { $min } MiB من الذاكرة على الأقل.
err-vault-kdf-too-large = الذاكرة المطلوبة لاشتقاق المفتاح تتجاوز ما يُسمح للخزنة باستخدامه.
rec-vault-kdf-too-large = يُرجى استخدام { $max } MiB على الأكثر (القيمة الافتراضية تناسب معظم الحواسيب المحمولة).
err-vault-short-passphrase = عبارة المرور قصيرة جدًا.
rec-vault-short-passphrase = يجب ألا يقل عدد أحرفها عن { $min }؛ فالعبارة المكوّنة من عدة كلمات يسهل تذكّرها ويصعب تخمينها.
err-vault-tampered = عُدِّل جزء من الخزنة أو تلف، لذا لا يمكن الوثوق بها.
rec-vault-tampered = يُرجى استعادة الخزنة من نسخة احتياطية.
err-vault-storage = تعذّرت الكتابة في الخزنة أو القراءة منها ({ $detail }).
rec-vault-storage = يُرجى التأكد من أن القرص غير ممتلئ ومن أن أي برنامج آخر لا يستخدم الخزنة، ثم المحاولة مرة أخرى.

## Records
err-record-not-found = لا يطابق هذا المعرّف أيَّ { $kind ->
    [engagement] مشاورة
    [theme] موضوع
    [session] جلسة
    [participant] مشارك
    [quote] اقتباس
    [need] احتياج
    [recommendation] توصية
   *[other] سجل
}.
rec-record-not-found = يُرجى عرض القائمة للعثور على المعرّف الصحيح.
err-record-ambiguous = يبدأ بهذه الأحرف معرّفُ أكثر من { $kind ->
    [engagement] مشاورة
    [theme] موضوع
    [session] جلسة
    [participant] مشارك
    [quote] اقتباس
    [need] احتياج
    [recommendation] توصية
   *[other] سجل
}.
rec-record-ambiguous = يُرجى كتابة مزيد من أحرف المعرّف.
err-field-empty = الحقل «{ $field }» فارغ.
rec-field-empty = يُرجى ملؤه ثم المحاولة مرة أخرى.
err-field-too-long = الحقل «{ $field }» طويل جدًا.
rec-field-too-long = يجب أن يبقى عدد أحرفه أقل من { $max }.
err-field-invalid = قيمة «{ $field }» غير صالحة.
err-field-out-of-range = يجب أن تكون قيمة «{ $field }» بين { $min } و{ $max }.
err-field-not-listed = هذه القيمة لـ«{ $field }» ليست في قائمة عملية المشاركة.
rec-field-not-listed = يُرجى اختيار إحدى القيم التي أدرجها المنسّق في حقيبة المشاورة.
err-field-duplicate = قيمة «{ $field }» مستخدمة بالفعل.
rec-field-duplicate = يُرجى اختيار قيمة أخرى.
err-date-out-of-range = هذا التاريخ سابق لعام 1900 أو يقع في المستقبل.
rec-date-out-of-range = يُرجى كتابة التاريخ الذي جرى فيه ذلك فعلًا، بالصيغة YYYY-MM-DD.
err-date-order = تاريخ البداية لاحق لتاريخ النهاية.
rec-date-order = يُرجى أن يكون التاريخ المحدَّد باستخدام --from سابقًا للتاريخ المحدَّد باستخدام --to.
err-bad-date = هذا ليس تاريخًا.
rec-bad-date = يُرجى كتابة التواريخ بالصيغة YYYY-MM-DD، مثل 2026-03-21.
err-bad-language = هذا ليس رمز لغة.
rec-bad-language = يُرجى استخدام رمز مثل en أو fr أو es أو ar أو ru.

## Consent
err-consent-unknown-participant = لا يحمل أي مشارك في هذه الجلسة هذا الرمز.
rec-consent-unknown-participant = يُرجى أولًا إضافة المشارك وتسجيل موافقته.
err-consent-none = لم يقدّم هذا المشارك موافقته.
rec-consent-none = يُرجى تسجيل موافقته قبل تدوين ما يقوله.
err-consent-withdrawn = سحب هذا المشارك موافقته.
rec-consent-withdrawn = لا يمكن تسجيل أي شيء آخر يخصّه. وإذا رغب في المشاركة من جديد، فيُرجى إضافته برمز جديد.
err-consent-scope = لا تشمل الموافقة المقدَّمة { $scope ->
    [take_part] المشاركة
    [quotes_in_reports] استخدام الاقتباسات في التقارير دون ذكر أصحابها
    [quotes_shared] مشاركة الاقتباسات مع أي جهة غير المنسّق
    [demographics] تسجيل الفئة الديموغرافية
   *[other] { $scope }
}.
err-consent-no-group = لم تقدّم المجموعة موافقتها على ملاحظات هذه الجلسة واحتياجاتها وتوصياتها.
rec-consent-no-group = يُرجى تسجيل موافقة المجموعة أولًا.
err-consent-no-text = لا يوجد نص موافقة بهذه اللغة.
rec-consent-no-text = يُرجى اختيار لغة يتوفر بها نص موافقة في هذه المشاورة، أو تقديم النص الذي عُرض.
err-consent-take-part = يجب أن تشمل الموافقة المشاركة.

## Kits and bundles
err-exchange-no-recipients = لا يوجد أي مستلِم يمكن تشفير هذه الحزمة له.
rec-exchange-no-recipients = يُرجى استيراد حقيبة المشاورة الواردة من المنسّق، أو تحديد مستلِم باستخدام --to.
err-exchange-no-sessions = لا توجد أي جلسة لتصديرها.
err-exchange-mixed-engagements = تنتمي الجلسات المختارة إلى مشاورات مختلفة.
rec-exchange-mixed-engagements = يُرجى تصدير مشاورة واحدة في كل مرة باستخدام --session.
err-exchange-unresolved = { PLURAL($n) ->
    [zero] لا يحتوي أي اقتباس على معلومات تكشف الهوية
    [one] لا يزال اقتباس واحد يحتوي على معلومات تكشف الهوية
    [two] لا يزال اقتباسان يحتويان على معلومات تكشف الهوية
    [few] لا تزال { $n } اقتباسات تحتوي على معلومات تكشف الهوية
    [many] لا يزال { $n } اقتباسًا يحتوي على معلومات تكشف الهوية
   *[other] لا يزال { $n } اقتباس يحتوي على معلومات تكشف الهوية
}، لذا لم يُصدَّر أي شيء.
rec-exchange-unresolved = يُرجى عرض هذه الاقتباسات باستخدام "hearken quote check --all" (أو "hearken export --preview")، ثم إخفاء كل هذه المعلومات باستخدام "hearken quote redact --all-flagged" أو الإبقاء على ما يجب أن يبقى باستخدام "hearken quote review ID".
err-exchange-unknown-engagement = ينتمي هذا الملف إلى مشاورة غير موجودة في هذه الخزنة.
rec-exchange-unknown-engagement = يُرجى استيراده في خزنة المنسّق الذي أصدر حقيبة هذه المشاورة.
err-exchange-bad-content = الملف موقَّع، لكن محتواه ({ $what }) غير صالح، لذا لم يُستورد أي شيء.
rec-exchange-bad-content = يُرجى أن تطلب من المرسِل تصديرًا جديدًا بإصدار حديث من Hearken.
err-exchange-unknown-device = لا يوجد جهاز بمعرّف المفتاح هذا في قائمة الأجهزة ولا في الحجر.
rec-exchange-unknown-device = يُرجى عرض الأجهزة باستخدام "hearken roster list".
err-exchange-foreign-record = تعدّل الحزمة { $kind ->
    [session] جلسةً أنشأها جهاز آخر
    [participant] مشاركًا أضافه جهاز آخر
    [quote] اقتباسًا سجّله جهاز آخر
    [need] احتياجًا سجّله جهاز آخر
    [recommendation] توصيةً سجّلها جهاز آخر
   *[other] سجلًا أنشأه جهاز آخر
}، أو تكتب في جلسة تخصّ جهازًا آخر، لذا لم يُستورد أي شيء منها.
rec-exchange-foreign-record = لا يجوز للجهاز أن يعدّل إلا سجلاته. يُرجى التحقق من الأمر مع الميسّر؛ وإذا احتُمل أن يكون الجهاز مخترقًا، فيُرجى إلغاؤه باستخدام "hearken roster revoke".
err-exchange-without-consent = تحتوي الحزمة على { $kind ->
    [quote] اقتباس لا تشمله موافقة قائله
    [need] احتياج دون موافقة مجموعة الجلسة
    [recommendation] توصية دون موافقة مجموعة الجلسة
   *[other] سجل دون موافقة
}، لذا لم يُستورد أي شيء منها.
rec-exchange-without-consent = يُرجى أن تطلب من الميسّر تسجيل الموافقة ثم التصدير مرة أخرى.
err-exchange-not-approved = هذا الجهاز غير مُوافَق عليه لهذه المشاورة.
rec-exchange-not-approved = يُرجى مقارنة بصمته مع الميسّر، ثم الموافقة عليه باستخدام "hearken roster approve KEY --engagement ID".
err-exchange-revoked = أُلغي هذا الجهاز.
rec-exchange-revoked = يُرجى عدم الموافقة عليه من جديد إلا عند معرفة سبب إلغائه والتأكد من أنه صار آمنًا الآن: وعندها يُرجى التأكيد عند الطلب، أو إضافة --yes.
err-exchange-quarantine-full = الحجر ممتلئ: فهو يحتوي بالفعل على الحد الأقصى المسموح به من الحزم الواردة من أجهزة غير مُوافَق عليها.
rec-exchange-quarantine-full = يُرجى الموافقة على الأجهزة المنتظرة في الحجر أو إلغاؤها ("hearken roster list")، ثم الاستيراد مرة أخرى.
err-exchange-other-recipient = ستُشفَّر هذه الحزمة لجهة لا تذكرها حقيبة المشاورة: وكل من يحوز ذلك المفتاح يستطيع قراءة كلمات المشاركين.
rec-exchange-other-recipient = يُرجى التصدير إلى المنسّق المذكور في الحقيبة، أو تأكيد المستلِم الآخر عن قصد (--yes).
err-exchange-which-engagement = يُرجى تحديد المشاورة التي يُسمح للجهاز بالكتابة فيها.
rec-exchange-which-engagement = يُرجى إضافة --engagement ID (يعرض الأمر "hearken engagement list" المشاورات).
err-exchange-read-file = تعذّرت قراءة ملف الحزمة { $path }.
rec-exchange-read-file = يُرجى التحقق من المسار ومن وجود إذن بقراءته؛ أمّا الملفات الأخرى فيُعالَج كلٌّ منها على حدة.
