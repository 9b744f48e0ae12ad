# التقرير الإطاري («ما سمعناه والإجراءات المقترحة للمضي قدماً») وملخص
# «ما سمعناه» في صفحة واحدة لكل جلسة.
fw-title = ما سمعناه والإجراءات المقترحة للمضي قدماً
fw-period = جلسات عُقدت من { $from } إلى { $to }
fw-reach = { PLURAL($sessions) ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
   *[other] { $sessions } جلسة
} · المشاركون الذين تم الوصول إليهم: { $people } · { PLURAL($quotes) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $quotes } اقتباسات
   *[other] { $quotes } اقتباسًا
}
fw-method = المنهجية
fw-method-intro = يجمع هذا التقرير الحوارات المجتمعية التي عُقدت في إطار هذه المشاورة. أدار كل جلسة ميسّرون مدرَّبون، وسجّلوا الموافقة المستنيرة لكل مشارك، ودوّنوا كلماتهم تحت رموز مستعارة، وأرسلوها إلى المنسّق في حزمة موقّعة ومشفّرة. لا يظهر الاقتباس هنا إلا إذا كانت موافقة قائله تسمح بذلك؛ وقد حُذفت كلمات المشاركين الذين سحبوا موافقتهم من كل مكان.
fw-fig-sessions = الجلسات
fw-fig-participants = المشاركون الذين تم الوصول إليهم
fw-fig-quotes = الاقتباسات المسجّلة
fw-fig-regions = المناطق
fw-fig-languages = اللغات
fw-sessions-by-region = الجلسات والمشاركون حسب المنطقة
fw-sessions-by-language = الجلسات والمشاركون حسب اللغة
fw-col-region = المنطقة
fw-col-language = اللغة
fw-col-group = الفئة
fw-col-sessions = الجلسات
fw-col-people = الأشخاص
fw-col-quotes = الاقتباسات
fw-col-theme = الموضوع
fw-col-themes = المواضيع
fw-col-date = التاريخ
fw-col-place = المكان
fw-col-session = الجلسة
fw-col-languages = اللغات
fw-col-bundle = الحزمة / الجهاز
fw-col-need = الاحتياج
fw-col-recommendation = التوصية
fw-col-duty-bearer = الجهة المكلّفة بالمسؤولية
fw-col-references = المراجع
fw-col-sources = سُمعت في
fw-col-pair = المواضيع
fw-total = المجموع
fw-coverage = المشاركة والتغطية
fw-coverage-intro = من شارك، وأين، وبأي لغة. يُعدّ الأشخاص بوصفهم سجلات مشاركين حسب المنطقة وحسب لغة موافقتهم؛ أما الفئات الديموغرافية فمصدرها الأعداد التي سجّلها كل ميسّر.
fw-chart-regions = المشاركون حسب المنطقة
fw-chart-languages = المشاركون حسب لغة الموافقة
fw-chart-groups = الأشخاص المعدودون حسب الفئة الديموغرافية
fw-gaps = ثغرات التغطية
fw-gaps-intro = كانت المشاورة تعتزم الاستماع إلى هذه المناطق والفئات، لكن لم تصل إليها أي جلسة بعد:
fw-gap-region = منطقة بلا جلسة: { $region }
fw-gap-group = فئة لم يُعدّ فيها أحد: { $group }
fw-gaps-none = تم الوصول إلى كل المناطق والفئات التي تسمّيها المشاورة.
fw-findings = النتائج حسب الموضوع
fw-findings-intro = عدد المرات التي ورد فيها كل موضوع من دليل الترميز. الاقتباس المرمَّز بموضوع فرعي يُحسب أيضًا لموضوعه الأصلي مرة واحدة. تُعرض الاقتباسات باللغة التي قيلت بها، مع ترجمة حين قدّمها الميسّر؛ ويذكر كلٌّ منها الجلسة والحزمة التي جاء منها.
fw-chart-theme-quotes = الاقتباسات حسب الموضوع
fw-chart-theme-sessions = الجلسات التي ورد فيها كل موضوع
fw-matrix-region = الاقتباسات حسب الموضوع والمنطقة
fw-matrix-group = الاقتباسات حسب الموضوع والفئة الديموغرافية للجلسة
fw-co-occurrence = مواضيع طُرحت معًا
fw-co-none = لم يُرمَّز أي اقتباس بموضوعين.
fw-theme-counts = { PLURAL($quotes) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $quotes } اقتباسات
   *[other] { $quotes } اقتباسًا
} من { PLURAL($sessions) ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستين
    [few] { $sessions } جلسات
   *[other] { $sessions } جلسة
}.
fw-theme-nothing-shown = لا يمكن عرض أي اقتباس عن هذا الموضوع في هذا التقرير: الموافقة المعطاة لا تشمل ذلك.
fw-themes-silent = مواضيع لم ترد في أي جلسة: { $themes }
fw-attribution = { $speaker } · الجلسة { $session } ({ $date }، { $place }) · الحزمة { $bundle }
fw-attribution-local = { $speaker } · الجلسة { $session } ({ $date }، { $place }) · سُجّل على هذا الجهاز
fw-speaker-group = المجموعة
fw-local = هذا الجهاز
fw-needs = الاحتياجات الموثّقة
fw-needs-none = لم يُوثَّق أي احتياج.
fw-recommendations = التوصيات
fw-recommendations-intro = إجراءات اقترحتها المجتمعات، مجمّعة حسب الموضوع وحسب الالتزام التعاهدي الذي تتصل به. حين دمج المنسّق توصيتين تقولان الشيء نفسه، تظهران مرة واحدة مع كل الجلسات التي سُمعتا فيها.
fw-by-theme = حسب الموضوع
fw-col-number = الرقم
fw-col-obligation = الالتزام
fw-col-recommendations = التوصيات
fw-by-reference-intro = كل التزام تعاهدي أو توصية من الاستعراض الدوري الشامل، مع التوصيات الواردة أعلاه (بأرقامها) التي تتصل به.
fw-by-reference = حسب الالتزام التعاهدي
fw-unthemed = غير مرتبطة بموضوع
fw-unreferenced = غير مرتبطة بالتزام
fw-recommendations-none = لم تُسجَّل أي توصية.
fw-annex = ملحق: الجلسات
fw-summary-title = ما سمعناه في { $place }
fw-summary-byline = { $date } · { $place }، { $region }
fw-summary-discussed = ما تحدثنا عنه
fw-summary-words = بكلماتكم
fw-summary-needs = ما تحتاجون إليه
fw-summary-recommendations = ما طلبتموه
fw-summary-no-quotes = لا يمكن عرض أي اقتباس من هذه الجلسة هنا.
fw-summary-more = { PLURAL($n) ->
    [zero] لا شيء آخر في التقرير الكامل.
    [one] يرد بند آخر في التقرير الكامل.
    [two] يرد بندان آخران في التقرير الكامل.
    [few] ترد { $n } بنود أخرى في التقرير الكامل.
   *[other] يرد { $n } بندًا آخر في التقرير الكامل.
}
fw-summary-next = شكرًا لمشاركتكم. سيُجمع ما قلتموه مع حوارات المجتمعات الأخرى في التقرير «{ $engagement }». لا يظهر فيه اسم أحد. لا يزال بإمكانكم سحب موافقتكم: اطلبوا ذلك من الميسّر.

