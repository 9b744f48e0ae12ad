# The hearken command line.

prompt-passphrase = عبارة المرور
prompt-new-passphrase = عبارة المرور الجديدة
prompt-passphrase-again = يُرجى كتابتها مرة أخرى

created = تم إنشاء { $kind ->
    [engagement] المشاورة
    [theme] الموضوع
    [session] الجلسة
    [participant] المشارك
    [quote] الاقتباس
    [need] الاحتياج
    [recommendation] التوصية
   *[other] السجل
}: { $id }
updated = تم تحديث { $kind ->
    [engagement] المشاورة
    [theme] الموضوع
    [session] الجلسة
    [participant] المشارك
    [quote] الاقتباس
    [need] الاحتياج
    [recommendation] التوصية
   *[other] السجل
}: { $id }
deleted = تم حذف { $kind ->
    [engagement] المشاورة
    [theme] الموضوع
    [session] الجلسة
    [participant] المشارك
    [quote] الاقتباس
    [need] الاحتياج
    [recommendation] التوصية
   *[other] السجل
} نهائيًا: { $id }

init-done = أُنشئت الخزنة في { $path }.
init-recovery = مفتاح الاسترداد. يُرجى تدوينه الآن وحفظه بعيدًا عن الحاسوب المحمول: فهو لا يُعرض إلا مرة واحدة، وهو السبيل الوحيد لفتح الخزنة إذا فُقدت عبارة المرور.
passphrase-changed = تم تغيير عبارة المرور. لم تعد عبارة المرور القديمة تفتح الخزنة.
recovered = فُتحت الخزنة بمفتاح الاسترداد، وتم تعيين عبارة المرور الجديدة.
wiped = أُتلفت مفاتيح الخزنة وحُذفت ملفاتها.
demo-done = تم تحميل العرض التجريبي: { PLURAL($sessions) ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
}، { PLURAL($quotes) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $quotes } اقتباسات
    [many] { $quotes } اقتباسًا
   *[other] { $quotes } اقتباس
} (عدد الاقتباسات المحذوفة بعد سحب الموافقة: { $withdrawn }).

info-path = الخزنة: { $path }
info-format = إصدار الصيغة: { $version }
info-kdf = اشتقاق المفتاح: Argon2id، { $mib } MiB، عدد التمريرات: { $t }، درجة التوازي: { $p }
info-failed = عدد محاولات الفتح الفاشلة منذ آخر فتح ناجح: { $n }
info-count = { $kind ->
    [engagement] المشاورات
    [theme] المواضيع
    [session] الجلسات
    [participant] المشاركون
    [quote] الاقتباسات
    [need] الاحتياجات
    [recommendation] التوصيات
    [tombstone] عمليات الحذف
    [merge] دمج التوصيات
   *[other] السجلات
}: { $n }

col-id = المعرّف
col-title = العنوان
col-sessions = الجلسات
col-languages = اللغات
col-code = الرمز
col-label = التسمية
col-references = المراجع
col-date = التاريخ
col-place = المكان
col-region = المنطقة
col-participants = المشاركون
col-quotes = الاقتباسات
col-consent = الموافقة
col-scopes = نطاق الموافقة
col-speaker = المتحدث
col-language = اللغة
col-themes = المواضيع
col-text = النص
col-duty-bearer = الجهة المكلّفة بالمسؤولية

show-references = المراجع: { $list }
show-languages = اللغات: { $list }
show-k = الأعداد الأقل من { $k } لا تُعرض بدقة أبدًا.
show-agenda = جدول الأعمال:
show-segment = { $minutes } د  { $title }
show-codebook = دليل الترميز:
show-consent-texts = نصوص الموافقة: { $list }
show-group-consent = موافقة المجموعة: { $given ->
    [yes] مقدَّمة
   *[other] غير مقدَّمة
}
show-quote-count = { PLURAL($n) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $n } اقتباسات
    [many] { $n } اقتباسًا
   *[other] { $n } اقتباس
}

