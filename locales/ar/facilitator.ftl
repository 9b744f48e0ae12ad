# شاشات المُيسِّر في التطبيق (issue 5). الرسائل التي تبدأ بـ fac-p- موجّهة
# إلى المشارك وتُعرض بلغته.

nav-group-vault = الخزنة
nav-group-session = الميسّر
nav-group-coordinator = المنسّق

fac-screen-engagements = المشاورات
fac-screen-session = الجلسة
fac-screen-consent = الموافقة
fac-screen-capture = التدوين
fac-screen-readback = إعادة القراءة على المشاركين
fac-screen-export = التصدير

fac-cancel = إلغاء
fac-save = حفظ
fac-saved = تم الحفظ
fac-edit = تعديل
fac-delete = حذف
fac-delete-confirm = حذف نهائي
fac-group = المجموعة
fac-needs-unlock = افتح الخزنة للعمل على جلسة.
fac-go-unlock = الذهاب إلى الخزنة
fac-no-session = اختر جلسة أو أعدّها أولًا، في شاشة الجلسة.
fac-minutes = { PLURAL($n) ->
    [zero] { $n } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتان
    [few] { $n } دقائق
    [many] { $n } دقيقة
   *[other] { $n } دقيقة
}

## العناية بالخزنة
fac-passphrase-heading = تغيير عبارة المرور
fac-passphrase-new = عبارة المرور الجديدة
fac-passphrase-confirm = عبارة المرور الجديدة مرة أخرى
fac-passphrase-mismatch = العبارتان مختلفتان.
fac-passphrase-submit = تغيير عبارة المرور
fac-passphrase-changed = تغيّرت عبارة المرور. استخدم الجديدة من الآن.
fac-wipe-heading = المسح الطارئ
fac-wipe-explain = يُتلف هذه الخزنة وكل ما فيها، فورًا وإلى الأبد. لا شيء يعيدها، ولا حتى مفتاح الاسترداد.
fac-wipe-start = مسح هذه الخزنة…
fac-wipe-warning = سيُتلف كل ما في هذه الخزنة. صدِّر أولًا ما يجب الاحتفاظ به.
fac-wipe-word = مسح
fac-wipe-type = اكتب { $word } للتأكيد
fac-wipe-confirm = إتلاف الخزنة الآن

## المشاورات والحِزم
fac-engagements-heading = المشاورات
fac-kit-heading = استيراد حقيبة من المنسّق
fac-kit-intro = تحمل الحقيبة المشاورة: جدول أعمالها ودليل الترميز ونصوص الموافقة، موقّعة من المنسّق.
fac-kit-path = ملف الحقيبة
fac-kit-browse = اختيار ملف…
fac-kit-dialog = حقيبة من المنسّق
fac-kit-check = فحص الحقيبة
fac-kit-first-use = أول حقيبة من هذا المنسّق. اقرأ هذه الأرقام بصوت عالٍ للمنسّق (بالهاتف) ولا تستورد إلا إذا تطابقت:
fac-kit-pinned = موقّعة بمفتاح المنسّق نفسه كما من قبل:
fac-kit-import = الأرقام متطابقة: استيراد
fac-kit-imported = تم الاستيراد: { $title }
fac-engagements-list = المشاورات في هذه الخزنة
fac-coordinator-key = مفتاح المنسّق
fac-references = المراجع
fac-languages = اللغات
fac-engagement-new-session = إعداد جلسة
fac-codebook = دليل الترميز
fac-treaty-refs = مراجع المعاهدات: { $refs }
fac-agenda = جدول الأعمال
fac-consent-texts = نصوص الموافقة