err-report-language = لا توجد لغة تقرير باسم «{ $lang }».
rec-report-language = اختر واحدة من: en، fr، es، ar، ru.
err-report-session = هذه الجلسة ليست جزءًا من هذا التقرير.
rec-report-session = تحقّق من معرّف الجلسة باستخدام «hearken session list»، ومن عوامل التصفية.
err-merge-same = لا يمكن دمج توصية في نفسها.
err-merge-engagement = لا يمكن دمج إلا توصيات من المشاورة نفسها.
err-merge-chain = هذه التوصية مدمجة بالفعل، أو دُمجت فيها توصيات أخرى.
rec-merge-chain = ادمج في التوصية التي تُبقى عليها، أو ألغِ الدمج السابق أولًا.
err-merge-none = هاتان التوصيتان غير مدمجتين.
recommendation-merged = تم الدمج: يعرض التوليف الآن { $kept } مع مصادر التوصيتين.
recommendation-merged-line = { $kept } تمثّل أيضًا { $merged } (دمج)
recommendation-unmerged = أُلغي الدمج: تظهر { $merged } وحدها من جديد.
report-pdf-done = { PLURAL($pages) ->
    [zero] كُتب تقرير فارغ في { $path }.
    [one] كُتب تقرير من صفحة واحدة في { $path }.
    [two] كُتب تقرير من صفحتين في { $path }.
    [few] كُتب تقرير من { $pages } صفحات في { $path }.
   *[other] كُتب تقرير من { $pages } صفحة في { $path }.
}
fw-differencing = يغطي هذا التقرير جزءًا من عملية المشاركة فقط. ولو قورنت أعداد الأشخاص فيه بتقرير العملية كاملةً، أو بتقرير جزء آخر منها، لأمكن أن تكشف عدد من شاركوا ضمن مجموعات تقل عن { $k }، لذلك لا يُعرض أيّ عدد للأشخاص. ويعرضها تقرير العملية كاملةً حسب المنطقة واللغة والفئة.
fw-analysis-codebook = تأتي المواضيع في هذا التقرير من ترميز التحليل الذي أجراه المحللون في برنامج للتحليل النوعي ثم أُعيد إلى Hearken، وليس من دليل رموز حقيبة المشاورة.
fw-filtered = تقرير مُصفّى: { $filters }
fw-filter-regions = المناطق { $list }
fw-filter-languages = اللغات { $list }
fw-filter-groups = الفئات { $list }
fw-filter-dates = الجلسات من { $from } إلى { $to }
language-en = الإنجليزية
language-fr = الفرنسية
language-es = الإسبانية
language-ar = العربية
language-ru = الروسية
