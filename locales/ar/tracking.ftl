# Following up recommendations: official recommendations, tracking,
# progress review, dashboard, community updates, evaluation.

## Errors
err-official-empty = { $at ->
    [line] السطر { $n }
   *[entry] العنصر { $n }
}: الحقل «{ $field }» فارغ.
err-official-too-long = { $at ->
    [line] السطر { $n }
   *[entry] العنصر { $n }
}: الحقل «{ $field }» أطول من { PLURAL($max) ->
    [zero] { $max } حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}.
err-official-invalid = { $at ->
    [line] السطر { $n }
   *[entry] العنصر { $n }
}: الحقل «{ $field }» غير صالح.
rec-official-invalid = يُرجى الرجوع إلى docs/tracking.md لمعرفة القيم التي يقبلها كل حقل (mechanism: upr أو treaty؛ response: supported أو noted أو فارغ).
err-official-duplicate = { $at ->
    [line] السطر { $n }
   *[entry] العنصر { $n }
}: هذا المعرّف وارد مرتين في الملف.
err-official-not-upr = { $at ->
    [line] السطر { $n }
   *[entry] العنصر { $n }
}: الحقل «{ $field }» خاص بتوصيات الاستعراض الدوري الشامل وحدها.
err-official-unknown-column = يحتوي الملف على عمود لا تعرفه هذه الصيغة: «{ $column }».
rec-official-unknown-column = الأعمدة هي id وmechanism وsource وtext وresponse وrecommending_state وarticles.
err-official-missing-column = لا يحتوي الملف على العمود «{ $column }».
rec-official-missing-column = يجب أن يذكر السطر الأول أسماء الأعمدة، والأعمدة id وmechanism وsource وtext إلزامية.
err-official-not-csv = هذا ليس ملف CSV يستطيع Hearken قراءته.
err-official-bad-line = تتعذّر قراءة السطر { $n }: عدد الحقول غير صحيح، أو علامات الاقتباس غير مكتملة، أو النص ليس بترميز UTF-8.
err-official-not-json = هذا ليس ملف JSON للتوصيات الرسمية (توجد مشكلة قرب السطر { $n }).
rec-official-not-json = يجب أن يبدأ الملف بـ {"{"}"format": "hearken-official-recommendations", "version": 1, …{"}"}.
err-official-too-many = يحتوي الملف على أكثر من { PLURAL($max) ->
    [zero] { $max } توصية
    [one] توصية واحدة
    [two] توصيتين
    [few] { $max } توصيات
    [many] { $max } توصية
   *[other] { $max } توصية
}.
err-tracking-unknown-official = لا توجد توصية رسمية بالمعرّف «{ $id }».
rec-tracking-unknown-official = يُرجى استيراد التوصيات الرسمية أولًا، أو عرضها باستخدام «hearken tracking list».
err-tracking-unknown-state = «{ $state }» ليست حالة معروفة.
rec-tracking-unknown-state = الحالات هي not_started وin_progress وpartially_implemented وimplemented وregressed وno_information.
err-tracking-future-date = هذا التاريخ في المستقبل، والسجل يوثّق ما حدث بالفعل.
err-tracking-review-before = يجب أن يكون تاريخ المراجعة التالية لاحقًا لتاريخ الإدخال.
err-tracking-already-linked = هذان العنصران مرتبطان بالفعل.
err-tracking-not-linked = هذان العنصران غير مرتبطين.
err-tracking-not-tracked = لا تُتابَع إلا التوصيات الرسمية والتوصيات المجتمعية.
err-file-folder-in-use = المجلد ليس فارغًا ولا يحتوي على لوحة متابعة سابقة، ولم يُكتب أي شيء.
rec-file-folder-in-use = يُرجى اختيار مجلد جديد أو فارغ.

## States, mechanisms, responses
state-not-started = لم يبدأ التنفيذ
state-in-progress = قيد التنفيذ
state-partially-implemented = نُفّذت جزئيًا
state-implemented = نُفّذت
state-regressed = حدث تراجع
state-no-information = لا توجد معلومات
mechanism-upr = الاستعراض الدوري الشامل
mechanism-treaty = هيئة معاهدة
mechanism-community = توصية مجتمعية
response-supported = مؤيَّدة
response-noted = أُحيط بها علمًا

## Evaluation
question-felt-safe = الشعور بالأمان عند التحدث
question-own-language = إمكانية استخدام لغتهم الخاصة
question-accessible = تلبية احتياجات إمكانية الوصول
question-again = الرغبة في المشاركة مجددًا
answer-yes = نعم
answer-partly = جزئيًا
answer-no = لا
answer-unanswered = بلا إجابة

