synthesis-reach = { PLURAL($sessions) ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
   *[other] { $sessions } جلسة
}، { PLURAL($quotes) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $quotes } اقتباسات
   *[other] { $quotes } اقتباسًا
}، المشاركون الذين تم الوصول إليهم: { $people }.
synthesis-by-region = المشاركون حسب المنطقة
synthesis-by-language = المشاركون حسب لغة الموافقة
synthesis-by-group = الأشخاص المعدودون حسب الفئة
synthesis-col-name = الاسم
synthesis-col-sessions = الجلسات
synthesis-col-people = الأشخاص
synthesis-col-code = الرمز
synthesis-col-theme = الموضوع
synthesis-col-quotes = الاقتباسات
synthesis-total = المجموع
synthesis-gaps = لم يتم الوصول إليه بعد
synthesis-gap-region = منطقة بلا جلسة: { $region }
synthesis-gap-group = فئة لم يُعدّ فيها أحد: { $group }
synthesis-themes = المواضيع (الاقتباس المرمَّز بموضوع فرعي يُحسب أيضًا لموضوعه الأصلي)
synthesis-co-occurrence = مواضيع رُمِّزت معًا
synthesis-quote-count = { PLURAL($n) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $n } اقتباسات
   *[other] { $n } اقتباسًا
}
synthesis-actions = { PLURAL($needs) ->
    [zero] لا احتياجات موثقة
    [one] حاجة موثقة واحدة
    [two] حاجتان موثقتان
    [few] { $needs } احتياجات موثقة
   *[other] { $needs } حاجة موثقة
}، { PLURAL($recommendations) ->
    [zero] لا توصيات
    [one] توصية واحدة
    [two] توصيتان
    [few] { $recommendations } توصيات
   *[other] { $recommendations } توصية
}
synthesis-recommendation-count = { PLURAL($n) ->
    [zero] لا توصيات
    [one] توصية واحدة
    [two] توصيتان
    [few] { $n } توصيات
   *[other] { $n } توصية
}
synthesis-representative = اقتباسات تمثيلية
synthesis-not-shareable = الموافقة لا تشمل المشاركة خارج نطاق المنسّق
report-export-done = تم تصدير { PLURAL($quotes) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسين
    [few] { $quotes } اقتباسات
   *[other] { $quotes } اقتباسًا
} إلى { $path }.
err-export-write = تعذّرت كتابة ملف التصدير.
rec-export-write = تحقّق من وجود المجلد ومن أنّ لديك إذن الكتابة فيه ومن وجود مساحة كافية على القرص، ثم أعد المحاولة.
err-export-archive = تعذّر تجميع أرشيف المشروع.
rec-export-archive = هذا خلل في Hearken؛ يُرجى الإبلاغ عنه.
