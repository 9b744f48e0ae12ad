# تفضيلات الواجهة (src/settings.rs).
err-settings-unreadable = تعذّرت قراءة ملف الإعدادات.
rec-settings-unreadable = تحقّق من أن حساب المستخدم لديك يستطيع قراءة مجلد الإعدادات الخاص به. إلى ذلك الحين تُطبَّق الإعدادات الافتراضية.
err-settings-malformed = ملف الإعدادات تالف.
rec-settings-malformed = اختر إعداداتك من جديد: حفظها يستبدل الملف التالف. إلى ذلك الحين تُطبَّق الإعدادات الافتراضية.
err-settings-unwritable = تعذّر حفظ الإعدادات.
rec-settings-unwritable = تحقّق من أن القرص غير ممتلئ وأن حساب المستخدم لديك يستطيع الكتابة في مجلد الإعدادات الخاص به.
err-settings-unknown-language = لغة الواجهة هذه غير متاحة.
rec-settings-unknown-language = اختر إحدى اللغات المعروضة.
err-settings-text-size-range = يجب أن يكون حجم النص بين { $min }٪ و{ $max }٪.
err-settings-auto-lock-range = يجب أن تكون المدة قبل قفل الخزنة عددًا صحيحًا من الدقائق بين { $min } و{ $max }.
rec-settings-auto-lock-range = لم يتغيّر شيء. أدخل عددًا ضمن هذا النطاق.