consent-state-none = لا توجد
consent-state-given = مقدَّمة
consent-state-withdrawn = مسحوبة
participant-added = أُضيف المشارك { $code }.
consent-recorded = سُجّلت الموافقة.
consent-withdrawn-done = سُحبت موافقة { $code }؛ { PLURAL($n) ->
    [zero] ولم يُحذف أي اقتباس
    [one] وحُذف اقتباس واحد نهائيًا
    [two] وحُذف اقتباسان نهائيًا
    [few] وحُذفت { $n } اقتباسات نهائيًا
    [many] وحُذف { $n } اقتباسًا نهائيًا
   *[other] وحُذف { $n } اقتباس نهائيًا
}.
group-consent-withdrawn-done = سُحبت موافقة المجموعة؛ { PLURAL($n) ->
    [zero] ولم يُحذف أي اقتباس أو احتياج أو توصية
    [one] وحُذف نهائيًا عنصر واحد (اقتباس أو احتياج أو توصية)
    [two] وحُذف نهائيًا عنصران (من الاقتباسات والاحتياجات والتوصيات)
    [few] وحُذفت نهائيًا { $n } عناصر (من الاقتباسات والاحتياجات والتوصيات)
    [many] وحُذف نهائيًا { $n } عنصرًا (من الاقتباسات والاحتياجات والتوصيات)
   *[other] وحُذف نهائيًا { $n } عنصر (من الاقتباسات والاحتياجات والتوصيات)
}.

err-cli-read-file = تعذّرت قراءة الملف { $path }.
rec-cli-read-file = يُرجى التحقق من المسار ومن وجود إذن بقراءة الملف.
err-cli-write-file = تعذّرت كتابة الملف { $path }.
rec-cli-write-file = يُرجى التحقق من وجود المجلد ومن عدم وجود ملف بهذا الاسم فيه مسبقًا.
err-cli-passphrase-mismatch = عبارتا المرور مختلفتان.
rec-cli-passphrase-mismatch = يُرجى كتابة عبارة المرور نفسها مرتين.
err-cli-no-terminal = يلزم إدخال عبارة المرور، لكن لا توجد طرفية لطلبها.
rec-cli-no-terminal = يُرجى تقديمها باستخدام --passphrase-file أو HEARKEN_PASSPHRASE_FILE.
err-cli-not-confirmed = { $what ->
    [wipe] هذا الإجراء يُتلف الخزنة نهائيًا، لذا يلزم تأكيده.
    [kit-pin] الوثوق بمفتاح منسّق جديد يحتاج إلى تأكيد، ولم يُقدَّم أي تأكيد.
    [identity-export] كتابة المفتاح السري للخزنة في ملف تحتاج إلى تأكيد، ولم يُقدَّم أي تأكيد.
   *[other] هذا الإجراء يحتاج إلى تأكيد، ولم يُقدَّم أي تأكيد.
}
rec-cli-not-confirmed = { $what ->
    [kit-pin] يُرجى مقارنة البصمة مع المنسّق (عبر الهاتف مثلًا)، ثم إضافة --yes.
   *[other] يُرجى إضافة --yes عند التأكد من المتابعة.
}
err-cli-bad-argument = قيمة { $arg } ليست بالشكل المتوقع ({ $expected }).
err-cli-unknown-theme = لا يحمل أي موضوع في هذه المشاورة الرمز «{ $code }».
rec-cli-unknown-theme = يُرجى عرض دليل الترميز باستخدام "hearken theme list".
err-cli-unexpected = حدث خطأ غير متوقع، ولم يُغيَّر أي شيء.

