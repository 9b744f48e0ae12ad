# تطبيق سطح المكتب: متابعة التوصيات. شاشة المتابعة لدى المنسّق
# (ui/src/screens/coordinator/Tracking*.svelte) وشاشتا التقييم والتحديث لدى
# الميسّر (ui/src/screens/facilitator/). الحالات والآليات والردود والأسئلة
# والإجابات وعناوين التحديث (rv-* وup-*) موجودة في tracking.ftl. الرسائل التي
# تبدأ بـ fac-p- موجّهة إلى المشارك وتُعرض بلغته.

coord-screen-tracking = المتابعة
fac-screen-evaluation = التقييم
fac-screen-update = التحديث

ui-path-or-dialog = اتركه فارغًا للاختيار من نافذة.

## المتابعة: الشاشة وقائمتها

coord-track-heading = متابعة التوصيات
coord-track-intro = ما آلت إليه التوصيات: التوصيات الرسمية الصادرة عن الاستعراض الدوري الشامل وهيئات المعاهدات، والتوصيات التي قدّمتها المجتمعات نفسها. كل تغيير يُضاف إدخالًا جديدًا في السجل؛ لا يُعدَّل شيء ولا يُحذف.
coord-track-loading = جارٍ تحميل المتابعة…
coord-track-filter-article = مادة المعاهدة
coord-track-filter-due = التوصيات التي حان موعد مراجعتها فقط
coord-track-count = تُعرض { $shown } من أصل { PLURAL($total) ->
    [zero] { $total } توصية
    [one] توصية واحدة
    [two] توصيتين
    [few] { $total } توصيات
    [many] { $total } توصية
   *[other] { $total } توصية
}.
coord-track-empty = لا تُتابَع أي توصية بعد. استورد التوصيات الرسمية، أو الحزم التي تحمل توصيات المجتمعات.
coord-track-none-shown = لا توجد توصية تطابق عوامل التصفية هذه.
coord-track-list-caption = التوصيات المتابَعة
coord-track-list-keys = في القائمة، ينقلك السهمان لأعلى ولأسفل من توصية إلى التي تليها؛ ويعرضها مفتاح الإدخال في الأسفل.
coord-track-due = حان موعد مراجعتها

## المتابعة: استيراد التوصيات الرسمية

coord-track-import-heading = التوصيات الرسمية
coord-track-import-intro = استورد التوصيات التي اعتمدتها آلية ما، من ملف CSV أو JSON. يُستورد الملف كاملًا أو لا يُستورد منه شيء.
coord-track-import-path = الملف المراد استيراده (CSV أو JSON)
coord-track-import = استيراد التوصيات الرسمية…
coord-track-import-dialog = التوصيات الرسمية المراد استيرادها
coord-track-changed = { PLURAL($n) ->
    [zero] لا توجد معرّفات معروفة سابقًا تختلف حقولها في هذا الملف:
    [one] معرّف واحد معروف سابقًا تختلف حقوله في هذا الملف، وقد تُرك كما كان:
    [two] معرّفان معروفان سابقًا تختلف حقولهما في هذا الملف، وقد تُركا كما كانا:
    [few] { $n } معرّفات معروفة سابقًا تختلف حقولها في هذا الملف، وقد تُركت كما كانت:
    [many] { $n } معرّفًا معروفًا سابقًا تختلف حقولها في هذا الملف، وقد تُركت كما كانت:
   *[other] { $n } معرّف معروف سابقًا تختلف حقولها في هذا الملف، وقد تُركت كما كانت:
}
coord-track-replace = استبدال ما تغيّر منها
coord-track-replace-hint = تُسجَّل النسخ الجديدة، ويحتفظ السجل بالنصوص القديمة بوصفها ملاحظات تصحيح.

## المتابعة: توصية واحدة

