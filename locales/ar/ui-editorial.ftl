# محرّر التقرير في التطبيق واختيار الاقتباسات (المنسّق).

coord-screen-report-texts = نصوص التقرير
coord-texts-heading = النصوص الخاصة بالتقرير
coord-texts-intro = اكتب ما لا يستطيع أحد غيرك كتابته: الملخص التنفيذي والسياق وحدود هذا العمل والشكر والتقدير وأسطر الغلاف، بكل لغة يُطبع بها التقرير. يطبعها التقرير الإطاري بلغتها ولا يأخذ أبدًا نص لغة أخرى بدلًا منها؛ ولا يُستعاض بالإنجليزية إلا في الغلاف.
coord-texts-written = ما كُتب حتى الآن
coord-texts-part = الجزء
coord-texts-part-cover = الغلاف
coord-texts-part-summary = الملخص التنفيذي
coord-texts-part-context = السياق
coord-texts-part-limitations = حدود هذا العمل
coord-texts-part-acknowledgements = شكر وتقدير
coord-texts-words = { PLURAL($n) ->
    [zero] لا كلمات
    [one] كلمة واحدة
    [two] كلمتان
    [few] { $n } كلمات
    [many] { $n } كلمة
   *[other] { $n } كلمة
}
coord-texts-text = النص
coord-texts-hint = نص عادي: # عنوان، ## عنوان فرعي؛ سطر فارغ بين الفقرات؛ «- » أو «1. » في بداية السطر للقوائم؛ *تأكيد* و**عريض** يُطبعان بخط عريض. اتركه فارغًا واحفظه لحذف هذا الجزء.
coord-texts-hint-cover = سطر واحد لكل عنصر: «organisation: …» (بعدد الجهات المقدِّمة)، و«review: …» (هيئة المعاهدة والدورة، أو جولة الاستعراض الدوري الشامل)، و«date: …» و«annex: …» (مكان التقرير الكامل).
coord-texts-save = حفظ
coord-texts-saved = تم الحفظ.
coord-texts-removed = تم الحذف: لم يعد في التقرير هذا الجزء بهذه اللغة.
coord-texts-unchanged = لم يتغيّر شيء: هذا هو النص المحفوظ بالفعل.
coord-texts-preview = المعاينة
coord-texts-cover-organisation = الجهات المقدِّمة
coord-texts-cover-review = إلى
coord-texts-cover-date = التاريخ
coord-texts-cover-annex = التقرير الكامل
coord-texts-total = عدد كلمات نصوص هذه اللغة: { $words }

coord-report-submission = نسخة الورقة المقدَّمة، ضمن حد أقصى لعدد الكلمات
coord-report-submission-hint = تحتفظ بالمواضيع والاحتياجات والتوصيات الأوسع تأييدًا التي يتسع لها الحد، مع نصوصك، وتذكر ما استُبعد ومكان التقرير الكامل. كل كلمة في متن التقرير تُحتسب.
coord-report-max-words = الحد الأقصى لعدد الكلمات
coord-report-saved-submission = حُفظ { $path }: عدد الكلمات: { $words } (الحد الأقصى: { $max })، عدد الصفحات: { $pages }.

coord-curate-pin = التثبيت على هذا الموضوع
coord-curate-unpin = إلغاء التثبيت
coord-curate-exclude = الاستبعاد من التقارير
coord-curate-include = إعادة الإدراج في التقارير
coord-curate-pinned = مثبّت
coord-curate-excluded = مستبعَد من التقارير
coord-curate-chosen = في التقرير
coord-curate-done-pin = ثُبّت: يعرض التقرير هذا الاقتباس أولًا تحت هذا الموضوع، ما دامت الموافقة تسمح بذلك.
coord-curate-done-unpin = أُلغي التثبيت: يعود القرار إلى الاختيار التلقائي.
coord-curate-done-exclude = استُبعد من كل التقارير.
coord-curate-done-include = يمكن من جديد اختيار الاقتباس للتقارير.

coord-rec-suggested = عمليات دمج مقترحة
coord-rec-suggested-none = لا توجد توصيتان متشابهتان بما يكفي لاقتراح دمجهما.
coord-rec-suggested-intro = تستخدم هذه التوصيات، وهي باللغة نفسها، الكلمات نفسها تقريبًا. يُرجى تحديد التي تقول الشيء نفسه، ثم دمجها دفعة واحدة؛ ويمكن التراجع عن كل دمج أدناه.
coord-rec-suggested-into = في: { $text } (التشابه { $likeness }٪)
coord-rec-merge-suggested = دمج المحدَّدة
coord-rec-merged-many = { PLURAL($n) ->
    [zero] لم تُدمج أي توصية.
    [one] دُمجت توصية واحدة.
    [two] دُمجت توصيتان.
    [few] دُمجت { $n } توصيات.
    [many] دُمجت { $n } توصية.
   *[other] دُمجت { $n } توصية.
}

coord-format-docx = التقرير الإطاري، قابلًا للتحرير (مستند Word)
coord-format-docx-hint = التقرير نفسه في ملف ‎.docx يفتحه Word وLibreOffice، ليحرّره الشركاء قبل تقديمه؛ وتصبح الرسوم البيانية جداول بقيمها.
coord-report-saved-docx = حُفظ { $path }.
coord-report-docx-words = عدد كلمات الورقة المقدَّمة: { $words } (الحد: { $max }).