col-field = الحقل
col-kind = النوع
col-session = الجلسة
quote-check-none = لا يحتوي أي اقتباس على معلومة تكشف الهوية لم تُعالَج بعد.
quote-redacted-all = { PLURAL($n) ->
    [zero] لم تُستبدل أي معلومات تكشف الهوية في أي اقتباس.
    [one] استُبدلت بعلامات بديلة المعلوماتُ التي تكشف الهوية في اقتباس واحد.
    [two] استُبدلت بعلامات بديلة المعلوماتُ التي تكشف الهوية في اقتباسين.
    [few] استُبدلت بعلامات بديلة المعلوماتُ التي تكشف الهوية في { $n } اقتباسات.
    [many] استُبدلت بعلامات بديلة المعلوماتُ التي تكشف الهوية في { $n } اقتباسًا.
   *[other] استُبدلت بعلامات بديلة المعلوماتُ التي تكشف الهوية في { $n } اقتباس.
}
export-unresolved-list = { PLURAL($n) ->
    [zero] لا يوجد أي اقتباس يحتوي على معلومات تكشف الهوية لم يُخفها أحد ولم يراجعها:
    [one] لا يزال اقتباس واحد يحتوي على معلومات تكشف الهوية لم يُخفها أحد ولم يراجعها:
    [two] لا يزال اقتباسان يحتويان على معلومات تكشف الهوية لم يُخفها أحد ولم يراجعها:
    [few] لا تزال { $n } اقتباسات تحتوي على معلومات تكشف الهوية لم يُخفها أحد ولم يراجعها:
    [many] لا يزال { $n } اقتباسًا يحتوي على معلومات تكشف الهوية لم يُخفها أحد ولم يراجعها:
   *[other] لا يزال { $n } اقتباس يحتوي على معلومات تكشف الهوية لم يُخفها أحد ولم يراجعها:
}
export-unresolved-routes = يُرجى إخفاؤها كلها باستخدام "hearken quote redact --all-flagged"، أو فحص كل اقتباس على حدة باستخدام "hearken quote check ID" والإبقاء على ما يجب أن يبقى باستخدام "hearken quote review ID".
export-other-recipient-warning = ستُشفَّر الحزمة لـ { $to }، وهو غير مذكور في حقيبة المشاورة: وكل من يحوز هذا المفتاح يستطيع قراءة كلمات المشاركين.
export-other-recipient-confirm = هل تريد التشفير لهذا المستلِم على أي حال؟
col-position = الموضع
field-text = النص
field-translation = الترجمة
quote-findings = { PLURAL($n) ->
    [zero] لم يُعثر على أي معلومات تكشف الهوية
    [one] عُثر على معلومة واحدة تكشف الهوية
    [two] عُثر على معلومتين تكشفان الهوية
    [few] عُثر على { $n } معلومات تكشف الهوية
    [many] عُثر على { $n } معلومةً تكشف الهوية
   *[other] عُثر على { $n } معلومة تكشف الهوية
}: { $kinds }. استبدلها بالأمر «hearken quote redact { $id }» أو أبقها كما هي بالأمر «hearken quote review { $id }»؛ ولا يمكن تصدير الاقتباس قبل ذلك.