## Progress review
rv-title = مراجعة التقدّم: ما الذي آلت إليه التوصيات
rv-as-of = الوضع في { $date }
rv-summary = ملخّص
rv-fig-official = التوصيات الرسمية
rv-fig-community = التوصيات المجتمعية
rv-fig-due = التوصيات التي حان موعد مراجعتها
rv-col-state = الحالة
rv-col-count = التوصيات
rv-col-theme = الموضوع
rv-chart-states = التوصيات حسب الحالة
rv-by-theme = حسب الموضوع
rv-no-themes = لم تُربط أي توصية بموضوع بعد.
rv-by-body = حسب الجهة المسؤولة
rv-no-body = لم تُسجَّل جهة مسؤولة
rv-evaluation = كيف قيّم المشاركون العملية
rv-evaluation-intro = جُمعت تقييمات مجهولة الهوية في { PLURAL($sessions) ->
    [zero] { $sessions } جلسة
    [one] جلسة واحدة
    [two] جلستين
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
}، وبلغ عدد من قدّموها { $people }. لا تُعرض الأعداد الأقل من الحد الأدنى.
rv-question = السؤال
rv-status = الحالة: { $state } (منذ { $since })
rv-next-review = موعد المراجعة التالية: { $date }
rv-linked = التوصيات المرتبطة: { $codes }
rv-quote-from = الاقتباس { $code }
rv-quote-trace = الاقتباس { $code } · الجلسة { $session } · الحزمة { $bundle }
rv-recommended-by = الدولة الموصية: { $state }

## Community update (one page)
up-title = ما الذي حدث لآرائكم
up-issued = تحديث بتاريخ { $date }
up-fig-sessions = الحوارات المجتمعية
up-fig-people = الأشخاص الذين شاركوا
up-fig-quotes = الأقوال المسجَّلة
up-heard = ما سمعناه
up-theme = { $theme }: { PLURAL($quotes) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $quotes } اقتباسات
    [many] { $quotes } اقتباسًا
   *[other] { $quotes } اقتباس
} من { PLURAL($sessions) ->
    [zero] { $sessions } حوار
    [one] حوار واحد
    [two] حوارين
    [few] { $sessions } حوارات
    [many] { $sessions } حوارًا
   *[other] { $sessions } حوار
}
up-happened = ما الذي حدث منذ ذلك الحين
up-more = { PLURAL($n) ->
    [zero] ولا توصيات أخرى
    [one] وتوصية واحدة أخرى
    [two] وتوصيتان أخريان
    [few] و{ $n } توصيات أخرى
    [many] و{ $n } توصية أخرى
   *[other] و{ $n } توصية أخرى
}
up-nothing-yet = لم يُسجَّل شيء بعد.
up-evaluation = كيف قيّمتم الحوارات

## Dashboard
db-skip = الانتقال إلى المحتوى
db-nav-pages = الصفحات
db-nav-language = اللغة
db-nav-pager = صفحات التوصيات
db-overview = نظرة عامة
db-recommendations = التوصيات
db-recommendations-page = التوصيات، الصفحة { $page } من { $pages }
db-records = النصوص وسجل المتابعة
db-records-page = النصوص وسجل المتابعة، الصفحة { $page } من { $pages }
db-records-intro = يفتح كل رمز النص الكامل للتوصية وسجل متابعتها وما قالته المجتمعات، باللغة التي كُتبت بها.
db-col-code = التوصية
db-col-since = منذ
db-bodies = الجهات المسؤولة
db-communities = المجتمعات
db-footer = نُشر باستخدام Hearken بتاريخ { $date }. لا تُعرض بدقة أعداد الأشخاص الأقل من { $k }. ولا تظهر الاقتباسات إلا إذا وافق قائلها على مشاركتها.
db-chart-states = التوصيات حسب الحالة
db-fig-sessions = الحوارات المجتمعية
db-fig-people = الأشخاص الذين شاركوا
db-states = أين وصلت التوصيات
db-mechanisms = حسب الآلية
db-col-mechanism = الآلية
db-none = لا تُتابَع أي توصية بعد.
db-history = سجل المتابعة
db-voices = ما قالته المجتمعات
db-col-body = الجهة المسؤولة
db-communities-intro = { PLURAL($sessions) ->
    [zero] لا حوارات مجتمعية
    [one] حوار مجتمعي واحد
    [two] حواران مجتمعيان
    [few] { $sessions } حوارات مجتمعية
    [many] { $sessions } حوارًا مجتمعيًا
   *[other] { $sessions } حوار مجتمعي
}، وعدد المشاركين فيها: { $people }.
db-regions = الحوارات حسب المنطقة
db-col-region = المنطقة
db-col-sessions = الحوارات
db-col-people = الأشخاص
db-themes = ما سُمع، حسب الموضوع
db-col-quotes = الاقتباسات