## الجلسة
fac-session-heading = الجلسة
fac-session-summary = { $date }، { $place }: { PLURAL($n) ->
    [zero] لا مشاركين
    [one] مشارك واحد
    [two] مشاركان
    [few] { $n } مشاركين
    [many] { $n } مشاركًا
   *[other] { $n } مشارك
}
fac-session-other = جلسة أخرى
fac-session-open-heading = فتح جلسة
fac-session-setup = إعداد جلسة
fac-session-no-engagement = استورد حقيبة أولًا، في شاشة المشاورات.
fac-session-engagement = المشاورة
fac-session-date = التاريخ
fac-session-place = المكان
fac-session-place-hint = حيّ أو قرية، وليس عنوانًا أبدًا.
fac-session-region = المنطقة
fac-session-region-choose = اختر المنطقة
fac-session-title = العنوان (اختياري)
fac-session-languages = اللغات المستخدمة
fac-session-names = أسماء قيلت في القاعة (اختياري، اسم في كل سطر)
fac-session-names-hint = تُستخدم فقط للتنبيه إليها في الاقتباسات. تبقى على هذا الحاسوب ولا تُصدَّر أبدًا.
fac-session-submit = إعداد الجلسة
fac-participants = المشاركون
fac-participant-code = رمز المشارك
fac-participant-code-hint = اتركه فارغًا للرمز الحر التالي (P1، P2…). ليس اسمًا أبدًا.
fac-participant-add = إضافة مشارك
fac-participant-added = أُضيف { $code }.
fac-consent-state-none = لا موافقة بعد
fac-consent-state-given = أعطى موافقته
fac-consent-state-withdrawn = سحب موافقته
fac-quote-count = { PLURAL($n) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $n } اقتباسات
    [many] { $n } اقتباسًا
   *[other] { $n } اقتباس
}
fac-consent-open = الموافقة
fac-consent-for = موافقة { $code }

## مؤقّت جدول الأعمال
fac-timer-heading = جدول الأعمال
fac-timer-position = الجزء { $n } من { $total }
fac-timer-left = المتبقي { $time }
fac-timer-over = انتهى الوقت (تجاوز { $time })
fac-timer-ended = انتهى وقت «{ $title }». انتقل إلى ما بعده حين يسمح الحوار.
fac-timer-questions = أسئلة موجِّهة
fac-timer-start = بدء
fac-timer-pause = إيقاف مؤقت
fac-timer-previous = الجزء السابق
fac-timer-next = الجزء التالي
fac-timer-empty = لا جدول أعمال لهذه الجلسة.

## الموافقة (جهة المُيسِّر)
fac-consent-heading = الموافقة
fac-consent-who = مَن
fac-consent-language = لغة المشارك
fac-consent-method = كيف أُعطيت الموافقة
fac-method-oral = شفهيًا
fac-method-written = كتابةً
fac-method-witnessed = بحضور شاهد
fac-consent-saved = سُجّلت موافقة { $who }.
fac-withdraw-heading = سحب الموافقة
fac-withdraw-start = سحب موافقة { $code }…
fac-withdraw-warning = سيحذف هذا الآن { PLURAL($n) ->
    [zero] لا اقتباسات
    [one] اقتباسًا واحدًا
    [two] اقتباسين
    [few] { $n } اقتباسات
    [many] { $n } اقتباسًا
   *[other] { $n } اقتباس
} لـ { $code } من هذا الحاسوب، ويطلب من المنسّق حذف أي نسخة. لا يمكن التراجع عن ذلك.
fac-withdraw-confirm = { PLURAL($n) ->
    [zero] سحب الموافقة
    [one] سحب الموافقة وحذف اقتباس واحد
    [two] سحب الموافقة وحذف اقتباسين
    [few] سحب الموافقة وحذف { $n } اقتباسات
    [many] سحب الموافقة وحذف { $n } اقتباسًا
   *[other] سحب الموافقة وحذف { $n } اقتباس
}
fac-withdraw-done = سُحبت موافقة { $code }؛ { PLURAL($n) ->
    [zero] لم يُحذف أي اقتباس.
    [one] حُذف اقتباس واحد.
    [two] حُذف اقتباسان.
    [few] حُذفت { $n } اقتباسات.
    [many] حُذف { $n } اقتباسًا.
   *[other] حُذف { $n } اقتباس.
}
fac-export-unresolved = { PLURAL($n) ->
    [zero] لا يوجد أي اقتباس يحتوي على معلومات تكشف الهوية لم يستبدلها أحد ولم يُبقِ عليها أحد عن قصد
    [one] لا يزال اقتباس واحد يحتوي على معلومات تكشف الهوية لم يستبدلها أحد ولم يُبقِ عليها أحد عن قصد
    [two] لا يزال اقتباسان يحتويان على معلومات تكشف الهوية لم يستبدلها أحد ولم يُبقِ عليها أحد عن قصد
    [few] لا تزال { $n } اقتباسات تحتوي على معلومات تكشف الهوية لم يستبدلها أحد ولم يُبقِ عليها أحد عن قصد
    [many] لا يزال { $n } اقتباسًا يحتوي على معلومات تكشف الهوية لم يستبدلها أحد ولم يُبقِ عليها أحد عن قصد
   *[other] لا يزال { $n } اقتباس يحتوي على معلومات تكشف الهوية لم يستبدلها أحد ولم يُبقِ عليها أحد عن قصد
}
fac-export-unresolved-advice = لا يمكن أن تغادر الحزمة هذا الحاسوب قبل معالجة كل اقتباس منها: افتح شاشة التدوين، ثم استبدل المعلومات (Alt+R) أو أبقِها كما هي.
fac-group-withdraw-start = سحب موافقة المجموعة…
fac-group-withdraw-warning = سيحذف هذا الآن { PLURAL($n) ->
    [zero] لا سجلات
    [one] سجلًا واحدًا
    [two] سجلين
    [few] { $n } سجلات
    [many] { $n } سجلًا
   *[other] { $n } سجل
} للمجموعة (اقتباساتها، واحتياجات الجلسة وتوصياتها) من هذا الحاسوب، ويطلب من المنسّق حذف أي نسخة. لا يمكن التراجع عن ذلك.
fac-group-withdraw-done = سُحبت موافقة المجموعة؛ { PLURAL($n) ->
    [zero] لم يُحذف أي سجل.
    [one] حُذف سجل واحد.
    [two] حُذف سجلان.
    [few] حُذفت { $n } سجلات.
    [many] حُذف { $n } سجلًا.
   *[other] حُذف { $n } سجل.
}

