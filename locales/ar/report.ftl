# الكلمات التي يطبعها محرك PDF في التقارير، ورسائل أخطائه.
report-contents = المحتويات
report-page-of = صفحة { $n } من { $total }
report-translation = الترجمة: { $text }

err-pdf-unsupported-character = يحتوي الجزء { $block } من المستند على حرف ({ $codepoint }) لا تستطيع خطوط التقرير طباعته.
rec-pdf-unsupported-character = استبدل هذا الحرف أو احذفه من النص الأصلي، ثم أنشئ التقرير من جديد.
err-pdf-too-many-pages = يتجاوز المستند الحد المسموح من الصفحات (يحتاج إلى { $pages }، والحد هو { $limit }).
rec-pdf-too-many-pages = اختصره: اقتباسات أقل أو نصوص أقصر.
err-pdf-table-shape = أحد صفوف الجدول في الجزء { $block } لا يحتوي على عدد الخلايا نفسه الموجود في رأس الجدول ({ $found } بدلاً من { $expected }).
rec-pdf-table-shape = اجعل في كل صف خلية واحدة لكل عمود.
err-pdf-chart-value = يحتوي الرسم البياني في الجزء { $block } على قيمة سالبة أو ليست رقماً.
rec-pdf-chart-value = تعرض الرسوم البيانية أعداداً ونسباً: تحقق من القيم.
err-pdf-heading-level = العنوان في الجزء { $block } من المستوى { $level }؛ المستويات المتاحة من 1 إلى 3 فقط.
err-pdf-too-tall = الجزء { $block } من المستند أطول من صفحة واحدة ولا يمكن وضعه.
rec-pdf-too-tall = قسّمه إلى أجزاء أصغر.
err-pdf-font-embedding = تعذّر تضمين الخط { $font } في ملف PDF.
rec-pdf-font-embedding = هذا خلل في Hearken؛ يرجى الإبلاغ عنه.
err-pdf-write = تعذّر حفظ التقرير.
rec-pdf-write = تأكد من وجود المجلد ومن أن لديك إذن الكتابة فيه ومن أن القرص غير ممتلئ.
