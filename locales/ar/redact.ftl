# مساعد إخفاء الهوية: العلامات التي تحل محل البيانات في الاقتباسات، وأسماء
# الأنواع في القوائم، وعرض الخلايا الصغيرة، ومخرجات سطر الأوامر، والأخطاء.

redact-placeholder-name = [الاسم]
redact-placeholder-place = [المكان]
redact-placeholder-email = [البريد الإلكتروني]
redact-placeholder-phone = [الهاتف]
redact-placeholder-url = [الرابط]
redact-placeholder-handle = [الحساب]
redact-placeholder-id-number = [رقم الوثيقة]
redact-placeholder-date-of-birth = [تاريخ الميلاد]
redact-placeholder-gps = [الإحداثيات]
redact-placeholder-address = [العنوان]
redact-placeholder-age-attribute = [العمر والصفة]

redact-kind-name = اسم
redact-kind-place = مكان
redact-kind-email = بريد إلكتروني
redact-kind-phone = رقم هاتف
redact-kind-url = رابط
redact-kind-handle = حساب على وسائل التواصل
redact-kind-id-number = رقم وثيقة أو ملف
redact-kind-date-of-birth = تاريخ ميلاد
redact-kind-gps = إحداثيات GPS
redact-kind-address = عنوان سكن
redact-kind-age-attribute = عمر مع صفة نادرة (للمراجعة)

redact-cli-none = لم يُعثر على معلومات تكشف الهوية.
redact-cli-found = { PLURAL($count) ->
    [zero] لم يُعثر على معلومات تكشف الهوية:
    [one] عُثر على معلومة واحدة تكشف الهوية:
    [two] عُثر على معلومتين تكشفان الهوية:
    [few] عُثر على { $count } معلومات تكشف الهوية:
    [many] عُثر على { $count } معلومةً تكشف الهوية:
   *[other] عُثر على { $count } معلومة تكشف الهوية:
}
redact-cli-finding = { $kind }، الأحرف من { $start } إلى { $end }
redact-cli-redacted = النص بعد الإخفاء:

redact-cell-below = <{ $k }
redact-cell-withheld = x
redact-cell-note = تظهر الأعداد الأقل من { $k } بالشكل «<{ $k }». والعدد المعلَّم بـ«x» محجوب حتى لا يمكن استنتاج أي عدد صغير من المجاميع.

err-redact-entry-too-long = المدخل { $line } في القائمة أطول من { $max } حرفًا؛ لا يمكن أن يكون اسمًا أو مكانًا.
rec-redact-entry-too-long = ضع اسمًا أو مكانًا واحدًا في كل سطر.
err-redact-lists-too-large = قائمتا الأسماء والأماكن أكبر من أن تُستخدما.
rec-redact-lists-too-large = احتفظ فقط بأسماء وأماكن هذه المشاورة.
err-redact-span-out-of-range = جزء مطلوب إخفاؤه (الأحرف من { $start } إلى { $end }) يقع خارج الاقتباس ({ $len } حرفًا). لم يُغيَّر شيء.
err-redact-unresolved-findings = { PLURAL($count) ->
    [zero] لا يحتوي هذا الاقتباس على معلومات تكشف الهوية.
    [one] لا يزال هذا الاقتباس يحتوي على معلومة واحدة تكشف الهوية.
    [two] لا يزال هذا الاقتباس يحتوي على معلومتين تكشفان الهوية.
    [few] لا يزال هذا الاقتباس يحتوي على { $count } معلومات تكشف الهوية.
    [many] لا يزال هذا الاقتباس يحتوي على { $count } معلومةً تكشف الهوية.
   *[other] لا يزال هذا الاقتباس يحتوي على { $count } معلومة تكشف الهوية.
}
rec-redact-unresolved-findings = أخفِ كل واحدة منها، أو علِّمها كمراجَعة إن كان بقاؤها مقبولًا.
err-redact-table-shape = { $len } من الأعداد لا تملأ جدولًا من { $rows } صفوف و{ $cols } أعمدة.
err-redact-threshold-too-low = حدّ الخلايا الصغيرة { $k } لا يكفي لإخفاء الأعداد.
rec-redact-threshold-too-low = استخدم حدًّا لا يقل عن 3 (الافتراضي 5).
err-redact-cannot-protect = لا يمكن عرض هذا الجدول دون كشف عدد صغير.
rec-redact-cannot-protect = ادمج الفئات الصغيرة، أو احذف الجدول.

err-redact-cli-list-not-utf8 = ملف القائمة { $path } ليس نصًا بترميز UTF-8.
rec-redact-cli-list-not-utf8 = احفظه بترميز UTF-8، اسمًا أو مكانًا واحدًا في كل سطر.
err-redact-cli-input-unreadable = تعذّرت قراءة النص من المدخل القياسي.
err-redact-cli-input-not-utf8 = النص في المدخل القياسي ليس بترميز UTF-8.
err-redact-cli-input-too-long = النص أطول من { $max } بايت.
rec-redact-cli-input-too-long = افحص اقتباسًا واحدًا في كل مرة.
err-redact-cli-output = تعذّرت كتابة النتيجة.
