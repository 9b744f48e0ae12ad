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

err-app-locked = الخزنة مقفلة.
rec-app-locked = افتحها بعبارة المرور للمتابعة.
err-app-unexpected = حدث خطأ داخل Hearken.
rec-app-unexpected = حاول مرة أخرى. إذا تكرر ذلك، أعد تشغيل Hearken: عملك المحفوظ باقٍ.
