# تطبيق سطح المكتب: الإطار والتنقل والشاشات (ui/)، وأخطاء الغلاف نفسه
# (src-tauri/src/error.rs).

ui-app-name = Hearken
ui-skip-to-content = انتقل إلى المحتوى
ui-nav-label = القائمة الرئيسية

ui-screen-about = حول البرنامج
ui-screen-settings = الإعدادات

ui-about-heading = حول Hearken
ui-about-intro = ينقل Hearken أصوات الحوارات المجتمعية إلى آليات حقوق الإنسان، مثل استعراضات هيئات المعاهدات والاستعراض الدوري الشامل.
ui-about-offline = يعمل دون اتصال بالشبكة. لا تُسجَّل الاقتباسات إلا بموافقة أصحابها، وتُحفظ في خزنة مشفّرة على هذا الحاسوب، ولا تغادره إلا في ملفات موقّعة ومشفّرة.
ui-about-version = الإصدار
ui-about-languages = لغات الواجهة

ui-settings-heading = الإعدادات
ui-settings-intro = تنطبق هذه التفضيلات على هذا الحاسوب فقط، ولا تحتوي على أي شيء من جلساتك.
ui-settings-display = العرض
ui-settings-language = لغة الواجهة
ui-settings-language-system = مثل لغة النظام ({ $language })
ui-settings-text-size = حجم النص
ui-settings-contrast = تباين عالٍ
ui-settings-contrast-hint = نص أبيض على خلفية سوداء، مع حدود صفراء.
ui-settings-security = الأمان
ui-settings-auto-lock = عدد دقائق عدم النشاط قبل قفل الخزنة
ui-settings-auto-lock-hint = أدخل عددًا صحيحًا من { $min } إلى { $max }.
ui-settings-saved = حُفظت الإعدادات.

ui-screen-vault = الخزنة
ui-lock-now = اقفل الآن
ui-lock-shortcut = Ctrl+L
ui-show-passphrase = أظهر ما أكتبه

ui-vault-heading = الخزنة
ui-vault-unlocked = الخزنة مفتوحة.
ui-vault-auto-lock = تُقفل تلقائيًا بعد { PLURAL($minutes) ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} من عدم النشاط. اقفلها فورًا بالضغط على Ctrl+L.
ui-vault-contents = في الخزنة

ui-create-heading = أنشئ خزنتك
ui-create-intro = كل ما تسجّله يُحفظ مشفّرًا في هذه الخزنة. اختر عبارة مرور: بضع كلمات عادية سهلة التذكّر وصعبة التخمين.
ui-create-passphrase = عبارة المرور
ui-create-confirm = عبارة المرور نفسها مرة أخرى
ui-create-submit = أنشئ الخزنة
ui-create-busy = جارٍ إنشاء الخزنة…
ui-create-mismatch = عبارتا المرور غير متطابقتين.
ui-strength-label = القوة
ui-strength-advice = بضع كلمات عادية تصنع عبارة مرور قوية.
ui-strength-too-short = قصيرة جدًا، استخدم { $min } أحرف على الأقل.
ui-strength-weak = ضعيفة، يسهل تخمينها. أضف مزيدًا من الكلمات.
ui-strength-fair = متوسطة. كلمة أو كلمتان إضافيتان تجعلانها قوية.
ui-strength-strong = قوية.

ui-recovery-heading = دوّن مفتاح الاسترداد
ui-recovery-intro = إذا فُقدت عبارة المرور يومًا ما، فهذا المفتاح هو الوسيلة الوحيدة لفتح الخزنة. لا يُعرض إلا الآن.
ui-recovery-advice = اكتبه على ورقة واحفظ الورقة بعيدًا عن هذا الحاسوب. لا تصوّره ولا تحفظه على هذا الحاسوب.
ui-recovery-key-label = مفتاح الاسترداد
ui-recovery-confirm-label = للتحقق من نسختك، اكتب مفتاح الاسترداد من الورقة
ui-recovery-confirm-submit = دوّنته
ui-recovery-mismatch = هذا ليس المفتاح المعروض أعلاه. قارن ورقتك بالشاشة، مجموعةً مجموعة.

ui-unlock-heading = افتح الخزنة
ui-unlock-intro = أدخل عبارة مرور الخزنة.
ui-unlock-passphrase = عبارة المرور
ui-unlock-submit = افتح
ui-unlock-busy = جارٍ الفتح…
ui-unlock-wait = يمكنك المحاولة مجددًا بعد { PLURAL($seconds) ->
    [zero] { $seconds } ثانية
    [one] ثانية واحدة
    [two] ثانيتين
    [few] { $seconds } ثوانٍ
    [many] { $seconds } ثانية
   *[other] { $seconds } ثانية
}.
ui-unlock-use-recovery = فقدت عبارة المرور؟ استخدم مفتاح الاسترداد
ui-locked-inactivity = أُقفلت الخزنة بعد { PLURAL($minutes) ->
    [zero] { $minutes } دقيقة
    [one] دقيقة واحدة
    [two] دقيقتين
    [few] { $minutes } دقائق
    [many] { $minutes } دقيقة
   *[other] { $minutes } دقيقة
} من عدم النشاط.

ui-recover-heading = افتح الخزنة بمفتاح الاسترداد
ui-recover-intro = اكتب مفتاح الاسترداد من الورقة، ثم اختر عبارة مرور جديدة.
ui-recover-key = مفتاح الاسترداد
ui-recover-new = عبارة المرور الجديدة
ui-recover-submit = افتح واعتمد عبارة المرور الجديدة
ui-recover-busy = جارٍ الفتح…
ui-recover-back = عودة إلى عبارة المرور

err-app-locked = الخزنة مقفلة.
rec-app-locked = افتحها بعبارة المرور للمتابعة.
err-app-unexpected = حدث خطأ داخل Hearken.
rec-app-unexpected = حاول مرة أخرى. إذا تكرر ذلك، أعد تشغيل Hearken: عملك المحفوظ باقٍ.
