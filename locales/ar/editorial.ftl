# نصوص المنسّق واختيار الاقتباسات في التقرير الإطاري
# (hearken report-text، hearken quote pin|exclude، وضع الورقة المقدَّمة).

## في التقرير
report-list-number = { $n }.
fw-part-summary = الملخص التنفيذي
fw-part-context = السياق
fw-part-limitations = حدود هذا العمل
fw-part-acknowledgements = شكر وتقدير
fw-cover-organisations = الجهات المقدِّمة: { $list }
fw-cover-review = إلى: { $review }
fw-cover-date = التاريخ: { $date }
fw-submission-cover = نسخة الورقة المقدَّمة: النتائج الأوسع تأييدًا، والحد الأقصى لعدد الكلمات: { $max }
fw-left-out = ما لم تتضمّنه هذه الورقة المقدَّمة
fw-left-out-none = لم يُستبعد شيء: كل المواضيع والاحتياجات والتوصيات التي سُمعت واردة في هذه الورقة المقدَّمة.
fw-left-out-counts = ما استُبعد لضيق المساحة: المواضيع المطروحة: { $themes }؛ الاحتياجات: { $needs }؛ التوصيات: { $recommendations }.
fw-left-out-where = التقرير الكامل، بكل المواضيع والاحتياجات والتوصيات وقائمة الجلسات، متاح في: { $where }
fw-left-out-ask = التقرير الكامل، بكل المواضيع والاحتياجات والتوصيات وقائمة الجلسات، متاح لدى الجهات التي قدّمت هذه الورقة.
fw-submission-recommendation = { $number }: { $text }
fw-submission-recommendation-bearer = { $number }: { $text } ({ $bearer })

## الأخطاء
err-editorial-cover-line = السطر { $line } من نص الغلاف غير مفهوم.
rec-editorial-cover-line = يُرجى كتابة كل سطر على الصورة «organisation: …» أو «date: …» أو «review: …» أو «annex: …».
err-editorial-not-under-theme = هذا الاقتباس غير مرمَّز بهذا الموضوع ولا بأي موضوع فرعي منه.
rec-editorial-not-under-theme = يُرجى تثبيته على أحد المواضيع المرمَّز بها.
err-editorial-excluded = هذا الاقتباس مستبعَد من التقارير.
rec-editorial-excluded = يُرجى إعادة إدراجه أولًا.
err-editorial-pinned-related = هذا الاقتباس مثبّت بالفعل على موضوع أعلى من هذا الموضوع أو أدنى منه، ولا يُعرض الاقتباس إلا مرة واحدة في الفرع الواحد من المواضيع.
rec-editorial-pinned-related = يُرجى إلغاء تثبيته على الموضوع الآخر أولًا.
err-editorial-not-in-reports = موافقة قائل هذا الاقتباس لا تسمح بإدراجه في التقارير.

## سطر الأوامر
report-submission-done = كُتبت الورقة المقدَّمة في { $path } (عدد الكلمات: { $words } من { $max } كحد أقصى، عدد الصفحات: { $pages }).
report-text-saved = تم حفظ { $part ->
    [summary] الملخص التنفيذي
    [context] السياق
    [limitations] حدود هذا العمل
    [acknowledgements] الشكر والتقدير
   *[cover] نص الغلاف
} باللغة { $lang } (عدد الكلمات: { $words }).
report-text-removed = تم حذف { $part ->
    [summary] الملخص التنفيذي
    [context] السياق
    [limitations] حدود هذا العمل
    [acknowledgements] الشكر والتقدير
   *[cover] نص الغلاف
} باللغة { $lang }.
report-text-unchanged = لم يتغيّر شيء: النص كان هكذا بالفعل.
report-text-none = لم يُكتب بعد أي نص تقرير لهذه المشاورة.
col-part = الجزء
col-words = الكلمات
quote-pinned = الاقتباس { $id } مثبّت: تعرضه التقارير أولًا تحت هذا الموضوع، ما دامت الموافقة تسمح بذلك.
quote-unpinned = لم يعد الاقتباس { $id } مثبّتًا.
quote-excluded = استُبعد الاقتباس { $id } من كل التقارير.
quote-included = يمكن من جديد اختيار الاقتباس { $id } للتقارير.
quote-curation-unchanged = لم يتغيّر شيء بالنسبة إلى الاقتباس { $id }.
quote-excluded-mark = مستبعَد من التقارير
