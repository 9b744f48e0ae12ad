count-quotes = { PLURAL($n) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $n } اقتباسات
    [many] { $n } اقتباسًا
   *[other] { $n } اقتباس
}

# التواريخ في الوثائق التي يقرؤها الناس (التقارير والملخصات).
date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
