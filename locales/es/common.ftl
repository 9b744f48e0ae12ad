count-quotes = { PLURAL($n) ->
    [one] { $n } cita
    [many] { $n } de citas
   *[other] { $n } citas
}

# Fechas en los documentos que lee una persona (informes, resúmenes).
date-long = { $day } de { $month } de { $year }
month-1 = enero
month-2 = febrero
month-3 = marzo
month-4 = abril
month-5 = mayo
month-6 = junio
month-7 = julio
month-8 = agosto
month-9 = septiembre
month-10 = octubre
month-11 = noviembre
month-12 = diciembre