identity-key-id = معرّف المفتاح: { $id }
identity-public-key = المفتاح العام (minisign): { $key }
identity-recipient = مستلِم age (مفتاح التشفير): { $recipient }
identity-fingerprint = البصمة للمقارنة عبر الهاتف: { $fingerprint }
identity-export-confirm = يستطيع أي شخص يحوز هذا الملف فتح كل الحزم المرسَلة إلى هذه الخزنة. هل تريد كتابته؟
identity-exported = كُتب مفتاح فك التشفير الخاص بـ age في { $path }. يُرجى حفظه بالعناية نفسها التي تُحفظ بها الخزنة.
kit-created = كُتبت حقيبة المشاورة في { $path }. سيرى الميسّرون هذه البصمة: { $fingerprint }
kit-first-use = حقيبة المشاورة هذه موقَّعة بمفتاح لم يسبق لهذه الخزنة أن عرفته: { $fingerprint }. يُرجى مقارنة البصمة مع المنسّق، هاتفيًا أو وجهًا لوجه، قبل قبولها.
kit-confirm = هل تطابق البصمةُ ما يقرؤه عليك المنسّق؟
kit-imported = تم استيراد حقيبة المشاورة: { $title } (الإصدار { $version }، { PLURAL($themes) ->
    [zero] لا مواضيع
    [one] موضوع واحد
    [two] موضوعان
    [few] { $themes } مواضيع
    [many] { $themes } موضوعًا
   *[other] { $themes } موضوع
}). مفتاح المنسّق: { $fingerprint }
export-preview = معاينة التصدير (الجلسات: { $sessions }، الاقتباسات: { $quotes }، الاحتياجات: { $needs }، التوصيات: { $recommendations }، عمليات الحذف: { $tombstones }). عدد الاقتباسات التي تبقى على هذا الجهاز لأن الموافقة لا تسمح بإخراجها: { $home }.
export-done = كُتبت الحزمة رقم { $sequence } في { $path } (الجلسات: { $sessions }، الاقتباسات: { $quotes }، الاحتياجات: { $needs }، التوصيات: { $recommendations }، عمليات الحذف: { $tombstones }). عدد الاقتباسات التي تبقى على هذا الجهاز لأن الموافقة لا تسمح بإخراجها: { $home }.
col-file = الملف
col-result = النتيجة
col-detail = التفاصيل
col-key-id = معرّف المفتاح
col-status = الحالة
col-bundles = الحزم
col-missing = الناقصة
import-state-imported = تم الاستيراد
import-state-already = موجود مسبقًا
import-state-quarantined = في الحجر
import-state-rejected = مرفوض
import-merged = سجلات مضافة: { $added }، سجلات محدَّثة: { $updated }، سجلات محذوفة: { $removed }
import-missing = أرقام الحزم التي لم تصل من هذا الجهاز: { $list }
import-quarantined = جهاز غير معروف { $key } ({ $fingerprint })؛ يُرجى مقارنة البصمة ثم الموافقة عليه باستخدام "hearken roster approve { $key }"
device-approved = مُوافَق عليه
device-revoked = مُلغى
device-quarantined = في الحجر
device-approved-done = تمت الموافقة على الجهاز { $key }؛ عدد الحزم التي عولجت من الحجر: { $n }.
device-revoked-done = أُلغي الجهاز { $key }: ستُرفض من الآن فصاعدًا الحزم التي وقّعها.
device-reapprove-confirm = أُلغي الجهاز { $key }. هل تريد الموافقة عليه من جديد؟
device-revoke-remove-confirm = هل تريد أيضًا حذف { PLURAL($n) ->
    [zero] أي سجل أرسله هذا الجهاز
    [one] السجل الوحيد الذي أرسله هذا الجهاز
    [two] السجلين اللذين أرسلهما هذا الجهاز
    [few] { $n } سجلات أرسلها هذا الجهاز
    [many] { $n } سجلًا أرسلها هذا الجهاز
   *[other] { $n } سجل أرسلها هذا الجهاز
}؟
device-records-removed = { PLURAL($n) ->
    [zero] لم يُحذف أي سجل أرسله هذا الجهاز.
    [one] حُذف سجل واحد أرسله هذا الجهاز.
    [two] حُذف سجلان أرسلهما هذا الجهاز.
    [few] حُذفت { $n } سجلات أرسلها هذا الجهاز.
    [many] حُذف { $n } سجلًا أرسلها هذا الجهاز.
   *[other] حُذف { $n } سجل أرسلها هذا الجهاز.
}
device-records-kept = { PLURAL($n) ->
    [zero] لم يُحذف أي سجل أرسله هذا الجهاز
    [one] أُبقي على سجل واحد أرسله هذا الجهاز
    [two] أُبقي على سجلين أرسلهما هذا الجهاز
    [few] أُبقي على { $n } سجلات أرسلها هذا الجهاز
    [many] أُبقي على { $n } سجلًا أرسلها هذا الجهاز
   *[other] أُبقي على { $n } سجل أرسلها هذا الجهاز
}؛ وللحذف يُرجى استخدام "hearken roster revoke { $key } --remove-records".
err-cli-some-rejected = { PLURAL($n) ->
    [zero] لم يُرفض أي ملف
    [one] رُفض ملف واحد
    [two] رُفض ملفان
    [few] رُفضت { $n } ملفات
    [many] رُفض { $n } ملفًا
   *[other] رُفض { $n } ملف
}{ $others ->
    [0] ، ولم يُقدَّم أي شيء آخر للاستيراد.
   *[other] ؛ ونتيجة كل ملف آخر مبيّنة في الجدول أعلاه.
}
err-cli-unknown-language = لا توجد في Hearken لغة باسم «{ $lang }».
rec-cli-unknown-language = اختر واحدة من: en، fr، es، ar، ru.