coord-track-choose = اختر توصية من القائمة لعرض سجلها وتسجيل تغيير.
coord-track-since = منذ { $date }
coord-track-next-review = موعد المراجعة التالية
coord-track-articles = مواد المعاهدات
coord-track-themes = المواضيع
coord-track-none-listed = لا يوجد
coord-track-due-note = حان موعد مراجعتها: حلّ تاريخ مراجعتها التالية، أو لم يُسجَّل شيء منذ سنة.
coord-track-not-shareable = موافقة المجموعة في جلستها لا تشمل المشاركة: لذلك تبقى خارج مراجعة التقدّم ولوحة المتابعة والتحديثات الموجَّهة إلى المجتمعات.
coord-track-links-official = التوصيات الرسمية التي تدعمها
coord-track-links-community = التوصيات المجتمعية المرتبطة بها
coord-track-links-none = لا روابط بعد.
coord-track-show = عرض { $code }
coord-track-unlink = إزالة الربط بـ { $code }
coord-track-suggestions = اقتراحات
coord-track-suggestions-hint = توصيات رسمية يطابق معرّفها أو موادها مراجعَ هذه التوصية أو مراجع مواضيعها. لا يُربط شيء حتى تختار.
coord-track-suggestions-none = لا اقتراحات.
coord-track-link = الربط بـ { $code }
coord-track-linked-articles = مواد المعاهدات المرتبطة
coord-track-link-article = ربط مادة من معاهدة
coord-track-link-article-hint = اكتبها كما يكتب دليل الترميز مراجعه، مثل CEDAW art. 14.
coord-track-link-article-submit = ربط المادة
coord-track-quotes = ما قيل
coord-track-quote-private = للمنسّق وحده
coord-track-history = سجل المتابعة
coord-track-history-hint = لا تُعدَّل الإدخالات ولا تُحذف أبدًا. لتصحيح أحدها، سجّل إدخالًا جديدًا بالتاريخ نفسه يذكر ما يصحّحه.
coord-track-history-empty = لم يُسجَّل شيء بعد.

## المتابعة: تسجيل تغيير

coord-track-form-heading = تسجيل تغيير
coord-track-form-intro = يُضاف الإدخال إلى سجل { $code }. يسجّله Ctrl+Enter من أي حقل.
coord-track-field-state = الحالة الجديدة
coord-track-field-date = تاريخ الأدلة
coord-track-field-date-hint = سنة-شهر-يوم، على ألا يتجاوز تاريخ اليوم.
coord-track-field-evidence = الأدلة (إلزامية)
coord-track-field-evidence-hint = ما يُثبت هذه الحالة: قانون، أو قرار، أو بند في الميزانية، أو زيارة.
coord-track-field-source = المصدر
coord-track-field-source-hint = الوثيقة أو الرابط الذي تأتي منه الأدلة.
coord-track-field-body = الجهة المسؤولة
coord-track-field-body-keep = اتركه فارغًا للإبقاء على الجهة الحالية: { $body }.
coord-track-field-body-none = اتركه فارغًا إن لم تكن الجهة معروفة بعد.
coord-track-field-next-review = تاريخ المراجعة التالية
coord-track-field-next-review-hint = اختياري. سنة-شهر-يوم، بعد تاريخ الإدخال.
coord-track-submit = تسجيل التغيير
coord-track-shortcut = Ctrl+Enter
coord-track-evidence-required = اكتب الأدلة على هذا التغيير.
coord-track-recorded = سُجّل لـ { $code }: { $state } منذ { $date }.

## المتابعة: المخرجات

coord-track-outputs-heading = المخرجات
coord-track-outputs-intro = لا تحتوي إلا على ما يجوز أن يتجاوز المنسّق: التوصيات الرسمية، والتوصيات المجتمعية التي تشمل موافقة مجموعتها المشاركة، والاقتباسات التي وافق قائلوها على مشاركتها.
coord-track-out-path = الحفظ في (ملف، أو مجلد للوحة المتابعة)
coord-track-review-language = لغة مراجعة التقدّم
coord-track-write-review = مراجعة التقدّم (PDF)
coord-track-write-dashboard = لوحة المتابعة (مجلد صفحات ويب)
coord-track-write-open-data-csv = البيانات المفتوحة (CSV)
coord-track-write-open-data-json = البيانات المفتوحة (JSON)
coord-track-write-update = التحديث الموجَّه إلى المجتمعات (ملف موقَّع)
coord-track-dialog-review = حفظ مراجعة التقدّم باسم
coord-track-dialog-dashboard = مجلد لوحة المتابعة
coord-track-dialog-open-data = حفظ البيانات المفتوحة باسم
coord-track-dialog-update = حفظ التحديث الموجَّه إلى المجتمعات باسم
coord-track-writing = جارٍ الكتابة…
coord-track-written-review = حُفظت مراجعة التقدّم في { $path }: { PLURAL($pages) ->
    [zero] لا صفحات
    [one] صفحة واحدة
    [two] صفحتان
    [few] { $pages } صفحات
    [many] { $pages } صفحة
   *[other] { $pages } صفحة
}، { $size }.
coord-track-written-dashboard = كُتبت لوحة المتابعة في { $path }: { PLURAL($files) ->
    [zero] لا ملفات
    [one] ملف واحد
    [two] ملفان
    [few] { $files } ملفات
    [many] { $files } ملفًا
   *[other] { $files } ملف
}، { $size }.
coord-track-written-file = حُفظ { $path } ({ $size }).
coord-track-written-update = وُقّع التحديث الموجَّه إلى المجتمعات وحُفظ في { $path } ({ $size }). أرسله إلى الميسّرين: يطبعه تطبيقهم في صفحة واحدة.