## الموافقة (أمام المشارك، بلغته)
fac-p-consent-title = موافقتك
fac-p-scopes = القرار لك. المشاركة ضرورية، والباقي يعود إليك.
fac-p-scope-take-part = أشارك في هذا الحوار.
fac-p-scope-quotes-in-reports = يمكن اقتباس كلماتي في التقرير، من دون اسمي.
fac-p-scope-quotes-shared = يمكن مشاركة كلماتي، من دون اسمي، مع هيئات الأمم المتحدة ومع الحكومة.
fac-p-scope-demographics = يمكن عدّ فئتي (مثل النساء أو الشباب).
fac-p-consent-give = أوافق
fac-p-consent-active = شكرًا. سُجّلت موافقتك. يمكنك تغيير رأيك في أي وقت.
fac-p-consent-withdrawn = سُحبت موافقتك. حُذفت كلماتك.

## التدوين
fac-capture-heading = التدوين
fac-capture-keys = مفتاح الإدخال يحفظ فورًا (Shift+Enter لسطر جديد). من Alt+1 إلى Alt+9 لاختيار المواضيع (أو من 1 إلى 9 داخل قائمة المواضيع). Alt+R يحفظ مع استبدال المعلومات التي تكشف الهوية.
fac-capture-speaker = رمز المتحدث
fac-capture-speaker-hint = رمز مشارك، أو «group» للمجموعة.
fac-capture-language = اللغة
fac-capture-text = ما قيل
fac-capture-themes = المواضيع
fac-findings = { PLURAL($n) ->
    [zero] لا معلومات تكشف الهوية
    [one] وُجدت معلومة واحدة تكشف الهوية
    [two] وُجدت معلومتان تكشفان الهوية
    [few] وُجدت { $n } معلومات تكشف الهوية
    [many] وُجدت { $n } معلومةً تكشف الهوية
   *[other] وُجدت { $n } معلومة تكشف الهوية
}
fac-save-redacted = حفظ مع استبدال المعلومات التي تكشف الهوية
fac-quotes = { PLURAL($n) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $n } اقتباسات
    [many] { $n } اقتباسًا
   *[other] { $n } اقتباس
}
fac-edit-label = تعديل اقتباس { $code }
fac-redact = استبدال المعلومات
fac-review = الإبقاء كما هو
fac-notes-heading = الاحتياجات والتوصيات
fac-note-kind = النوع
fac-need = احتياج
fac-recommendation = توصية
fac-note-text = النص
fac-duty-bearer = الجهة المسؤولة عن التنفيذ

## القراءة للتأكيد
fac-readback-heading = إعادة القراءة على المشاركين
fac-readback-intro = اقرأ كل اقتباس بصوت عالٍ، أو دع الشخص يقرؤه، وسجّل جوابه.
fac-readback-speaker = اقتباسات مَن
fac-readback-empty = لا اقتباسات للقراءة بعد.
fac-readback-yes = نعم، هذا ما قلته
fac-readback-no = أرجو تغيير هذا
fac-readback-confirmed = مؤكَّد
fac-readback-change = طُلب تغيير

