# تطبيق سطح المكتب: شاشات التنسيق (ui/src/screens/coordinator/)
# وأخطاء أوامر التنسيق (src-tauri/src/commands/coordinator/).

coord-screen-import = الاستيراد
coord-screen-dashboard = لوحة المتابعة
coord-screen-themes = المواضيع
coord-screen-recommendations = التوصيات
coord-screen-report = التقرير

coord-loading = جارٍ حساب التوليف…
coord-made-here = أُنشئ على هذا الحاسوب

## أخطاء أوامر التنسيق

err-coord-no-engagement = لا تحتوي هذه الخزنة على أي مشاورة بعد.
rec-coord-no-engagement = أنشئ المشاورة (أو حمّل العرض التجريبي) بالأمر hearken، ثم استورد حزم الميسّرين.

## عوامل التصفية

coord-filters = عوامل التصفية
coord-filter-region = المنطقة
coord-filter-language = اللغة
coord-filter-group = الفئة
coord-filter-from = من تاريخ
coord-filter-to = إلى تاريخ
coord-filter-engagement = المشاورة
coord-filter-engagement-choose = اختر مشاورة
coord-filter-all = الكل
coord-filter-date-hint = التواريخ بصيغة سنة-شهر-يوم، مثل 2026-03-31. اتركه فارغًا لعدم التقييد.
coord-filter-apply = تطبيق عوامل التصفية
coord-filter-clear = مسح عوامل التصفية

## الاستيراد

coord-import-heading = استيراد الحزم
coord-import-intro = أدخِل الحزم التي أرسلها إليك الميسّرون. يُتحقَّق من كل ملف ويُفك تشفيره ويُدمج؛ أما الملف الوارد من جهاز لم توافق عليه بعد فيوضع في الحجر حتى توافق عليه.
coord-import-pick = اختيار ملفات الحزم…
coord-import-pick-title = الحزم المراد استيرادها
coord-import-drop = أو أفلِت الملفات على هذه النافذة.
coord-import-paths = أو اكتب مسارات الملفات
coord-import-paths-hint = مسار واحد في كل سطر.
coord-import-submit = استيراد هذه الملفات
coord-import-progress = { PLURAL($total) ->
    [zero] لا ملفات
    [one] اكتمل { $done } من ملف واحد
    [two] اكتمل { $done } من ملفين
    [few] اكتمل { $done } من { $total } ملفات
   *[other] اكتمل { $done } من { $total } ملف
}
coord-import-summary = ما حدث لكل ملف
coord-import-totals = المستورَدة: { $imported }. الموجودة سابقًا: { $alreadyHad }. في الحجر: { $quarantined }. المرفوضة: { $rejected }.
coord-col-file = الملف
coord-col-result = النتيجة
coord-col-detail = التفاصيل
coord-outcome-imported = استُورد
coord-outcome-alreadyHad = موجود سابقًا
coord-outcome-quarantined = في الحجر
coord-outcome-rejected = مرفوض
coord-import-merged = السجلات المضافة: { $added }، المحدَّثة: { $updated }، المحذوفة: { $removed }.
coord-import-already-detail = استُوردت هذه الحزمة من قبل؛ لم يتغيّر شيء.
coord-import-quarantined-detail = موقَّع من الجهاز { $key } الذي لم تتم الموافقة عليه بعد. البصمة: { $fingerprint }.

## الأجهزة

