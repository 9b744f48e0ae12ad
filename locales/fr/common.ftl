count-quotes = { PLURAL($n) ->
    [one] { $n } citation
    [many] { $n } de citations
   *[other] { $n } citations
}
