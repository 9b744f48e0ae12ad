# العمليات الطويلة: سير العمل، والإلغاء، والعرض التجريبي على نطاق واسع.

stage-generating = إنشاء الجلسات
stage-importing = استيراد الحزم
stage-synthesis = قراءة الجلسات
stage-rendering = طباعة الصفحات
stage-exporting = كتابة السجلات

err-cancelled = أُلغيت العملية.
rec-cancelled = لم يُحتفظ بأي شيء غير مكتمل: فالاستيراد لا يحتفظ إلا بالحزم التي أتمّها، وكلٌّ منها كاملة، والملف إمّا أن يُكتب كاملًا وإمّا ألّا يُكتب أصلًا. يمكنك إعادة تشغيل العملية متى شئت.

demo-scale-done = أُنشئ العرض التجريبي: { PLURAL($sessions) ->
    [zero] لا جلسات
    [one] جلسة واحدة
    [two] جلستان
    [few] { $sessions } جلسات
    [many] { $sessions } جلسة
   *[other] { $sessions } جلسة
}، و{ PLURAL($quotes) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $quotes } اقتباسات
    [many] { $quotes } اقتباسًا
   *[other] { $quotes } اقتباس
}، { PLURAL($devices) ->
    [zero] دون أي جهاز
    [one] من جهاز واحد
    [two] من جهازين
    [few] من { $devices } أجهزة
    [many] من { $devices } جهازًا
   *[other] من { $devices } جهاز
} (عدد الاقتباسات المحذوفة بعد سحب الموافقة: { $withdrawn }، وعدد الموافقات التي ضُيّق نطاقها: { $narrowed }).
demo-scale-bundles = { PLURAL($n) ->
    [zero] لا توجد حزم بعد في { $dir }؛ وعند توفّرها يُرجى استيرادها باستخدام
    [one] توجد حزمة واحدة في { $dir }. يُرجى استيرادها باستخدام
    [two] توجد حزمتان في { $dir }. يُرجى استيرادهما باستخدام
    [few] توجد { $n } حزم في { $dir }. يُرجى استيرادها باستخدام
    [many] توجد { $n } حزمة في { $dir }. يُرجى استيرادها باستخدام
   *[other] توجد { $n } حزمة في { $dir }. يُرجى استيرادها باستخدام
} "hearken import --approve-new-keys"، ثم تشغيل "hearken demo --follow-up".
demo-follow-up-done = { PLURAL($links) ->
    [zero] لم تُربط أي توصية مجتمعية
    [one] رُبطت توصية مجتمعية واحدة
    [two] رُبطت توصيتان مجتمعيتان
    [few] رُبطت { $links } توصيات مجتمعية
    [many] رُبطت { $links } توصية مجتمعية
   *[other] رُبطت { $links } توصية مجتمعية
} بتوصيات رسمية، و{ PLURAL($history) ->
    [zero] لم يُكتب أي إدخال
    [one] كُتب إدخال واحد
    [two] كُتب إدخالان
    [few] كُتبت { $history } إدخالات
    [many] كُتب { $history } إدخالًا
   *[other] كُتب { $history } إدخال
} في سجل المتابعة.

ui-progress-cancel = إلغاء
ui-progress-cancelling = جارٍ الإلغاء…
ui-progress-step = { $stage }: { $done } من { $total }
ui-progress-cancelled = أُلغيت العملية. { PLURAL($done) ->
    [zero] لم يُستورد أي ملف قبل الإلغاء
    [one] استُورد ملف واحد كاملًا قبل الإلغاء
    [two] استُورد ملفان قبل الإلغاء، كلٌّ منهما كامل
    [few] استُوردت { $done } ملفات قبل الإلغاء، كلٌّ منها كامل
    [many] استُورد { $done } ملفًا قبل الإلغاء، كلٌّ منها كامل
   *[other] استُورد { $done } ملف قبل الإلغاء، كلٌّ منها كامل
}؛ ولم يُغيَّر أي شيء آخر.
