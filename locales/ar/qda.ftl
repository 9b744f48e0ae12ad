# التبادل مع برامج التحليل النوعي (hearken qda).

err-qda-not-zip = هذا ليس مشروع REFI-QDA: ملف ⁦.qdpx⁩ أرشيف ZIP.
err-qda-no-project = لا يحتوي هذا الأرشيف على project.qde، فهو ليس مشروع REFI-QDA.
err-qda-too-large = يتجاوز أحد ملفات هذا المشروع { $mib } ميبيبايت بعد فك الضغط. لم يُستورد شيء.
err-qda-xml = الملف project.qde ليس XML سليم البنية (السطر { $line }). لم يُستورد شيء.
err-qda-schema = لا يتبع الملف project.qde مخطط REFI-QDA في السطر { $line } ({ $what }). لم يُستورد شيء.
err-qda-outside = يتجاوز تحديد مرمَّز حدود مصدره (project.qde، السطر { $line }). لم يُستورد شيء.
err-qda-too-many-codes = يحتوي هذا المشروع على أكثر من { $max } رمز. لم يُستورد شيء.
err-qda-too-many-codes-per-selection = رُمِّز مقطع في هذا المشروع بأكثر من { $max } رمز. لم يُستورد شيء.
err-qda-nothing-matched = لا يطابق أي من المقاطع المرمَّزة في هذا المشروع اقتباسًا من هذه المشاورة (هل هو مشروع مشاورة أخرى؟). لم يُستورد شيء.
err-qda-source-missing = نص أحد المصادر ({ $path }) غير موجود في الأرشيف. لم يُستورد شيء.
qda-imported = استُورد ترميز التحليل: { $codes } رمزًا ({ $mapped } منها مطابقة لمواضيع الحقيبة)، و{ $codings } ترميزًا.
qda-unchanged = لم يتغير شيء: ترميز التحليل هو نفسه كما كان ({ $codes } رمزًا، { $codings } ترميزًا).
qda-same-as-kit = لم يتغير شيء: هذا المشروع يرمّز الاقتباسات تمامًا كما يرمّزها دليل رموز الحقيبة.
qda-codes-added = رموز جديدة ({ $n }): { $names }
qda-codes-removed = رموز لم تعد مستخدمة ({ $n }): { $names }
qda-code-renamed = تغيّر الاسم: «{ $old }» أصبح «{ $new }»
qda-codings-changed = الترميزات: أُضيف { $added } وأُزيل { $removed }.
qda-not-held = { $n } من التحديدات المرمَّزة تقع على نص لا يحتفظ به Hearken، فاستُبعدت.
qda-not-allowed = { $n } من التحديدات المرمَّزة تقع على اقتباسات لم تعد الموافقة عليها تسمح بالتقارير، فاستُبعدت.
