# التبادل مع برامج التحليل النوعي، في التطبيق (شاشة المواضيع).

coord-qda-heading = ترميز التحليل من برنامج للتحليل النوعي
coord-qda-intro = يمكن للمحللين إعادة ترميز الاقتباسات في NVivo أو ATLAS.ti أو MAXQDA أو QualCoder: صدّر مشروع REFI-QDA من شاشة التقارير، ورمّزه هناك، ثم استورد المشروع المرمَّز هنا. يُحفظ منفصلًا عن دليل رموز الحقيبة، وتحدد عوامل التصفية أيهما تستخدمه الشاشات والتقارير.
coord-qda-path = المشروع المرمَّز المراد استيراده (⁦.qdpx⁩)
coord-qda-import = استيراد مشروع مرمَّز…
coord-qda-dialog = مشروع REFI-QDA مرمَّز للاستيراد
coord-qda-codebook = دليل رموز التحليل
coord-qda-col-code = الرمز
coord-qda-col-theme = موضوع الحقيبة
coord-qda-col-quotes = الاقتباسات
coord-qda-none = لم يُستورد أي ترميز تحليل بعد.
coord-filter-codebook = المواضيع من
coord-codebook-kit = دليل رموز الحقيبة
coord-codebook-analysis = ترميز التحليل
