# أخطاء الحقائب الموقّعة، والحزم الموقّعة والمشفّرة، ومفاتيح الخزنة.
# ‏err-* يقول ما حدث، و rec-* ما يجب فعله. انظر docs/format.md.

## المفاتيح

err-identity-malformed-signing-key = مفتاح التوقيع المحفوظ تالف.
rec-identity-malformed-signing-key = استعد الخزنة من نسخة احتياطية، أو أنشئ مفتاحًا جديدًا وأرسل بصمته إلى المنسّق.
err-identity-malformed-public-key = هذا ليس مفتاح توقيع صالحًا.
rec-identity-malformed-public-key = انسخ المفتاح كاملًا مرة أخرى؛ يبدأ بـ «RW» ويتكوّن من 56 حرفًا.
err-identity-foreign-public-key = مفتاح التوقيع هذا لم يُنشأ في Hearken.
rec-identity-foreign-public-key = اطلب المفتاح المعروض في إعدادات Hearken لدى المرسل.
err-identity-malformed-age-identity = مفتاح فك التشفير المحفوظ تالف.
rec-identity-malformed-age-identity = استعد الخزنة من نسخة احتياطية.
err-identity-malformed-recipient = هذا ليس مفتاح تشفير صالحًا.
rec-identity-malformed-recipient = انسخ المفتاح كاملًا مرة أخرى؛ يبدأ بـ «age1».
err-identity-no-randomness = تعذّر على الحاسوب توفير العشوائية اللازمة لإنشاء مفتاح.
rec-identity-no-randomness = أعد تشغيل الحاسوب وحاول مرة أخرى.

## قراءة الحقائب والحزم