## التصدير
fac-export-heading = التصدير
fac-export-sessions = الجلسات المراد تصديرها
fac-export-leaves = يغادر هذا الحاسوب (موقَّعًا ومشفَّرًا للمنسّق)
fac-export-stays = يبقى على هذا الحاسوب
fac-export-sessions-n = { PLURAL($n) ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $n } جلسات
    [many] { $n } جلسة
   *[other] { $n } جلسة
}
fac-export-participants-n = { PLURAL($n) ->
    [zero] لا رموز مشاركين
    [one] رمز مشارك واحد مع سجل موافقته
    [two] رمزا مشاركَين مع سجل موافقتهما
    [few] { $n } رموز مشاركين مع سجلات موافقتهم
    [many] { $n } رمز مشارك مع سجلات موافقتهم
   *[other] { $n } رمز مشارك مع سجلات موافقتهم
}
fac-export-quotes-n = { PLURAL($n) ->
    [zero] لا اقتباسات مجهَّلة
    [one] اقتباس مجهَّل واحد
    [two] اقتباسان مجهَّلان
    [few] { $n } اقتباسات مجهَّلة
    [many] { $n } اقتباسًا مجهَّلًا
   *[other] { $n } اقتباس مجهَّل
}
fac-export-needs-n = { PLURAL($n) ->
    [zero] لا احتياجات
    [one] احتياج واحد
    [two] احتياجان
    [few] { $n } احتياجات
    [many] { $n } احتياجًا
   *[other] { $n } احتياج
}
fac-export-recommendations-n = { PLURAL($n) ->
    [zero] لا توصيات
    [one] توصية واحدة
    [two] توصيتان
    [few] { $n } توصيات
    [many] { $n } توصية
   *[other] { $n } توصية
}
fac-export-tombstones-n = { PLURAL($n) ->
    [zero] لا إشعارات بعمليات حذف
    [one] إشعار واحد بعملية حذف (سحب موافقة وحذف)
    [two] إشعاران بعمليتي حذف (سحب موافقة وحذف)
    [few] { $n } إشعارات بعمليات حذف (سحب موافقة وحذف)
    [many] { $n } إشعارًا بعمليات حذف (سحب موافقة وحذف)
   *[other] { $n } إشعار بعمليات حذف (سحب موافقة وحذف)
}
fac-export-kept-home-n = { PLURAL($n) ->
    [zero] لا اقتباسات تمنع الموافقة خروجها
    [one] اقتباس واحد لا تسمح الموافقة بخروجه
    [two] اقتباسان لا تسمح الموافقة بخروجهما
    [few] { $n } اقتباسات لا تسمح الموافقة بخروجها
    [many] { $n } اقتباسًا لا تسمح الموافقة بخروجها
   *[other] { $n } اقتباس لا تسمح الموافقة بخروجه
}
fac-export-names-stay = الأسماء المكتوبة للتنبيه إليها في الاقتباسات
fac-export-path = حفظ الحزمة باسم
fac-export-browse = اختيار المكان…
fac-export-dialog = حزمة للمنسّق
fac-export-save = حفظ الحزمة
fac-export-done = حُفظت الحزمة { $sequence } وفيها { PLURAL($n) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $n } اقتباسات
    [many] { $n } اقتباسًا
   *[other] { $n } اقتباس
}.

## أخطاء أوامر المُيسِّر
err-file-unreadable = تتعذّر قراءة الملف.
rec-file-unreadable = تحقّق من المسار، أو اختر الملف من جديد.
err-file-too-large = الملف أكبر من { $mib } ميبيبايت، وهذا أكثر مما يمكن أن يحتويه ملف من هذا النوع.
rec-file-too-large = تحقّق من أن هذا هو الملف الصحيح.
err-file-not-regular = هذا ليس ملفًا: إنه مجلد أو جهاز أو أنبوب.
rec-file-not-regular = اختر ملفًا.
err-file-is-vault = سيؤدي هذا إلى استبدال الخزنة نفسها.
rec-file-is-vault = اختر اسم ملف آخر أو مجلدًا آخر للملف الناتج.
err-file-is-link = مسار الحفظ رابط رمزي؛ ولا يكتب Hearken أبدًا عبر الروابط.
rec-file-is-link = اختر مسارًا ليس رابطًا.
err-file-no-path = لم يُختر أي ملف.
rec-file-no-path = اكتب مسارًا أو اختر ملفًا.