## CLI
tracking-imported = { PLURAL($added) ->
    [zero] لم تُستورد أي توصية رسمية
    [one] استُوردت توصية رسمية واحدة
    [two] استُوردت توصيتان رسميتان
    [few] استُوردت { $added } توصيات رسمية
    [many] استُوردت { $added } توصية رسمية
   *[other] استُوردت { $added } توصية رسمية
} ({ PLURAL($unchanged) ->
    [zero] لا توجد توصية معروفة سابقًا بلا تغيير
    [one] توصية واحدة كانت معروفة سابقًا ولم تتغيّر
    [two] توصيتان كانتا معروفتين سابقًا ولم تتغيّرا
    [few] { $unchanged } توصيات كانت معروفة سابقًا ولم تتغيّر
    [many] { $unchanged } توصية كانت معروفة سابقًا ولم تتغيّر
   *[other] { $unchanged } توصية كانت معروفة سابقًا ولم تتغيّر
}).
tracking-changed = { PLURAL($n) ->
    [zero] لا توجد معرّفات معروفة سابقًا تختلف حقولها في الملف
    [one] معرّف واحد معروف سابقًا تختلف حقوله في الملف، وقد تُرك كما كان
    [two] معرّفان معروفان سابقًا تختلف حقولهما في الملف، وقد تُركا كما كانا
    [few] { $n } معرّفات معروفة سابقًا تختلف حقولها في الملف، وقد تُركت كما كانت
    [many] { $n } معرّفًا معروفًا سابقًا تختلف حقولها في الملف، وقد تُركت كما كانت
   *[other] { $n } معرّف معروف سابقًا تختلف حقولها في الملف، وقد تُركت كما كانت
}: { $ids }. يُرجى إعادة الاستيراد مع --replace-changed لتسجيل النسخ الجديدة.
tracking-replaced = { PLURAL($n) ->
    [zero] لم يُستبدل أي معرّف معروف سابقًا
    [one] تغيّر معرّف واحد معروف سابقًا واستُبدل
    [two] تغيّر معرّفان معروفان سابقًا واستُبدلا
    [few] تغيّرت { $n } معرّفات معروفة سابقًا واستُبدلت
    [many] تغيّر { $n } معرّفًا معروفًا سابقًا واستُبدلت
   *[other] تغيّر { $n } معرّف معروف سابقًا واستُبدلت
} (حُفظت النصوص القديمة بوصفها ملاحظات تصحيح): { $ids }.
tracking-col-id = المعرّف
tracking-col-mechanism = الآلية
tracking-col-state = الحالة
tracking-col-since = منذ
tracking-col-body = الجهة المسؤولة
tracking-col-text = النص
tracking-col-date = التاريخ
tracking-col-evidence = الأدلة
tracking-col-source = المصدر
tracking-col-by = المسجِّل
tracking-none-due = لا توجد توصيات حان موعد مراجعتها.
tracking-exported = كُتبت بيانات المتابعة في { $path }.
tracking-linked = تم الربط بـ { $target }.
tracking-unlinked = أُزيل الربط بـ { $target }.
dashboard-done = كُتبت لوحة المتابعة في { $path } ({ PLURAL($files) ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
}).
evaluation-added = سُجّل التقييم { $id } ({ PLURAL($redacted) ->
    [zero] لم تُستبدل أي معلومة تكشف الهوية في التعليق
    [one] استُبدلت معلومة واحدة تكشف الهوية في التعليق
    [two] استُبدلت معلومتان تكشفان الهوية في التعليق
    [few] استُبدلت { $redacted } معلومات تكشف الهوية في التعليق
    [many] استُبدلت { $redacted } معلومة تكشف الهوية في التعليق
   *[other] استُبدلت { $redacted } معلومة تكشف الهوية في التعليق
}).
evaluation-col-id = المعرّف
evaluation-col-session = الجلسة
evaluation-col-comment = التعليق
update-created = كُتب التحديث الموقَّع الموجَّه إلى المجتمعات في { $path }.
update-imported = استُورد التحديث «{ $title }» الصادر بتاريخ { $date } ({ PLURAL($n) ->
    [zero] لا توصيات
    [one] توصية واحدة
    [two] توصيتان
    [few] { $n } توصيات
    [many] { $n } توصية
   *[other] { $n } توصية
}).
db-fewer-than = أقل من { $k }
db-withheld = مخفي
db-table-states = التوصيات حسب الحالة، بالأرقام
db-table-mechanisms = التوصيات حسب الآلية والحالة
db-table-evaluation = الإجابات عن كل سؤال
db-table-bodies = التوصيات حسب الجهة المسؤولة والحالة