err-format-too-large = { $what ->
    [sealed-file] يتجاوز الملف الحد المسموح وهو { PLURAL($limit) ->
            [zero] { $limit } بايت
            [one] بايت واحد
            [two] بايتان
            [few] { $limit } بايتات
            [many] { $limit } بايتًا
           *[other] { $limit } بايت
        }.
    [files] يحتوي الملف على أكثر من { PLURAL($limit) ->
            [zero] { $limit } ملف
            [one] ملف واحد
            [two] ملفان
            [few] { $limit } ملفات
            [many] { $limit } ملفًا
           *[other] { $limit } ملف
        }.
    [entry] أحد الملفات بداخله يتجاوز الحد المسموح وهو { PLURAL($limit) ->
            [zero] { $limit } بايت
            [one] بايت واحد
            [two] بايتان
            [few] { $limit } بايتات
            [many] { $limit } بايتًا
           *[other] { $limit } بايت
        }.
    [manifest] قائمة محتوياته تتجاوز الحد المسموح وهو { PLURAL($limit) ->
            [zero] { $limit } بايت
            [one] بايت واحد
            [two] بايتان
            [few] { $limit } بايتات
            [many] { $limit } بايتًا
           *[other] { $limit } بايت
        }.
    [signature] توقيعه يتجاوز الحد المسموح وهو { PLURAL($limit) ->
            [zero] { $limit } بايت
            [one] بايت واحد
            [two] بايتان
            [few] { $limit } بايتات
            [many] { $limit } بايتًا
           *[other] { $limit } بايت
        }.
   *[other] محتواه يتجاوز الحد المسموح وهو { PLURAL($limit) ->
            [zero] { $limit } بايت
            [one] بايت واحد
            [two] بايتان
            [few] { $limit } بايتات
            [many] { $limit } بايتًا
           *[other] { $limit } بايت
        }.
}
rec-format-too-large = لم يُستورد شيء. اطلب من المرسل توزيع المواد على عدة عمليات تصدير.
err-format-not-age-file = هذا الملف ليس حزمة مشفّرة.
rec-format-not-age-file = تأكّد من أنك اخترت الملف الصحيح. تُستورد حقيبة المشاورة من شاشة المشاورات.
err-format-unsupported-encryption = هذا الملف مشفّر بطريقة لا يفتحها Hearken (نص مدرّع، أو عبارة مرور، أو إصدار أحدث من age).
rec-format-unsupported-encryption = اطلب من المرسل تصدير الحزمة مرة أخرى من Hearken.
err-format-wrong-recipient = لم تُشفّر هذه الحزمة لمفتاح هذا الحاسوب.
rec-format-wrong-recipient = إنها موجّهة إلى منسّق آخر، أو أن المرسل استخدم حقيبة قديمة. اسأل المرسل عن المفتاح الذي استخدمه.
err-format-truncated = الملف غير مكتمل: ينتهي قبل أوانه.
rec-format-truncated = انسخ الملف أو نزّله مرة أخرى؛ على الأرجح انقطع النقل.
err-format-damaged = الملف المشفّر تالف: عُدّل أو قُطع أثناء النقل.
rec-format-damaged = لم يُستورد شيء. اطلب من المرسل إرسال الملف مرة أخرى.
err-format-malformed-archive = الأرشيف بداخله غير صالح: { $fault ->
    [header] ترويسة أحد الملفات تالفة.
    [non-canonical] أعادت أداة أخرى كتابة ترويسة أحد الملفات.
    [entry-type] يحتوي على شيء ليس ملفًا عاديًا.
    [padding] توجد بيانات مخفية بين الملفات.
    [trailing-data] توجد بيانات بعد نهايته.
   *[order] ملفاته ليست بالترتيب المطلوب.
}
rec-format-malformed-archive = لم يُستورد شيء. اطلب من المرسل تصديره مرة أخرى من Hearken دون فكّه وإعادة حزمه.
err-format-unsafe-file-name = يحتوي الأرشيف على اسم ملف غير مسموح به (مسار مجلد أو اسم خطِر).
rec-format-unsafe-file-name = لم يُستورد شيء. لا تفتح هذا الملف بأدوات أخرى؛ أبلغ المرسل.
err-format-duplicate-file = يحتوي الأرشيف على ملفين بالاسم نفسه.
rec-format-duplicate-file = لم يُستورد شيء. اطلب من المرسل تصديره مرة أخرى.
err-format-unlisted-file = يحتوي الأرشيف على ملف، { $name }، لا تذكره قائمته الموقّعة.
rec-format-unlisted-file = لم يُستورد شيء. ربما أضاف أحدهم مواد؛ اطلب من المرسل تصديره مرة أخرى.
err-format-missing-file = الملف { $name } مذكور في القائمة لكنه غير موجود في الأرشيف.
rec-format-missing-file = لم يُستورد شيء. اطلب من المرسل تصديره مرة أخرى.
err-format-hash-mismatch = الملف { $name } لا يطابق المجموع الاختباري في القائمة الموقّعة: عُدّل بعد التوقيع.
rec-format-hash-mismatch = لم يُستورد شيء. اطلب من المرسل تصديره مرة أخرى وأبلغ عن التلاعب.
err-format-newer-version = يستخدم هذا الملف الإصدار { $found } من الصيغة؛ وهذه النسخة من Hearken تقرأ حتى الإصدار { $supported }.
rec-format-newer-version = حدّث Hearken ثم استورد الملف مرة أخرى.
err-format-malformed-manifest = قائمة المحتويات غير صالحة: { $fault ->
    [json] تتعذّر قراءتها.
    [unknown-field] فيها حقل لا يعرفه هذا الإصدار.
    [signer] مفتاح الموقّع غير صالح.
    [file-list] قائمة ملفاتها غير صالحة.
   *[value] إحدى قيمها غير مسموح بها.
}
rec-format-malformed-manifest = لم يُستورد شيء. اطلب من المرسل تصديره مرة أخرى من Hearken.
err-format-wrong-kind = { $expected ->
    [kit] هذا الملف حزمة، وليس حقيبة مشاورة.
   *[bundle] هذا الملف حقيبة مشاورة، وليس حزمة.
}
rec-format-wrong-kind = { $expected ->
    [kit] استورده من شاشة الحزم بدلًا من ذلك.
   *[bundle] استورده من شاشة المشاورات بدلًا من ذلك.
}
err-format-malformed-signature = ملف التوقيع غير صالح.
rec-format-malformed-signature = لم يُستورد شيء. اطلب من المرسل تصديره مرة أخرى.
err-format-bad-signature = التوقيع غير مطابق: عُدّل المحتوى بعد التوقيع.
rec-format-bad-signature = لم يُستورد شيء. لا تستخدم هذا الملف؛ اطلب من المرسل ملفًا جديدًا وأبلغ عن التلاعب.
err-format-unknown-key = وُقّعت هذه الحزمة بمفتاح غير موجود في قائمة أجهزتك (المفتاح { $key }، البصمة { $fingerprint }).
rec-format-unknown-key = وُضعت في الحجر. اتصل بالميسّر، وقارن البصمة رقمًا رقمًا، ولا توافق على المفتاح إلا إذا تطابقت.
err-format-revoked-key = وُقّعت هذه الحزمة بمفتاح مُلغى ({ $key }).
rec-format-revoked-key = لم يُستورد شيء. ربما فُقد الجهاز أو صودر؛ تواصل مع الميسّر بوسيلة أخرى.
err-format-key-mismatch = تحتفظ قائمة الأجهزة بمفتاح مختلف تحت المعرّف { $key }.
rec-format-key-mismatch = لم يُستورد شيء. ربما ينتحل أحدهم صفة ميسّر؛ راجع قائمة الأجهزة معه هاتفيًا.
err-format-signer-changed = وُقّعت حقيبة المشاورة هذه بالمفتاح { $found }، لكن حقائب هذه المشاورة تأتي من المفتاح { $pinned }.
rec-format-signer-changed = لم يُستورد شيء. اتصل بالمنسّق: إن كان قد غيّر مفتاحه فعلًا فسيخبرك بالبصمة الجديدة.
err-format-already-imported = سبق استيراد هذا الملف؛ لم يتغيّر شيء.
err-format-sequence-reused = سبق استيراد حزمة أخرى من هذا الجهاز تحمل الرقم التسلسلي { $sequence }.
rec-format-sequence-reused = لم يُستورد شيء. ربما استُعيد الجهاز من نسخة احتياطية قديمة، أو أن الملف مزوّر؛ تواصل مع الميسّر.
err-format-kit-outdated = حقيبة المشاورة هذه من الإصدار { $found }، وهو أقدم من الإصدار { $current } المستورد سابقًا.
rec-format-kit-outdated = لم يتغيّر شيء. استخدم أحدث حقيبة من المنسّق.
err-format-kit-version-reused = سبق استيراد حقيبة مشاورة مختلفة من الإصدار { $version }.
rec-format-kit-version-reused = لم يُستورد شيء. اسأل المنسّق أيّ الحقيبتين هي الصحيحة.
err-format-no-recipients = لا يوجد مفتاح لتشفير الحزمة به.
rec-format-no-recipients = استورد حقيبة المشاورة أولًا: فهي تحمل مفتاح المنسّق.
err-format-io = تعذّرت كتابة الملف.
rec-format-io = تأكّد من وجود مساحة فارغة على القرص أو ذاكرة USB وأنها غير محمية من الكتابة، ثم حاول مرة أخرى.