## التقييم (جهة الميسّر)

fac-eval-heading = تقييم الحوار
fac-eval-intro = في نهاية الجلسة، سلّم الحاسوب إلى مشارك واحد في كل مرة. الإجابات مجهولة الهوية: لا يُرفق بها أي رمز أو اسم، ولا تعرض هذه الشاشة أبدًا ما أجاب به أي شخص.
fac-eval-count = { PLURAL($n) ->
    [zero] لم يُسجَّل أي تقييم لهذه الجلسة.
    [one] سُجّل تقييم واحد لهذه الجلسة.
    [two] سُجّل تقييمان لهذه الجلسة.
    [few] سُجّلت { $n } تقييمات لهذه الجلسة.
    [many] سُجّل { $n } تقييمًا لهذه الجلسة.
   *[other] سُجّل { $n } تقييم لهذه الجلسة.
}
fac-eval-saved = سُجّل التقييم { $n }. النموذج جاهز للشخص التالي.
fac-eval-redacted = { PLURAL($n) ->
    [zero] لم تُستبدل أي معلومة تكشف الهوية في التعليق.
    [one] استُبدلت معلومة واحدة تكشف الهوية في التعليق.
    [two] استُبدلت معلومتان تكشفان الهوية في التعليق.
    [few] استُبدلت { $n } معلومات تكشف الهوية في التعليق.
    [many] استُبدلت { $n } معلومة تكشف الهوية في التعليق.
   *[other] استُبدلت { $n } معلومة تكشف الهوية في التعليق.
}

## التقييم (أمام المشارك، بلغته)

fac-p-eval-title = كيف كان هذا الحوار بالنسبة إليك؟
fac-p-eval-intro = إجاباتك مجهولة الهوية: لا أحد يستطيع أن يعرف بماذا أجبت. يمكنك ترك أي سؤال بلا إجابة.
fac-p-eval-comment = أي شيء آخر يهمّك أن نعرفه (اختياري)
fac-p-eval-comment-hint = تُستبدل الأسماء والأرقام تلقائيًا قبل حفظ تعليقك.
fac-p-eval-save = حفظ إجاباتي

## التحديث (جهة الميسّر)

fac-update-heading = ما الذي حدث لآرائكم
fac-update-intro = يرسل المنسّق تحديثًا موقَّعًا عمّا آلت إليه توصيات المجتمعات. استورده هنا، ثم اطبعه في صفحة واحدة لإعادته إلى المجتمع.
fac-update-import-path = ملف التحديث الوارد من المنسّق
fac-update-import = استيراد التحديث
fac-update-dialog = التحديث الموجَّه إلى المجتمعات من المنسّق
fac-update-none = لم يُستورد أي تحديث بعد لمشاورة هذه الجلسة.
fac-update-figures = الأرقام الرئيسية
fac-update-print-heading = الطباعة للمجتمع
fac-update-print-language = لغة الصفحة
fac-update-print-language-hint = تُترجم عناوين الأقسام؛ أما العناوين والتوصيات فتبقى باللغة التي كُتبت بها.
fac-update-print-path = حفظ الصفحة باسم
fac-update-print = الطباعة إلى PDF
fac-update-print-dialog = حفظ التحديث ذي الصفحة الواحدة باسم
fac-update-printed = { PLURAL($pages) ->
    [zero] لم تُحفظ أي صفحة في { $path } (اللغة: { $language }).
    [one] حُفظت صفحة واحدة في { $path } (اللغة: { $language }).
    [two] حُفظت صفحتان في { $path } (اللغة: { $language }).
    [few] حُفظت { $pages } صفحات في { $path } (اللغة: { $language }).
    [many] حُفظت { $pages } صفحة في { $path } (اللغة: { $language }).
   *[other] حُفظت { $pages } صفحة في { $path } (اللغة: { $language }).
}