coord-roster-heading = أجهزة الميسّرين
coord-roster-intro = قبل الموافقة على جهاز، اقرأ بصمته بصوت عالٍ مع الميسّر، بالهاتف أو وجهًا لوجه: يجب أن تطابق المجموعات الخمس ما يعرضه تطبيقه.
coord-roster-empty = لم يُرسل أي جهاز حزمة بعد.
coord-col-key-id = معرّف المفتاح
coord-col-fingerprint = البصمة
coord-col-status = الحالة
coord-col-bundles = الحزم
coord-device-approved = مُوافَق عليه
coord-device-revoked = مُلغى
coord-device-quarantined = بانتظار الموافقة
coord-device-missing = أرقام الحزم الناقصة: { $list }.
coord-approve = الموافقة على { $key }
coord-revoke = إلغاء { $key }
coord-revoke-warning = هل تريد إلغاء الجهاز { $key }؟ ستُرفض من الآن فصاعدًا كل حزمة يوقّعها، في جميع المشاورات.
coord-revoke-remove = حذف ما أرسله هذا الجهاز أيضًا: { PLURAL($n) ->
    [zero] لا سجلات
    [one] سجل واحد
    [two] سجلان
    [few] { $n } سجلات
    [many] { $n } سجلًا
   *[other] { $n } سجل
} (جلساته ومشاركوه واقتباساته واحتياجاته وتوصياته).
coord-revoke-done = أُلغي الجهاز { $key }؛ { PLURAL($n) ->
    [zero] ولم يُحذف أي سجل أرسله.
    [one] وحُذف سجل واحد أرسله.
    [two] وحُذف سجلان أرسلهما.
    [few] وحُذفت { $n } سجلات أرسلها.
    [many] وحُذف { $n } سجلًا أرسلها.
   *[other] وحُذف { $n } سجل أرسلها.
}
coord-reapprove-warning = أُلغي الجهاز { $key }. لا توافق عليه من جديد إلا إذا كنت تعرف سبب إلغائه وتأكدت من أنه صار آمنًا الآن: إذ سيتمكّن من إرسال الحزم مرة أخرى.
coord-reapprove = الموافقة على { $key } من جديد
coord-fingerprint-advice = يؤدي إلغاء جهاز إلى رفض كل حزمة وقّعها من الآن فصاعدًا، وإلى حذف ما ينتظر منه في الحجر.
coord-approve-summary = الحزم المدمجة بعد الموافقة على { $key }

## لوحة المتابعة

coord-dashboard-heading = لوحة متابعة التوليف
coord-reach-heading = الوصول
coord-reach-sessions = الجلسات
coord-reach-participants = المشاركون الذين تم الوصول إليهم
coord-reach-quotes = الاقتباسات
coord-coverage-heading = التغطية
coord-coverage-regions = الجلسات والأشخاص حسب المنطقة (مجموع الأشخاص: { $total })
coord-coverage-languages = الجلسات والأشخاص حسب لغة الموافقة (مجموع الأشخاص: { $total })
coord-coverage-groups = الجلسات والأشخاص المعدودون حسب الفئة (مجموع الأشخاص: { $total })
coord-col-sessions = الجلسات
coord-col-people = الأشخاص
coord-col-quotes = الاقتباسات
coord-col-theme = الموضوع
coord-gaps-heading = لم يتم الوصول إليه بعد
coord-gaps-none = تم الوصول إلى كل منطقة وفئة تذكرها المشاورة.
coord-gap-region = لا جلسة بعد في { $region }.
coord-gap-group = لم يُعدّ أحد بعد من فئة: { $group }.
coord-themes-heading = المواضيع
coord-theme-frequencies = الاقتباسات حسب الموضوع (يُحسب الاقتباس لموضوعه وللمواضيع الأعلى منه)

## مستكشف المواضيع

coord-themes-intro = اختر موضوعًا لقراءة اقتباساته، وكل منها مربوط بجلسته وبالحزمة التي جاء فيها.
coord-codebook = دليل الترميز
coord-theme-count = { PLURAL($quotes) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $quotes } اقتباسات
   *[other] { $quotes } اقتباسًا
}
coord-theme-choose = اختر موضوعًا من دليل الترميز لعرض اقتباساته.
coord-theme-summary = { PLURAL($quotes) ->
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
coord-theme-by-region = الاقتباسات حسب المنطقة
coord-theme-quotes = { PLURAL($n) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $n } اقتباسات
   *[other] { $n } اقتباسًا
}
coord-theme-no-quotes = لا اقتباس ضمن عوامل التصفية الحالية.
coord-quote-translation = الترجمة:
coord-quote-source = { $date }، { $place } ({ $region })، المتحدث { $speaker }
coord-quote-bundle = الحزمة
coord-quote-not-shareable = الموافقة لا تشمل المشاركة مع غير المنسّق

## التوصيات

