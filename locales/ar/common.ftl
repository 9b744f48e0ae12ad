count-quotes = { PLURAL($n) ->
    [zero] لا اقتباسات
    [one] اقتباس واحد
    [two] اقتباسان
    [few] { $n } اقتباسات
    [many] { $n } اقتباسًا
   *[other] { $n } اقتباس
}
