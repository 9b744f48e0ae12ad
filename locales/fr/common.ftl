count-quotes = { PLURAL($n) ->
    [one] { $n } citation
    [many] { $n } de citations
   *[other] { $n } citations
}

# Dates dans les documents lus par une personne (rapports, synthèses).
date-long = { $day } { $month } { $year }
month-1 = janvier
month-2 = février
month-3 = mars
month-4 = avril
month-5 = mai
month-6 = juin
month-7 = juillet
month-8 = août
month-9 = septembre
month-10 = octobre
month-11 = novembre
month-12 = décembre