coord-rec-heading = التوصيات
coord-rec-intro = ما طلبته الجلسات، مجمَّعًا حسب الموضوع أو حسب الالتزام التعاهدي الذي يستشهد به، مع مصدر كل توصية.
coord-rec-group-by = التجميع حسب
coord-rec-by-theme = الموضوع
coord-rec-by-reference = الالتزام التعاهدي
coord-rec-total = { PLURAL($n) ->
    [zero] لا توصيات
    [one] توصية واحدة
    [two] توصيتان
    [few] { $n } توصيات
   *[other] { $n } توصية
}
coord-rec-unthemed = بلا موضوع
coord-rec-unreferenced = لا التزام تعاهدي مذكور
coord-rec-duty-bearer = الجهة المسؤولة
coord-rec-references = الالتزامات
coord-rec-source = المصدر
coord-rec-source-detail = { $date }، { $place } ({ $region })

## منشئ التقارير

coord-report-heading = منشئ التقارير
coord-report-intro = اختر ما تريد إنتاجه، وراجع المعاينة، ثم احفظ الملف.
coord-report-format = الصيغة
coord-format-pdf-framework = التقرير الإطاري (PDF)
coord-format-pdf-framework-hint = المنهجية والمشاركة والنتائج حسب الموضوع مع الاقتباسات والاحتياجات والتوصيات وملحق بالجلسات.
coord-format-pdf-summary = ملخصات «ما سمعناه» (PDF)
coord-format-pdf-summary-hint = صفحة واحدة لكل جلسة، تُعاد إلى المجتمع.
coord-format-csv = جدول بيانات (CSV)
coord-format-csv-hint = الاقتباسات مع مواضيعها وجلساتها وحزمها.
coord-format-json = بيانات (JSON)
coord-format-json-hint = التوليف وسجلاته، للبرامج النصية.
coord-format-qdpx = مشروع تحليل نوعي (REFI-QDA .qdpx)
coord-format-qdpx-hint = لبرامج NVivo وATLAS.ti وMAXQDA وQualCoder.
coord-report-language = لغة التقرير
coord-report-language-hint = لغة عناوين تقارير PDF ونصها. تحتفظ ملفات التصدير بكل اقتباس بلغته الأصلية.
coord-preview-heading = المعاينة
coord-outline-cover = الغلاف
coord-outline-methodology = المنهجية: الجلسات: { $sessions }، اللغات: { $languages }
coord-outline-participation = المشاركة والتغطية: المشاركون: { $people } (تُخفى الأعداد الأقل من { $k })
coord-outline-findings = النتائج: المواضيع: { $themes }، الاقتباسات: { $quotes }
coord-outline-recommendations = التوصيات المرتبطة بالالتزامات التعاهدية: { $n }
coord-outline-annex = الملحق: الجلسات: { $sessions }
coord-outline-session = { $date }، { $place }: { PLURAL($quotes) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $quotes } اقتباسات
   *[other] { $quotes } اقتباسًا
}
coord-preview-themes = المواضيع
coord-preview-recommendations = التوصيات
coord-report-path = الحفظ في
coord-report-choose = اختيار المكان…
coord-report-save-title = حفظ التقرير باسم
coord-report-save = حفظ
coord-report-session = الجلسة
coord-report-session-choose = اختر الجلسة…
coord-report-saved-pdf = حُفظ { $path }: عدد الصفحات: { $pages }.
coord-report-saved = حُفظ { $path }: عدد الاقتباسات: { $quotes }.
coord-rec-merged-sources = { PLURAL($n) ->
    [zero] لا توصيات مدمجة
    [one] سُمعت أيضًا بهذه الصيغة (توصية مدمجة واحدة)
    [two] سُمعت أيضًا بهاتين الصيغتين (توصيتان مدمجتان)
    [few] سُمعت أيضًا بهذه الصيغ ({ $n } توصيات مدمجة)
   *[other] سُمعت أيضًا بهذه الصيغ ({ $n } توصية مدمجة)
}
coord-rec-unmerge = التراجع عن هذا الدمج
coord-rec-same-as = تقول الشيء نفسه مثل
coord-rec-choose-target = اختر توصية…
coord-rec-merge = الدمج فيها
coord-rec-merge-hint = تُحفظ التوصية المختارة وتعرض هذه التوصية مصدرًا إضافيًا. لا يُحذف شيء، ويمكن التراجع عن الدمج.
