count-quotes = { PLURAL($n) ->
    [one] { $n } цитата
    [few] { $n } цитаты
   *[many] { $n } цитат
}
